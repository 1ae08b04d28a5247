// Bounded fuzzing of the readers, the extractor and the ingest endpoint: random bytes, huge
// files, deeply nested HTML, invalid UTF-8, mixed scripts, every Unicode normal form of the
// sample articles, JSON of the wrong shape. Counts inputs, crashes and the slowest input per KB.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { pino } from "pino";
import request from "supertest";
import { MemoryStore } from "../../src/graph/memory/memory-store";
import { ExtractionSchema } from "../../src/graph/model";
import { extractWithText } from "../../src/ingest/extract";
import { decodeUtf8, parseContent } from "../../src/ingest/read/read-inputs";
import { serverConfig } from "../../src/server/config";
import { createApp } from "../../src/server/create-app";

export interface FuzzReport {
  inputs: number;
  crashes: Array<{ kind: string; error: string; sample: string }>;
  slowestMsPerKb: number;
  slowestKind: string;
  byKind: Record<string, number>;
}

const SAMPLE = join(__dirname, "..", "..", "data", "sample", "articles");
const EXTS = [".txt", ".md", ".html", ".json", ".jsonl"];
const SCRIPTS = [
  "ສະບາຍດີ ແຂວງຫົວພັນ",
  "云南省 广西壮族自治区",
  "ខេត្តស្វាយរៀង",
  "مرحبا",
  "🇻🇳🇱🇦 🤝",
  "Ban Tuyên giáo Tỉnh ủy",
  "\u202Eevil\u202C",
  "\u0000\u0001",
  "Z̴̢̛a̷l̸g̶o̵",
];

