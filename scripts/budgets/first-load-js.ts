/**
 * First-load JavaScript budget: `npx tsx scripts/budgets/first-load-js.ts [--port 3402] [--max-ratio 1.25]`.
 * Needs a production build (`npx next build`) and PostgreSQL (TEST_POSTGRES_URL, default 127.0.0.1:5432).
 *
 * Creates a seeded database of its own, starts `next start`, opens the portfolio dashboard (and, for comparison, the
 * sign-in page and an account page) as Northwind's leader in Chromium, and adds up every script the page loads before
 * the network goes quiet: raw bytes and gzip bytes (zlib default level, what `next start` sends). The last line is
 * `dashboard / sign-in first-load JS: <ratio>×` (gzipped, same run); exit code 1 when the ratio is above --max-ratio.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { createPrismaForPostgres } from "../../lib/db/client";
import { seedDemo } from "../../prisma/seed/index";
import { signIn } from "../load/http";
import { createMigratedDatabase, startServer, waitForHealth } from "../load/server";
import { queryOnce } from "../support/postgres";

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function parseArgs(argv: string[]) {
  const out = { port: 3402, maxRatio: 1.25 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--port") out.port = Number(value());
    else if (flag === "--max-ratio") out.maxRatio = Number(value());
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return out;
}

type Sizes = { scripts: number; raw: number; gzip: number };

async function firstLoadScripts(page: Page, url: string): Promise<Sizes> {
  const bodies: Promise<Buffer | null>[] = [];
  const onResponse = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => null));
  };
  page.on("response", onResponse);
  const answer = await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  if (answer?.status() !== 200) throw new Error(`${url} answered ${answer?.status()}`);
  const files = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
  return {
    scripts: files.length,
    raw: files.reduce((sum, b) => sum + b.length, 0),
    gzip: files.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const name = `acc_budget_${Date.now().toString(36)}`;
  const databaseUrl = await createMigratedDatabase(ADMIN_URL, name);
  const prisma = createPrismaForPostgres(databaseUrl, 2);
  await seedDemo(prisma);
  await prisma.$disconnect();
  const server = startServer(databaseUrl, args.port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    await waitForHealth(server.baseUrl);
    const cookie = await signIn(server.baseUrl, "leader@northwind.example", "accountable-demo");
    const account = await queryOnce<{ id: string }>(
      databaseUrl,
      `SELECT a.id FROM "Account" a JOIN "Agency" g ON g.id = a."agencyId" WHERE g.slug = 'northwind' LIMIT 1`,
    );
    const measure = async (label: string, path: string, signedIn: boolean) => {
      // A fresh context per page: nothing cached, as on a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      if (signedIn) {
        await context.addCookies(
          cookie.split("; ").map((pair) => {
            const [cookieName, ...rest] = pair.split("=");
            return { name: cookieName!, value: rest.join("="), url: server.baseUrl };
          }),
        );
      }
      const sizes = await firstLoadScripts(await context.newPage(), `${server.baseUrl}${path}`);
      await context.close();
      console.log(
        `${label.padEnd(26)} ${String(sizes.scripts).padStart(3)} scripts  ${kb(sizes.raw).padStart(10)} raw  ${kb(sizes.gzip).padStart(9)} gzip`,
      );
      return sizes;
    };
    console.log("first-load JavaScript (every script loaded before the network is idle):");
    const dashboard = await measure("/[agency]/portfolio", "/northwind/portfolio", true);
    await measure("/[agency]/accounts/[id]", `/northwind/accounts/${account.rows[0]!.id}`, true);
    const signInPage = await measure("/sign-in", "/sign-in", false);
    const ratio = dashboard.gzip / signInPage.gzip;
    console.log(`budget: at most ${args.maxRatio}× the sign-in page: ${ratio <= args.maxRatio ? "within" : "OVER"}`);
    console.log(`dashboard / sign-in first-load JS: ${ratio.toFixed(2)}×`);
    return ratio <= args.maxRatio ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
    await queryOnce(ADMIN_URL, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
