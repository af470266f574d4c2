import { RETRY_AFTER_SECONDS } from "./overload";

/** Headers of every capacity refusal: the client may retry after RETRY_AFTER_SECONDS; no cache keeps the refusal. */
export const busyHeaders = () => ({
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
});

/**
 * The page a refused visitor sees. Self-contained (no scripts, no stylesheet requests: the server is busy) and it
 * reloads itself after Retry-After, so a reader who waits gets the page they asked for. HAProxy sends the same page (written by
 * scripts/cluster.ts as its errorfile) when no instance can take a request at all.
 */
export const BUSY_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>Busy for a moment · Accountable</title>
<style>body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:grid;
place-items:center;min-height:100vh}main{max-width:28rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;
border-radius:.75rem}h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:.5rem 0;line-height:1.5;color:#334155}</style>
</head><body><main><h1>We are busy for a moment</h1>
<p>Accountable is handling more requests than it can answer quickly right now, so it did not start yours.
Nothing you saved is lost.</p>
<p>This page tries again by itself in ${RETRY_AFTER_SECONDS} seconds.</p></main></body></html>
`;
