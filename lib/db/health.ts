import { databaseKind, db } from "./prisma";

export type DatabaseHealth = { ok: boolean; kind: "postgresql" | "pglite"; latencyMs: number; error?: string };

const TIMEOUT_MS = 2_000;

export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  const kind = databaseKind();
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)),
    ]);
    return { ok: true, kind, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason is safe to show: it is a connection-level message, never row data.
    const message = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    return { ok: false, kind, latencyMs: Math.round(performance.now() - started), error: message };
  }
}
