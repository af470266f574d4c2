import type { ActionFailureCode } from "../../lib/actions/result";
import type { ActionEntry } from "./action-registry";

/** Expected refusals. "error" is absent on purpose: it is what an unhandled exception turns into. */
const TYPED_REFUSALS: ReadonlySet<ActionFailureCode> = new Set([
  "invalid",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
]);

/**
 * Throws unless `result` is what the action's contract promises: `{ ok: true, data }`, or `{ ok: false }` with a typed
 * code and a message for people (no stack trace, no SQL); "none" actions (no input) return a path.
 */
export function assertTypedResult(entry: ActionEntry, result: unknown, context: string): void {
  const fail = (why: string) => {
    throw new Error(`${why} — for ${context}; got ${JSON.stringify(result)?.slice(0, 400)}`);
  };
  if (entry.call === "none") {
    if (typeof result !== "string" || !result.startsWith("/")) fail("expected a path");
    return;
  }
  if (!result || typeof result !== "object" || typeof (result as { ok?: unknown }).ok !== "boolean") {
    fail("not an ActionResult");
  }
  const r = result as { ok: boolean; code?: ActionFailureCode; message?: unknown; fieldErrors?: unknown };
  if (r.ok) return;
  if (!r.code || !TYPED_REFUSALS.has(r.code)) fail(`untyped failure "${String(r.code)}" (an unhandled error)`);
  if (typeof r.message !== "string" || r.message.length === 0) fail("a refusal without a message");
  if (/\bat .+:\d+:\d+\)|prisma|SELECT |INSERT /i.test(String(r.message))) fail("an internal detail in the message");
  if (r.fieldErrors !== undefined) {
    const ok =
      typeof r.fieldErrors === "object" &&
      r.fieldErrors !== null &&
      Object.values(r.fieldErrors).every((list) => Array.isArray(list) && list.every((m) => typeof m === "string"));
    if (!ok) fail("malformed field errors");
  }
}
