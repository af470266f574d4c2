import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseBusyError, databaseUnavailableReason } from "@/lib/db/busy";
import { answerBusyInsteadOfErrors } from "@/lib/server/admission";
import { BUSY_PAGE } from "@/lib/server/busy-page";
import type { RequestState } from "@/lib/server/overload";

describe("databaseUnavailableReason", () => {
  it.each([
    ["Prisma could not start the transaction in maxWait", { code: "P2028", message: "Transaction API error" }],
    ["nothing listens", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5433"), { code: "ECONNREFUSED" })],
    [
      "PostgreSQL is restarting",
      { message: "x", cause: { code: "57P03", message: "the database system is starting up" } },
    ],
    ["the server went away", new Error("Connection terminated unexpectedly")],
    ["already classified", new DatabaseBusyError("pool")],
  ])("%s: busy", (_, error) => {
    expect(databaseUnavailableReason(error)).not.toBeNull();
  });

  it.each([
    ["a unique violation", { code: "P2002", message: "Unique constraint failed" }],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a row-level security refusal", { code: "42501", message: "new row violates row-level security policy" }],
    ["not an error", "ECONNREFUSED"],
  ])("%s: not busy", (_, error) => {
    expect(databaseUnavailableReason(error)).toBeNull();
  });
});

describe("answerBusyInsteadOfErrors", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server whose handler answers like Next does after a failed render, with the request marked busy or not. */
  async function serve(busy: string | null, answer: (res: import("node:http").ServerResponse) => void) {
    server = createServer((_, res) => {
      const state: RequestState = { busy };
      answerBusyInsteadOfErrors(res, state);
      answer(res);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  }

  it("turns a busy request's 500 into 503 with Retry-After and the busy page", async () => {
    const response = await serve("P2028", (res) => {
      res.statusCode = 500;
      res.setHeader("content-type", "text/x-component");
      res.write("internal error page");
      res.end("…");
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toBe(BUSY_PAGE);
  });

  it("drops a compressed error body along with its Content-Encoding", async () => {
    const response = await serve("ECONNREFUSED", (res) => {
      res.writeHead(500, { "content-encoding": "gzip", "content-length": "20" });
      res.end(gzipSync("error"));
    });
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(BUSY_PAGE);
  });

  it("leaves other failures and successful answers alone", async () => {
    const failed = await serve(null, (res) => res.writeHead(500).end("bug"));
    expect([failed.status, await failed.text()]).toEqual([500, "bug"]);
    const fine = await serve("P2028", (res) => res.writeHead(200).end("page"));
    expect([fine.status, await fine.text()]).toEqual([200, "page"]);
  });
});
