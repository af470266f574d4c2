import { markRequestBusy } from "@/lib/server/overload";

/**
 * The database could not take the work right now: unreachable, restarting, or no connection free within the wait.
 * Nothing was committed (the transaction never started or was rolled back), so the caller may safely try again: pages
 * answer 503 with Retry-After (scripts/serve.ts), actions the typed "busy" result (lib/actions/define-action.ts).
 */
export class DatabaseBusyError extends Error {
  constructor(readonly reason: string) {
    super(`database busy: ${reason}`);
    this.name = "DatabaseBusyError";
  }
}

// Prisma: P1001 can't reach server, P1002 timed out, P1017 server closed the connection, P2024 pool timeout,
// P2028 transaction API error (could not start in maxWait). PostgreSQL: 57P01–57P03 shutting down / starting up,
// 53300 too many connections, 08xxx connection exceptions. Node: refused / reset sockets.
const CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028", "57P01", "57P02", "57P03", "53300"]);
const SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGES =
  /unable to start a transaction in the given time|can't reach database server|connection terminated|connection refused|timeout exceeded when trying to connect|database system is (starting up|shutting down|in recovery)|terminating connection due to administrator command|too many (clients|connections)|Connection(Closed|Refused)|DatabaseNotReachable/i;

/** The reason when `error` (or one of its causes) means "the database cannot serve this now", else null. */
export function databaseUnavailableReason(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  if (error instanceof DatabaseBusyError) return error.reason;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (CODES.has(code) || code.startsWith("08") || SOCKET.has(code))) return code;
  if (typeof message === "string" && MESSAGES.test(message)) return message.split("\n")[0]!.slice(0, 120);
  const kind = (error as { kind?: unknown }).kind;
  if (typeof kind === "string" && MESSAGES.test(kind)) return kind;
  return databaseUnavailableReason(cause, depth + 1);
}

/** Rethrows database-availability failures as DatabaseBusyError and flags the request for a 503; others as they are. */
export function asBusyIfUnavailable(error: unknown): unknown {
  const reason = databaseUnavailableReason(error);
  if (reason === null) return error;
  markRequestBusy(reason);
  return error instanceof DatabaseBusyError ? error : new DatabaseBusyError(reason);
}
