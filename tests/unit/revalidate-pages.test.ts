import { describe, expect, it } from "vitest";
import { pageShows } from "@/lib/actions/revalidate";

describe("pageShows: which page a write's revalidation concerns", () => {
  it.each([
    ["/portfolio", "/portfolio", true],
    ["/portfolio", "/portfolio/ams/abc", false],
    ["/portfolio/ams/[membershipId]", "/portfolio/ams/abc", true],
    ["/accounts/[accountId]", "/accounts/abc", true],
    ["/accounts/[accountId]", "/accounts/abc/edit", false],
    ["/accounts/abc", "/accounts/abd", false],
    ["/me", "/projects", false],
  ] as const)("%s shows %s: %s", (pattern, path, expected) => {
    expect(pageShows(pattern, path)).toBe(expected);
  });
});
