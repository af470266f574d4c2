import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/headers";

// The Content-Security-Policy is per request, with a nonce (proxy.ts); these are the same for every response.
const securityHeaders = staticSecurityHeaders({ production: process.env.NODE_ENV === "production" });

const nextConfig: NextConfig = {
  // Packages with native code or WASM/data files they load from disk at run time must not be bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "pg",
    "argon2",
  ],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (app, scripts and tests) in its own step just before it builds, so it
  // sets TYPECHECKED=1 to save the build's second, narrower pass (about 40 s of a 2-core CI run). Every other build
  // type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === "1" },
  // forbidden() for members who lack a permission (403 page), see lib/auth/membership.ts.
  // The CSV import sends the file's text to a server action (5 MB cap, lib/domain/import/parse.ts; JSON adds some).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
