import { describe, expect, it } from "vitest";
import { formatAgencyTime, zoneLabel } from "@/lib/domain/agencies/agency-time";

describe("times in the agency's time zone", () => {
  const at = new Date("2026-07-01T23:30:00Z");

  it("formats in the zone: the same instant is the next day in Berlin and the same day in New York", () => {
    expect(formatAgencyTime(at, "UTC")).toBe("1 Jul 2026, 23:30");
    expect(formatAgencyTime(at, "Europe/Berlin")).toBe("2 Jul 2026, 01:30");
    expect(formatAgencyTime(at, "America/New_York")).toBe("1 Jul 2026, 19:30");
  });

  it("falls back to UTC for a zone it does not know, in the time and in the heading", () => {
    expect(formatAgencyTime(at, "Mars/Olympus")).toBe("1 Jul 2026, 23:30");
    expect(zoneLabel("Mars/Olympus")).toBe("UTC");
    expect(zoneLabel("America/New_York")).toBe("America/New York");
  });
});
