import "server-only";
import { headers } from "next/headers";
import { env } from "./env";
import { clientIp } from "./request-ip";

/** The current request's client IP (see lib/request-ip.ts for what it can be trusted for). */
export async function currentClientIp(): Promise<string> {
  return clientIp(await headers(), env.TRUSTED_PROXY_HOPS);
}
