// `kg extract` as users and outside tools run it: one contract line per input, errors as lines.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExtractionLineSchema } from "../../src/graph/model";

const root = join(__dirname, "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const run = (...args: string[]) =>
  execFileSync(tsx, [join(root, "src/cli/main.ts"), ...args], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("kg extract", () => {
  it("prints one contract-valid JSON line per file, in order, with an error line for a bad file", () => {
    const bad = join(mkdtempSync(join(tmpdir(), "kg-cli-")), "empty.txt");
    writeFileSync(bad, "");
    const out = run("extract", "--format", "jsonl", "data/sample/articles/000_7e661325ef9db770.txt", bad, "data/sample/articles/004_fc2b759d0bdd75d9.txt");
    const lines = out
      .trim()
      .split("\n")
      .map((l) => ExtractionLineSchema.parse(JSON.parse(l)));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.article.source)).toEqual(["data/sample/articles/000_7e661325ef9db770.txt", bad, "data/sample/articles/004_fc2b759d0bdd75d9.txt"]);
    expect("error" in lines[1]!).toBe(true);
  });

  it("prints facts with their quotes for reading", () => {
    const out = run("extract", "--format", "text", "data/sample/articles/001_03c48ab9ca1c8f2f.txt");
    expect(out).toContain("Ban Tuyên giáo Tỉnh ủy Điện Biên signed with");
    expect(out).toMatch(/“Ký kết biên bản ghi nhớ giữa Ban Tuyên giáo Tỉnh ủy Điện Biên/);
  });

  it("explains every command in --help", () => {
    const out = run("--help");
    expect(out).toMatch(/extract/);
  });
});
