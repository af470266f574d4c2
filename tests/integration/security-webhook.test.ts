import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTwoAgencies, signInAsMember, type AgencyFixture, type AppTestDatabase } from "../support/scenario";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * The agency's Slack webhook is a URL any leader types, and anyone can sign up and be a leader. The outbox posts to
 * it from the server, so a URL naming this machine or its private network would make the app knock on doors the
 * internet cannot reach (server-side request forgery: the cloud metadata service, the database, admin ports), and the
 * archive's Delivery.lastError would tell the leader what answered. Those posts must never open a connection.
 */
const { deliverPendingNotifications } = await import("../../lib/notifications/jobs");
const { setSlackWebhook } = await import("../../lib/actions/notifications");

let db: AppTestDatabase, a: AgencyFixture;
let inside: Server;
let port = 0;
let knocks = 0;

setUpTwoAgencies((s) => ({ db, a } = s));
beforeAll(async () => {
  // Stands for a service on the app's own machine or network: it only counts who connects.
  inside = createServer((socket) => {
    knocks++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => inside.listen(0, "127.0.0.1", resolve));
  port = (inside.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => (inside ? inside.close(() => resolve()) : resolve())));

async function postThrough(url: string, key: string, options: { postWebhook?: (url: string) => Promise<number> } = {}) {
  await db.admin.agencyWebhook.upsert({
    where: { agencyId: a.agency.id },
    create: { agencyId: a.agency.id, slackUrl: url },
    update: { slackUrl: url },
  });
  const row = await db.admin.delivery.create({
    data: {
      agencyId: a.agency.id,
      channel: "SLACK",
      idempotencyKey: key,
      recipient: "slack",
      subject: "Follow-up assigned",
      text: "Call the client",
    },
    select: { id: true },
  });
  await deliverPendingNotifications({ agencyIds: [a.agency.id], ...options });
  return db.admin.delivery.findUniqueOrThrow({ where: { id: row.id }, select: { status: true, lastError: true } });
}

describe("the Slack webhook never reaches inside", () => {
  it.each([
    ["a loopback address", () => `https://127.0.0.1:${port}/services/T/B/x`],
    ["a name that resolves to loopback", () => `https://localhost:${port}/services/T/B/x`],
    ["a loopback address written as a number", () => `https://2130706433:${port}/services/T/B/x`],
  ])("refuses %s without connecting, and says why", async (_label, url) => {
    const before = knocks;
    const row = await postThrough(url(), `slack:test:${url()}`);
    expect(knocks - before).toBe(0);
    expect(row.status).toBe("PENDING"); // retried later like any failure, and refused again
    expect(row.lastError).toBe("The webhook does not point to a public internet address.");
  });

  it("a public webhook still gets the post; an answer other than 2xx (a redirect included) is a failure", async () => {
    const posted: string[] = [];
    const answering = (status: number) => async (to: string) => (posted.push(to), status);
    const url = "https://hooks.example.test/services/T/B/x";
    expect(await postThrough(url, "slack:test:ok", { postWebhook: answering(200) })).toEqual({
      status: "SENT",
      lastError: null,
    });
    expect(await postThrough(url, "slack:test:redirect", { postWebhook: answering(302) })).toEqual({
      status: "PENDING",
      lastError: "Slack webhook answered 302",
    });
    expect(posted).toEqual([url, url]);
  });
});

describe("saving the Slack webhook", () => {
  it.each([
    "https://127.0.0.1/services/T/B/x",
    "https://2130706433/services/T/B/x",
    "https://[::1]/services/T/B/x",
    "https://[::ffff:10.0.0.1]/services/T/B/x",
    "https://169.254.169.254/latest/meta-data",
    "https://10.1.2.3/services/T/B/x",
    "https://localhost/services/T/B/x",
    "https://metadata.google.internal/computeMetadata/v1",
    "https://printer.local/x",
    "https://intranet/x",
  ])("refuses %s with the reason, and stores nothing", async (url) => {
    signInAsMember(a, "leader");
    await db.admin.agencyWebhook.deleteMany({ where: { agencyId: a.agency.id } });
    expect(await setSlackWebhook(a.agency.slug, { url })).toEqual({
      ok: false,
      code: "invalid",
      message: "Please correct the highlighted fields.",
      fieldErrors: { url: ["The webhook does not point to a public internet address."] },
    });
    expect(await db.admin.agencyWebhook.count({ where: { agencyId: a.agency.id } })).toBe(0);
  });

  it("saves a public address, and a name that does not resolve yet (the post checks it again)", async () => {
    signInAsMember(a, "leader");
    for (const url of ["https://93.184.215.14/services/T/B/x", "https://hooks.example.test/services/T/B/x"]) {
      expect(await setSlackWebhook(a.agency.slug, { url })).toMatchObject({ ok: true });
    }
  });
});
