/**
 * The HTTP side of a browser session, without a browser: next-auth sign-in with the CSRF double-submit cookie, and
 * server actions called exactly as React calls them — a POST to the page with the `Next-Action` header naming the
 * action's id from the build's manifest and the arguments JSON-encoded as the body. The answer is the RSC stream;
 * the action's return value is the row that holds `{ "ok": … }`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Cookie = string;

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

/**
 * Signs in with email + password; returns the Cookie header of the signed-in session. On a saturated machine a
 * sign-in may be refused as busy (503, or next-auth's 401 for a busy database): setup, not measurement, so it is
 * tried again a few times.
 */
export async function signIn(baseUrl: string, email: string, password: string, attempts = 10): Promise<Cookie> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(baseUrl, email, password);
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
}

async function signInOnce(baseUrl: string, email: string, password: string): Promise<Cookie> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token="));
  if (!session)
    throw new Error(`sign-in failed for ${email}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return [...jar, session].join("; ");
}

export type ActionRef = { id: string; pages: string[] };

/** Server action ids of the current build, by "<source file>#<export>" (e.g. "lib/actions/check-ins.ts#logCheckIn"). */
export function actionIds(root = process.cwd()): Map<string, ActionRef> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const out = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) {
      out.set(`${entry.filename}#${entry.exportedName}`, { id, pages: Object.keys(entry.workers) });
    }
  }
  return out;
}

export function actionId(ids: Map<string, ActionRef>, key: string): string {
  const ref = ids.get(key);
  if (!ref) throw new Error(`action ${key} is not in the build's manifest (run npx next build)`);
  return ref.id;
}

/** Headers and body of a server action call, posted to `pagePath` (a page that uses the action). */
export function actionRequest(baseUrl: string, cookie: Cookie, id: string, args: unknown[]) {
  return {
    method: "POST" as const,
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": id,
      origin: baseUrl,
      cookie,
    },
    body: JSON.stringify(args),
  };
}

/** The action's return value in an RSC answer: the first row whose JSON is an object with a boolean `ok`. */
export function actionResult(body: string): { ok: boolean; code?: string; data?: unknown; message?: string } | null {
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const payload = line.slice(colon + 1);
    if (!payload.startsWith("{")) continue;
    try {
      const value = JSON.parse(payload) as { ok?: unknown };
      if (typeof value.ok === "boolean") return value as { ok: boolean };
    } catch {
      // not a JSON row (a text chunk or a module reference)
    }
  }
  return null;
}
