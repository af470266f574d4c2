import { describe, expect, it } from "vitest";
import { pageTenantOf } from "@/lib/server/request-kind";
import { createTenantGate } from "@/lib/server/tenant-gate";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the tenant gate", () => {
  it("admits a tenant's first requests at once and queues the rest in order, while other tenants pass", async () => {
    const gate = createTenantGate({ perTenant: 2, maxWaitMs: 10_000 });
    const order: string[] = [];
    const a1 = await gate.enter("big");
    const a2 = await gate.enter("big");
    const a3 = gate.enter("big").then((release) => (order.push("a3"), release));
    const a4 = gate.enter("big").then((release) => (order.push("a4"), release));
    const small = await gate.enter("small");
    expect(small).toBeTypeOf("function");
    expect(gate.snapshot()).toEqual({ big: { running: 2, waiting: 2 }, small: { running: 1, waiting: 0 } });

    a2!();
    a2!(); // releasing twice frees one slot only
    await tick();
    expect(order).toEqual(["a3"]);
    expect(gate.snapshot().big).toEqual({ running: 2, waiting: 1 });
    a1!();
    await tick();
    expect(order).toEqual(["a3", "a4"]);
    (await a3)!();
    (await a4)!();
    small!();
    expect(gate.snapshot()).toEqual({});
  });

  it("answers null to a request that waited too long, and drops one whose client left", async () => {
    const gate = createTenantGate({ perTenant: 1, maxWaitMs: 20 });
    const first = await gate.enter("big");
    expect(await gate.enter("big")).toBeNull();
    const left = new AbortController();
    const abandoned = gate.enter("big", left.signal);
    left.abort();
    expect(await abandoned).toBeNull();
    expect(gate.snapshot().big).toEqual({ running: 1, waiting: 0 });
    first!();
    expect(gate.snapshot()).toEqual({});
  });
});

describe("which requests are gated, and as whose", () => {
  it("names the agency of a page by the first path segment", () => {
    expect(pageTenantOf("/northwind/accounts?page=2", {})).toBe("northwind");
    expect(pageTenantOf("/sign-in", {})).toBe("sign-in");
    expect(pageTenantOf("/", {})).toBe("");
  });

  it("lets server actions, link prefetches, API routes and static files pass", () => {
    expect(pageTenantOf("/northwind/accounts/1", { "next-action": "abc123" })).toBeNull();
    expect(pageTenantOf("/northwind/accounts", { "next-router-prefetch": "1" })).toBeNull();
    expect(pageTenantOf("/api/agencies/northwind/export/accounts", {})).toBeNull();
    expect(pageTenantOf("/api/health", {})).toBeNull();
    expect(pageTenantOf("/_next/static/chunk.js", {})).toBeNull();
  });
});
