import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AmLoadPanel, CHART_AM_LIMIT } from "@/components/portfolio/am-load-panel";
import { GuidelinePanel } from "@/components/portfolio/guideline-panel";
import type { AmLoadRow } from "@/lib/domain/portfolio/dashboard";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the guideline panel", () => {
  it("shows the whole size table with its sources and marks the band that applies", () => {
    const guideline = guidelineFor({ employeeCount: 45, guidelineMinOverride: null, guidelineMaxOverride: null });
    const html = renderToStaticMarkup(
      createElement(GuidelinePanel, { guideline, agencyName: "Northwind", employeeCount: 45 }),
    );
    expect(text(html)).toContain("Each AM should carry 6–8 weighted accounts");
    for (const range of ["4–6", "6–8", "8–10"]) expect(html).toContain(range);
    expect(html.match(/data-applies="true"/g)).toHaveLength(1);
    expect(text(html)).toContain("Mid-size applies here");
    expect(text(html)).toContain("Mistake #1: Overloading Account Managers");
    expect(text(html)).toContain("2022 Agency Pricing & Financials Report (HubSpot)");
  });

  it("says when a leader override is in force, and what the size band would have been", () => {
    const guideline = guidelineFor({ employeeCount: 45, guidelineMinOverride: 5, guidelineMaxOverride: 7 });
    const html = text(
      renderToStaticMarkup(createElement(GuidelinePanel, { guideline, agencyName: "Northwind", employeeCount: 45 })),
    );
    expect(html).toContain("A leader override is in force: 5–7 accounts per AM (the size band would be 6–8)");
    expect(html).toContain("your size (overridden)");
  });
});

describe("the AM load panel", () => {
  const guideline = guidelineFor({ employeeCount: 240, guidelineMinOverride: null, guidelineMaxOverride: null });
  const rows = (n: number): AmLoadRow[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `am-${i}`,
      name: `AM ${String(i).padStart(3, "0")}`,
      load: 12 - (i % 12),
      weightedLoad: 12 - (i % 12),
      status: "HEALTHY",
      headroom: 0,
    }));

  const panel = (slug: string, shown: number, total: number) =>
    createElement(AmLoadPanel, {
      slug,
      rows: rows(shown),
      guideline,
      total,
      statusCounts: { OVERLOADED: 0, AT_CAPACITY: 0, HEALTHY: total, UNDER: 0 },
      fullListHref: `/${slug}/portfolio/ams`,
    });

  it(`charts at most ${CHART_AM_LIMIT} AMs, says so, counts every AM and links to the full, paged list`, () => {
    // The dashboard carries only the most-loaded AMs; the counts and the link cover all 300.
    const html = renderToStaticMarkup(panel("big", CHART_AM_LIMIT, 300));
    expect(text(html)).toContain(`The chart shows the ${CHART_AM_LIMIT} most-loaded of 300 account managers`);
    expect(html).toContain(
      `weighted load for ${CHART_AM_LIMIT} account managers against the guideline band 8–10: 0 Overloaded`,
    );
    expect(html).toContain("300 Healthy");
    expect(html.match(/href="\/big\/portfolio\/ams\/am-\d+"/g)).toHaveLength(CHART_AM_LIMIT);
    expect(html).toContain('href="/big/portfolio/ams"');
    expect(text(html)).toContain("Status uses weighted load (Low 0.5, Standard 1, High 1.5)");
  });

  it("adds no note when every AM fits on the chart", () => {
    const html = renderToStaticMarkup(panel("small", 24, 24));
    expect(html).not.toContain("most-loaded of");
    expect(html).toContain("weighted load for 24 account managers");
  });
});
