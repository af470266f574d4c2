import { lookup } from "node:dns";
import { lookup as lookupAll } from "node:dns/promises";
import { request } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/**
 * Posts to the agency's Slack-compatible webhook. The URL is whatever a leader typed, and anyone can sign up and be a
 * leader, so the post must never reach this server's own network (server-side request forgery: the cloud metadata
 * service, the database, admin ports on localhost). It goes only over HTTPS to public internet addresses, checked on
 * the addresses the connection actually uses (a name that resolves inward, or changes its answer between a check and
 * the connect, is refused), and a redirect is not followed (it is a non-2xx answer, so the post fails).
 */
// Two lists: BlockList matches an IPv4 address against IPv6 rules for the IPv4-mapped range, which is refused below.
const NOT_PUBLIC_V4 = new BlockList();
const NOT_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local: cloud metadata services
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC_V4.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback, IPv4-compatible
  ["::ffff:0:0", 96], // IPv4-mapped: would reach any IPv4 address, private ones included
  ["64:ff9b::", 96], // NAT64 (embeds an IPv4 address)
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo included)
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 (embeds an IPv4 address)
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  NOT_PUBLIC_V6.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is on the public internet (false for anything that is not an IP address). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? !NOT_PUBLIC_V4.check(address, "ipv4") : !NOT_PUBLIC_V6.check(address, "ipv6");
}

export const NOT_PUBLIC_MESSAGE = "The webhook does not point to a public internet address.";

/** The URL's host as an address or a name: IPv6 literals lose their brackets. */
const hostOf = (target: URL) => target.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();

/** Not https, or a literal address that is not public (it is connected to without any lookup, so checked here). */
function refusedWithoutLookup(target: URL): boolean {
  const host = hostOf(target);
  return target.protocol !== "https:" || (isIP(host) !== 0 && !isPublicAddress(host));
}

/** Names that never leave the local network, whatever DNS says (RFC 6761, RFC 8375, and common private suffixes). */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|lan|home\.arpa|intranet|corp)$/;

/**
 * Why a webhook URL may not be saved (null: it may). Checked when a leader saves it, for a clear answer at once: a
 * literal address or a local name inside, or a name that resolves inward now. A name that does not resolve yet is
 * allowed; the post checks the addresses again when it connects (`postWebhook`), since DNS answers can change.
 */
export async function webhookAddressProblem(url: string, timeoutMs = 2_000): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return NOT_PUBLIC_MESSAGE;
  }
  if (refusedWithoutLookup(target)) return NOT_PUBLIC_MESSAGE;
  const host = hostOf(target);
  if (isIP(host) !== 0) return null;
  if (!host.includes(".") || LOCAL_NAME.test(host.replace(/\.$/, ""))) return NOT_PUBLIC_MESSAGE;
  const resolved = await Promise.race([
    lookupAll(host, { all: true }).catch(() => []),
    new Promise<[]>((resolve) => setTimeout(() => resolve([]), timeoutMs).unref()),
  ]);
  return resolved.some((a) => !isPublicAddress(a.address)) ? NOT_PUBLIC_MESSAGE : null;
}

/** DNS resolution that fails unless every address of the name is public; the connection uses what it returns. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "");
    if (addresses.length === 0 || addresses.some((a) => !isPublicAddress(a.address))) {
      return callback(new Error(NOT_PUBLIC_MESSAGE), "");
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

/** POSTs a JSON body; resolves to the HTTP status (redirects are not followed), rejects on a refused address. */
export function postWebhook(url: string, json: string, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    if (refusedWithoutLookup(target)) return reject(new Error(NOT_PUBLIC_MESSAGE));
    const post = request(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(json) },
        lookup: publicOnlyLookup,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.on("error", reject);
        response.resume(); // the body is not needed
        resolve(response.statusCode ?? 0);
      },
    );
    post.on("error", reject);
    post.end(json);
  });
}
