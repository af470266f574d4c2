import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { env, type Env } from "@/lib/env";

/** Whether /dev/mail answers: under `next dev`, or when the demo runner switched it on (lib/env.ts). */
export function caughtMailPageEnabled(e: Pick<Env, "NODE_ENV" | "MAIL_CATCH_PAGE"> = env): boolean {
  return e.NODE_ENV !== "production" || e.MAIL_CATCH_PAGE === "on";
}

/** The development inbox: .eml files the transport caught (lib/mail/transport.ts), newest first. */
export async function listCaughtMail(dir = env.MAIL_CATCH_DIR, limit = 50): Promise<string[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  return files
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
}

/** One caught message, by file name only (no path traversal). */
export async function readCaughtMail(name: string, dir = env.MAIL_CATCH_DIR): Promise<string | null> {
  if (!/^[\w@.-]+\.eml$/.test(name)) return null;
  return readFile(path.join(dir, name), "utf8").catch(() => null);
}
