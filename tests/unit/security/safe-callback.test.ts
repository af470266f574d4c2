import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/components/auth/safe-callback";

/** Browsers drop tabs and line breaks inside URLs and read "\" as "/": each of these would leave the site. */
describe("safeCallbackUrl", () => {
  it.each([
    "/\t/evil.example",
    "/\n/x",
    "/\r/x",
    "/\\\\x",
    "/\\x",
    "\\/evil.example",
    "//evil.example",
    "/%09/evil.example",
    "/%5C/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    " /x",
    "/x\u0000",
    "/sign-in",
    "/sign-up?x=1",
  ])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBeNull();
  });

  it.each(["/", "/brightside", "/brightside/portfolio?am=1#top", "/invite/abc.def", "/a/b%20c"])(
    "follows the path on this site %j",
    (value) => {
      expect(safeCallbackUrl(value)).toBe(value);
    },
  );
});
