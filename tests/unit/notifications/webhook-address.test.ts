import { describe, expect, it } from "vitest";
import { isPublicAddress, NOT_PUBLIC_MESSAGE, postWebhook } from "../../../lib/mail/webhook";

/** Where the agency's webhook may be posted (lib/mail/webhook.ts): public internet addresses only. */
describe("the webhook's address check", () => {
  it("admits public addresses", () => {
    for (const address of ["1.1.1.1", "52.10.20.30", "2606:4700:4700::1111", "2a00:1450:4001:80e::200e"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("refuses loopback, private, link-local (cloud metadata), reserved and embedded-IPv4 addresses", () => {
    for (const address of [
      "127.0.0.1",
      "127.8.9.10",
      "0.0.0.0",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "100.64.0.1",
      "169.254.169.254",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "::ffff:127.0.0.1",
      "::ffff:169.254.169.254",
      "64:ff9b::a00:1",
      "2002:7f00:1::",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "ff02::1",
      "localhost",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses a literal inside address or a plain http:// URL before any connection", async () => {
    for (const url of [
      "https://169.254.169.254/latest/meta-data/",
      "https://[::1]:8443/x",
      "https://0x7f.1/x",
      "https://10.0.0.5/hooks",
      "http://hooks.slack.com/services/T/B/x",
    ]) {
      await expect(postWebhook(url, "{}"), url).rejects.toThrow(NOT_PUBLIC_MESSAGE);
    }
  });
});
