// The server in its own process, as users run it (node with tsx's loader, one process), so that a
// load generator in this process does not share its core.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export async function withServer<T>(env: Record<string, string>, fn: (base: string, child: ChildProcess) => Promise<T>): Promise<T> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const root = join(__dirname, "..");
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/server/main.ts")], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: "silent", KG_WRITE_RATE_LIMIT: "100000" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(base + "/api/health")).ok) break;
      } catch {
        /* not up yet */
      }
      if (i > 900) throw new Error("bench: the server did not start within 3 minutes");
      await new Promise((r) => setTimeout(r, 200));
    }
    return await fn(base, child);
  } finally {
    child.kill("SIGTERM");
  }
}
