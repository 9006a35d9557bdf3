import { createRequire } from "node:module";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

// The headers next.config.js gives every response, as `next build` reads them.
const require = createRequire(import.meta.url);
const configFile = path.resolve(__dirname, "../../next.config.js");
type Config = { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };

const saved = process.env.SITE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

async function headersFor(siteUrl: string | undefined): Promise<Record<string, string>> {
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  const config = require(configFile) as Config;
  const [rule] = await config.headers();
  expect(rule?.source).toBe("/:path*");
  return Object.fromEntries((rule?.headers ?? []).map((header) => [header.key, header.value]));
}

describe("security headers", () => {
  it("send Strict-Transport-Security when the site is served over https", async () => {
    expect((await headersFor("https://news.example.com"))["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("do not send it over http, where it would lock browsers out", async () => {
    expect(await headersFor("http://localhost:3000")).not.toHaveProperty("Strict-Transport-Security");
    expect(await headersFor(undefined)).not.toHaveProperty("Strict-Transport-Security");
  });

  it("keep the other protections either way", async () => {
    const headers = await headersFor("https://news.example.com");
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
  });
});
