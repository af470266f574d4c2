import { describe, expect, it } from "vitest";
import { concerns, scopeOf } from "@/lib/domain/portfolio/book-rows";
import type { Signal } from "@/lib/domain/portfolio/signal-types";
import { account, project } from "./fixtures";

const signal = (kind: Signal["subject"]["kind"], id: string): Signal => ({
  type: "CHECK_IN_OVERDUE",
  severity: "warning",
  subject: { kind, id, name: id },
  reason: "",
});

describe("which signals concern an AM's book or one account", () => {
  const mine = [account({ id: "a1", clientId: "c1" }), account({ id: "a2", clientId: "c2" })];
  const projects = [
    project({ id: "p-mine", accountId: "a2" }),
    project({ id: "p-theirs", accountId: "a9" }), // another AM's account
  ];

  it("takes the book's accounts, the projects on them, their clients and the AM, and nothing else", () => {
    const scope = scopeOf(mine, projects, "am-1");
    const inScope = [
      signal("account", "a1"),
      signal("project", "p-mine"),
      signal("client", "c2"),
      signal("am", "am-1"),
    ];
    const outOfScope = [
      signal("account", "a9"),
      signal("project", "p-theirs"),
      signal("client", "c9"),
      signal("am", "am-2"),
    ];
    expect(inScope.map((s) => concerns(s, scope))).toEqual([true, true, true, true]);
    expect(outOfScope.map((s) => concerns(s, scope))).toEqual([false, false, false, false]);
  });

  it("an account's scope has no AM: the owner's load signals belong on the AM page", () => {
    const scope = scopeOf([mine[0]!], projects);
    expect(concerns(signal("am", "am-1"), scope)).toBe(false);
    expect(concerns(signal("project", "p-mine"), scope)).toBe(false); // a project on the book's other account
    expect(concerns(signal("client", "c1"), scope)).toBe(true);
  });
});
