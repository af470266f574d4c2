import { describe, expect, it } from "vitest";
import { byRisk, projectRisk } from "../../../lib/domain/projects/risk";

/** The order of "my projects". */
const today = new Date("2026-11-22T09:00:00Z");
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);
const p = (name: string, status: string, lastStatusAt: Date, dueDate: Date | null = null) =>
  ({ name, status, lastStatusAt, dueDate }) as Parameters<typeof projectRisk>[0] & { name: string };

describe("project risk order", () => {
  it("puts off track, at risk, stale, due soon, the rest, then done", () => {
    const projects = [
      p("done", "DONE", day(-40), day(-1)),
      p("fine", "ON_TRACK", day(-1), day(60)),
      p("due soon", "ON_TRACK", day(-1), day(5)),
      p("stale", "ON_HOLD", day(-15)),
      p("at risk", "AT_RISK", day(-1)),
      p("off track", "OFF_TRACK", day(-1)),
    ];
    expect(byRisk(projects, today).map((r) => r.project.name)).toEqual([
      "off track",
      "at risk",
      "stale",
      "due soon",
      "fine",
      "done",
    ]);
  });

  it("says why: 14 days without an update is still fresh, 15 is stale; overdue counts as due soon", () => {
    expect(projectRisk(p("a", "ON_TRACK", day(-14)), today).kind).toBe("ok");
    expect(projectRisk(p("a", "ON_TRACK", day(-15)), today)).toMatchObject({
      kind: "stale",
      reason: "No status update for 15 days",
    });
    expect(projectRisk(p("a", "NOT_STARTED", day(0), day(-2)), today)).toMatchObject({
      kind: "due_soon",
      reason: "Overdue by 2 days",
    });
    expect(projectRisk(p("a", "ON_TRACK", day(0), day(14)), today).reason).toBe("Due in 14 days");
    expect(projectRisk(p("a", "ON_TRACK", day(0), day(15)), today).kind).toBe("ok");
  });
});
