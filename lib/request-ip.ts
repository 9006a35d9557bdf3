/**
 * The client's address. `next start` appends the socket address to
 * X-Forwarded-For, so its last entry is the peer that connected to us. With
 * `trustedHops` reverse proxies in front, the client is that many entries
 * further left; anything further left still is client-supplied and ignored.
 */
export function clientIp(forwardedFor: string | null, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const index = chain.length - 1 - trustedHops;
  const picked = chain[Math.max(index, 0)];
  return picked ? normalizeIp(picked) : "unknown";
}

function normalizeIp(ip: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4mapped) return v4mapped[1]!;
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : "unknown";
}
