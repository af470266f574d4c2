import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPrismaForPostgres } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";

/**
 * Response headers and what anonymous callers can learn: the nonce-based Content-Security-Policy set by proxy.ts,
 * the health endpoint with its database down, and the refusal to start without NEXTAUTH_SECRET.
 */
const scriptSrc = (csp: string) => csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";

describe("Content-Security-Policy", () => {
  it("carries a fresh nonce per request, the same one Next.js is told to use, and no 'unsafe-inline' for scripts", async () => {
    const { proxy } = await import("@/proxy");
    const first = proxy(new NextRequest("http://localhost/sign-in"));
    const second = proxy(new NextRequest("http://localhost/sign-in"));
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc(csp))?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
    expect(scriptSrc(csp)).toContain("'strict-dynamic'");
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    // Next reads the policy from the request headers to put the nonce on its own inline scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
  });
});

describe("/api/health for anonymous callers", () => {
  const unreachable = createPrismaForPostgres("postgresql://postgres@127.0.0.1:1/nowhere", 1);
  afterAll(() => unreachable.$disconnect());

  it("says only up or down, never the database's error text", async () => {
    setAppDatabase(unreachable);
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ status: "unavailable" });
    expect(body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres|error/i);
  });
});

describe("the auth secret", () => {
  it("the server refuses to start without NEXTAUTH_SECRET, in any mode", async () => {
    for (const mode of ["production", "development", "test"]) {
      vi.resetModules();
      vi.stubEnv("NODE_ENV", mode);
      vi.stubEnv("NEXTAUTH_SECRET", "");
      const { register } = await import("@/instrumentation");
      await expect(async () => register()).rejects.toThrow(/NEXTAUTH_SECRET/);
      vi.resetModules();
      vi.stubEnv("NEXTAUTH_SECRET", "a-secret-of-at-least-32-characters-long");
      await expect((await import("@/instrumentation")).register()).resolves.toBeUndefined();
    }
    vi.unstubAllEnvs();
  });
});
