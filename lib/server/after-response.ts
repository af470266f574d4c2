import { after } from "next/server";

/**
 * Runs `task` once the response has been sent (Next's `after`), so the user does not wait for follow-up work such as
 * recomputing the dashboard's stored standing. Outside a request (integration tests, scripts) there is no response to
 * wait for: the task runs now, and the caller awaits it.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  let scheduled = false;
  try {
    after(task);
    scheduled = true;
  } catch {
    // "`after` was called outside a request scope": nothing to defer to.
  }
  if (!scheduled) await task();
}