export async function runFuzz(budgetMs: number, seed = Date.now()): Promise<FuzzReport> {
  const report: FuzzReport = { inputs: 0, crashes: [], slowestMsPerKb: 0, slowestKind: "", byKind: {} };
  const end = Date.now() + budgetMs;
  const store = MemoryStore.open({ file: null, write: false });
  const app = createApp({ store, logger: pino({ level: "silent" }), config: serverConfig({ KG_BODY_LIMIT: "256kb", KG_WRITE_RATE_LIMIT: "1000000" }) });

  const extract = (kind: string, text: string) => {
    const t0 = performance.now();
    const doc = extractWithText({ source: kind, text });
    const ms = performance.now() - t0;
    const perKb = ms / Math.max(1, Buffer.byteLength(text) / 1024);
    if (Buffer.byteLength(text) > 512 && perKb > report.slowestMsPerKb) {
      report.slowestMsPerKb = perKb;
      report.slowestKind = kind;
    }
    if (!ExtractionSchema.safeParse(doc).success) throw new Error("extraction does not match the contract schema");
    const body = doc.article.text ?? "";
    for (const r of doc.relations) for (const ev of r.evidence) if (body.slice(ev.start, ev.end) !== ev.text) throw new Error("evidence outside the text");
  };
  const attempt = async (kind: string, fn: () => void | Promise<void>, sample: string) => {
    report.inputs++;
    report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
    try {
      await fn();
    } catch (e) {
      report.crashes.push({ kind, error: (e as Error).message.slice(0, 300), sample: sample.slice(0, 200) });
    }
  };
  const readAndExtract = (kind: string, bytes: Uint8Array) => {
    let text: string;
    try {
      text = decodeUtf8(bytes, kind);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith("read ")) throw e;
      return; // a clear error value: what users get
    }
    for (const ext of EXTS) for (const item of parseContent(`x${ext}`, ext, text)) if (item.ok) extract(`${kind}${ext}`, item.input.text);
  };

  const samples = readdirSync(SAMPLE).map((f) => readFileSync(join(SAMPLE, f), "utf8"));
  let i = 0;
  // fixed hard cases first
  const deep = "<div>".repeat(20_000) + "Ngày 4/6, Ban Tuyên giáo Tỉnh ủy Sơn La ký kết biên bản ghi nhớ" + "</div>".repeat(20_000);
  await attempt("deep-html", () => readAndExtract("deep-html", Buffer.from(deep)), deep);
  const huge = (samples[0] ?? "").repeat(Math.ceil((3 * 1024 * 1024) / (samples[0]?.length ?? 1)));
  await attempt("huge-text", () => extract("huge-text", huge), huge);
  const longLine = "Ban Tuyên huấn các tỉnh " + Array.from({ length: 5000 }, (_, k) => (k % 2 ? "Hủa Phăn" : "Sơn La")).join(", ");
  await attempt("long-list", () => extract("long-list", longLine), longLine);
  for (const s of samples) {
    for (const form of ["NFC", "NFD", "NFKC", "NFKD"] as const)
      await attempt(`normal-form-${form}`, () => extract(`normal-form-${form}`, s.normalize(form)), s);
  }
  while (Date.now() < end) {
    i++;
    const [bytes] = fc.sample(fc.uint8Array({ maxLength: 4096 }), { seed: seed + i, numRuns: 1 });
    await attempt("random-bytes", () => readAndExtract("random-bytes", bytes!), Buffer.from(bytes!).toString("hex"));
    const [invalid] = fc.sample(fc.array(fc.constantFrom(0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82, 0xf0, 0x9f, 0xff, 0xfe, 0x41, 0x0a), { maxLength: 300 }), {
      seed: seed + i,
      numRuns: 1,
    });
    await attempt("invalid-utf8", () => readAndExtract("invalid-utf8", Uint8Array.from(invalid!)), String(invalid));
    const [mixed] = fc.sample(
      fc.array(
        fc.oneof(
          fc.constantFrom(...SCRIPTS),
          fc.string({ unit: "grapheme", maxLength: 20 }),
          fc.constantFrom(...(samples[i % samples.length] ?? "").split(/(?<=[.,\n])/)),
        ),
        { maxLength: 80 },
      ),
      { seed: seed + i, numRuns: 1 },
    );
    const text = mixed!.join(" ");
    await attempt("mixed-scripts", () => extract("mixed-scripts", text), text);
    const [json] = fc.sample(fc.jsonValue({ maxDepth: 6 }), { seed: seed + i, numRuns: 1 });
    const jsonText = JSON.stringify(json) ?? "null";
    await attempt("wrong-json", () => readAndExtract("wrong-json", Buffer.from(jsonText)), jsonText);
    if (i % 5 === 0) {
      const body = i % 10 === 0 ? jsonText : JSON.stringify({ text: text || "x", title: mixed![0] ?? null, date: i % 3 ? "2024-13-45" : null });
      await attempt(
        "ingest-endpoint",
        async () => {
          const res = await request(app)
            .post("/api/articles")
            .set("Content-Type", i % 15 === 0 ? "text/plain" : "application/json")
            .send(body);
          if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${res.text.slice(0, 200)}`);
        },
        body,
      );
    }
  }
  return report;
}

/**
 * Texts that once made extraction quadratic (a pattern repeated with no sentence end): each is
 * extracted at 40 KB and 320 KB. Linear work grows 8 times; quadratic work 64 times.
 */
export const GROWTH_PATTERNS = [
  "4/",
  "do đồng chí Nguyễn Văn An, Phó Trưởng ban ",
  "Đoàn ",
  "tiếp đoàn có ",
  "ký kết biên bản ghi nhớ giữa ",
  "đồng chí Khăm-",
  "Tiếp đoàn có các đồng chí: A - Bí thư; ",
  "Ngày 1/1 ",
  "Ban Tuyên giáo Tỉnh ủy Sơn La và ",
  "tại tỉnh Sơn La, ",
  "http://x/",
  "/a",
];

export interface GrowthReport {
  /** The pattern whose time grew most from 40 KB to 320 KB, and by how much (8 is linear). */
  worst: { pattern: string; ratio: number; msPerKbAt320: number };
  rows: Array<{ pattern: string; ms40: number; ms320: number; ratio: number }>;
}

export function extractionGrowth(patterns: readonly string[] = GROWTH_PATTERNS): GrowthReport {
  const time = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 2; k++) {
      const t0 = performance.now();
      extractWithText({ source: "growth", text });
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const at = (p: string, kb: number) => p.repeat(Math.ceil((kb * 1024) / Buffer.byteLength(p)));
  const rows = patterns.map((pattern) => {
    const ms40 = time(at(pattern, 40));
    const ms320 = time(at(pattern, 320));
    // a few milliseconds say nothing about growth (timer and collector noise): 5 ms at least
    return { pattern, ms40, ms320, ratio: ms320 / Math.max(ms40, 5) };
  });
  const w = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return { worst: { pattern: w.pattern, ratio: w.ratio, msPerKbAt320: w.ms320 / 320 }, rows };
}
