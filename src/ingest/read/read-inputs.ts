// Reads the inputs of `kg extract` and `kg ingest`: .txt, .md, .html/.htm, .json, .jsonl and
// folders of them, recursively. A file that cannot be read gives an error value for that file;
// the others are still read.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { z } from "zod";
import type { ArticleInput } from "../article-text";
import { pageToArticle } from "../web/page-article";

export const MAX_FILE_BYTES = Number(process.env.KG_MAX_FILE_BYTES ?? 5 * 1024 * 1024);
export const SUPPORTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"];

export type InputItem = { ok: true; input: ArticleInput } | { ok: false; source: string; error: string };

const JsonArticleSchema = z.object({
  text: z.string().min(1, "text must not be empty"),
  title: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
});

/** Decodes bytes as UTF-8, refusing binary content and invalid sequences with a clear message. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new Error(`read ${source}: the file is empty`);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new Error(`read ${source}: the file looks binary (it contains NUL bytes); expected UTF-8 text`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.replace(/^\uFEFF/, "").trim() === "") throw new Error(`read ${source}: the file holds only whitespace`);
    return text;
  } catch (e) {
    if (e instanceof Error && e.message.startsWith("read ")) throw e;
    throw new Error(`read ${source}: the file is not valid UTF-8; convert it (e.g. iconv -f WINDOWS-1258 -t UTF-8) and try again`);
  }
}

function fromJsonValue(value: unknown, source: string): InputItem[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => {
    const where = list.length > 1 ? `${source}#${i + 1}` : source;
    const r = JsonArticleSchema.safeParse(v);
    if (!r.success)
      return {
        ok: false,
        source: where,
        error: `read ${where}: expected an object with "text" and optional "title", "date", "url" (${r.error.issues.map((x) => `${x.path.join(".") || "value"}: ${x.message}`).join("; ")})`,
      };
    return { ok: true, input: { source: where, text: r.data.text, title: r.data.title ?? null, date: r.data.date ?? null, url: r.data.url ?? null } };
  });
}

/** Parses the content of one file already decoded. */
export function parseContent(source: string, ext: string, text: string): InputItem[] {
  switch (ext) {
    case ".html":
    case ".htm": {
      // a saved page is read as a fetched one: its main text, title and publication date
      const page = pageToArticle(text, null);
      return [{ ok: true, input: { source, text: page.text, title: page.title, date: page.date } }];
    }
    case ".json": {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        return [{ ok: false, source, error: `read ${source}: invalid JSON (${(e as Error).message})` }];
      }
      return fromJsonValue(value, source);
    }
    case ".jsonl": {
      const out: InputItem[] = [];
      text.split("\n").forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${source}#${i + 1}`;
        try {
          out.push(...fromJsonValue(JSON.parse(line), where));
        } catch (e) {
          out.push({ ok: false, source: where, error: `read ${where}: invalid JSON line (${(e as Error).message})` });
        }
      });
      return out.length ? out : [{ ok: false, source, error: `read ${source}: no JSON lines` }];
    }
    default:
      return [{ ok: true, input: { source, text } }];
  }
}

/** "a.txt" → "a.meta.json": a sidecar with the article's url, title or date (as scrapers write them). */
const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];
const sidecarOf = (path: string) => path.slice(0, path.length - extname(path).length) + ".meta.json";
const SidecarSchema = z.object({ url: z.string().nullish(), title: z.string().nullish(), date: z.string().nullish() });

function withSidecar(path: string, items: InputItem[]): InputItem[] {
  const meta = sidecarOf(path);
  if (!ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase()) || !existsSync(meta)) return items;
  let parsed: z.infer<typeof SidecarSchema>;
  try {
    const r = SidecarSchema.safeParse(JSON.parse(readFileSync(meta, "utf8")));
    if (!r.success) return [{ ok: false, source: path, error: `read ${meta}: expected an object with optional "url", "title", "date"` }];
    parsed = r.data;
  } catch (e) {
    return [{ ok: false, source: path, error: `read ${meta}: invalid JSON (${(e as Error).message})` }];
  }
  return items.map((it) =>
    it.ok
      ? {
          ok: true,
          input: {
            ...it.input,
            url: it.input.url ?? parsed.url ?? null,
            title: it.input.title ?? parsed.title ?? null,
            date: it.input.date ?? parsed.date ?? null,
          },
        }
      : it,
  );
}

export function readFileInputs(path: string): InputItem[] {
  try {
    const st = statSync(path);
    // a FIFO or a device (/dev/zero) would be read forever: only regular files are articles
    if (!st.isFile()) return [{ ok: false, source: path, error: `read ${path}: not a regular file (a FIFO, a device or a socket); give a file or a folder` }];
    if (st.size > MAX_FILE_BYTES)
      return [{ ok: false, source: path, error: `read ${path}: the file is ${st.size} bytes, over the limit of ${MAX_FILE_BYTES} bytes (KG_MAX_FILE_BYTES)` }];
    const text = decodeUtf8(readFileSync(path), path);
    return withSidecar(path, parseContent(path, extname(path).toLowerCase(), text));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const msg = err.code === "ENOENT" ? `read ${path}: no such file` : err.code === "EACCES" ? `read ${path}: permission denied` : err.message;
    return [{ ok: false, source: path, error: msg }];
  }
}

/** Expands folders recursively (supported extensions only, sorted), keeps files as given. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as unreadable by readFileInputs
      continue;
    }
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      const full = join(p, e.name);
      // "a.meta.json" beside "a.txt" is the article's metadata, read with it
      const base = e.name.endsWith(".meta.json") ? e.name.slice(0, -".meta.json".length) : null;
      if (base !== null && ARTICLE_EXTENSIONS.some((x) => names.has(base + x))) continue;
      if (e.isDirectory()) out.push(...expandPaths([full]));
      else if (SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(full);
    }
  }
  return out;
}

export function* readInputs(paths: readonly string[]): Generator<InputItem> {
  for (const file of expandPaths(paths)) yield* readFileInputs(file);
}
