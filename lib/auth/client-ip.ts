import { headers as requestHeaders } from "next/headers";
import { env } from "@/lib/env";
import { UNKNOWN_IP } from "./credentials";

type Headers = Record<string, string | string[] | undefined> | undefined;

/**
 * The client address for the sign-in limits. Every entry of X-Forwarded-For is written by the client except those
 * appended by our own proxies, so only the entry `hops` from the right is trusted (TRUSTED_PROXY_HOPS). With no
 * trusted proxy the header is ignored: Next.js fills it from the socket only when the client sent none, so its value
 * can never be told apart from a forged one. X-Real-IP is ignored for the same reason.
 */
export function clientIp(headers: Headers, hops: number = env.TRUSTED_PROXY_HOPS): string {
  if (hops <= 0) return UNKNOWN_IP;
  const raw = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const trusted = entries[entries.length - hops];
  return trusted && entries.length >= hops ? trusted.slice(0, 64) : UNKNOWN_IP;
}

/** The client address of the request a server action answers (UNKNOWN_IP outside a request, as in tests). */
export async function actionClientIp(): Promise<string> {
  let forwarded: string | null = null;
  try {
    forwarded = (await requestHeaders()).get("x-forwarded-for");
  } catch {
    // Not in a request.
  }
  return clientIp({ "x-forwarded-for": forwarded ?? undefined });
}
