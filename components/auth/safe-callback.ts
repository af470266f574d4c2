/** A stand-in origin: a callbackUrl is followed only when it resolves to this same origin, i.e. a path on this site. */
const THIS_SITE = "http://accountable.invalid";

/**
 * A callbackUrl taken from the query string is only followed when it is a path on this site: "/x", never
 * "//evil.example" or "https://evil.example" (open redirect), and never back to the auth pages themselves.
 * Browsers drop tabs and line breaks inside a URL and read "\" as "/", so "/\t/evil.example" would become
 * "//evil.example": control characters and backslashes (raw or percent-encoded) are refused outright, and what is
 * left must still resolve to this origin.
 */
export function safeCallbackUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value) || /%(?:[01][0-9a-f]|7f|5c)/i.test(value)) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return null;
  }
  if (url.origin !== THIS_SITE) return null;
  if (/^\/(sign-in|sign-up)(\/|$)/.test(url.pathname)) return null;
  return value;
}
