/**
 * A callbackUrl taken from the query string is only followed when it is a path on this site: "/x", never
 * "//evil.example" or "https://evil.example" (open redirect), and never back to the auth pages themselves.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/^\/(sign-in|sign-up)(\/|\?|$)/.test(value)) return null;
  return value;
}
