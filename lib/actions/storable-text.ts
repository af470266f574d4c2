import type { FieldErrors } from "./result";

/**
 * Text PostgreSQL cannot store: NUL characters (refused by text columns) and unpaired UTF-16 surrogates (refused by
 * json columns such as the audit trail). Both pass any zod string schema, so without this check a pasted control
 * character or half an emoji became an unexpected error instead of a field error.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = "Remove the invisible control characters or broken symbols from this text.";

/** Field errors for every string in a (parsed) action input that cannot be stored; null when all can. */
export function unstorableTextErrors(input: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  const seen = new Set<object>();
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) errors[path.join(".") || "_form"] = [UNSTORABLE_TEXT_MESSAGE];
      return;
    }
    if (!value || typeof value !== "object" || seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(input, []);
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A copy of any string that PostgreSQL can store (for logging what a refused caller sent). */
export function storableText(text: string): string {
  return text.toWellFormed().replaceAll("\u0000", "\uFFFD");
}
