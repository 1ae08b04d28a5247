// GET /api/ask?q=…: a question in Vietnamese or English, answered by the named query it maps to,
// with how it was understood (or what to ask back).
import { Router } from "express";
import { z } from "zod";
import { answerQuestion } from "../../ask/answer-question";
import { InvalidArgumentsError } from "../../graph/errors";
import type { GraphStore } from "../../graph/store";
import { singleValued } from "../request-params";

export const AskParamsSchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "q must not be empty: ask a question, e.g. q=Sơn La đã ký với những tỉnh nào của Lào?")
    .max(500, "q is too long (500 characters at most)"),
});

export function askRoutes(store: GraphStore): Router {
  const r = Router();
  r.get("/api/ask", async (req, res) => {
    const parsed = AskParamsSchema.safeParse(singleValued(req.query));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      throw new InvalidArgumentsError(`ask: ${issues.map((i) => i.message).join("; ")}`, issues);
    }
    const a = await answerQuestion(store, parsed.data.q);
    res.json({
      question: a.parsed.question,
      understood: a.parsed.understood,
      query: a.parsed.query,
      clarify: a.parsed.clarify,
      count: a.count,
      counted: a.counted,
      unused: a.parsed.unused,
      message: a.message,
      rows: a.rows,
    });
  });
  return r;
}
