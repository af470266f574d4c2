/** What every server action returns: the browser never sees a raw exception. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailureCode =
  "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "busy" | "error";

export type ActionResult<T> =
  | {
      ok: true;
      data: T;
      /**
       * The action revalidated what it changed, so Next's answer carries a fresh render of the page the action was
       * called from (lib/actions/revalidate.ts): the form does not ask for the page again. Absent: the form
       * refreshes the page itself.
       */
      pageIsFresh?: true;
    }
  | {
      ok: false;
      code: ActionFailureCode;
      message: string;
      fieldErrors?: FieldErrors;
      errorId?: string;
      current?: unknown;
    };

/** An expected failure, thrown by domain code inside an action and turned into a typed result. */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionFailureCode, "error">,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

export const notFound = (what = "That item") => new ActionError("not_found", `${what} was not found.`);
export const forbidden = (message = "You do not have permission to do that.") => new ActionError("forbidden", message);

/** Nothing was done: the server or its database is saturated or unreachable; the same request may be sent again. */
export const BUSY_RESULT = {
  ok: false,
  code: "busy",
  message: "We are very busy right now and nothing was saved. Please try again in a few seconds.",
} as const;

export const INVALID_INPUT_MESSAGE = "Please correct the highlighted fields.";

/** The result for input that failed validation: field errors for the form, nothing changed. */
export function invalidInput(fieldErrors: FieldErrors): {
  ok: false;
  code: "invalid";
  message: string;
  fieldErrors: FieldErrors;
} {
  return { ok: false, code: "invalid", message: INVALID_INPUT_MESSAGE, fieldErrors };
}
