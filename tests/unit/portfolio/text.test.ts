import { describe, expect, it } from "vitest";
import { formatAmount, formatCount, plural } from "@/lib/domain/portfolio/text";

describe("how messages write numbers", () => {
  it("groups the thousands of a count, as the pager does", () => {
    expect(formatCount(3600)).toBe("3,600");
    expect(formatCount(250_000)).toBe("250,000");
    expect(formatCount(7)).toBe("7");
  });

  it("writes weighted loads without trailing zeros or float noise", () => {
    expect(formatAmount(8)).toBe("8");
    expect(formatAmount(9.499999)).toBe("9.5");
    expect(plural(1, "account")).toBe("1 account");
    expect(plural(2.5, "weighted account")).toBe("2.5 weighted accounts");
  });
});
