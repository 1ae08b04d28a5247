import { parseQuestion } from "../src/ask/parse-question";
for (const q of process.argv.slice(2)) { const r = parseQuestion(q); console.log(q, "→", JSON.stringify(r.query), r.understood?.vi ?? r.clarify?.vi); }
