import { describe, expect, it } from "vitest";
import { corsPreflight, crossSiteVerdict, isJsonContentType, parseAllowedOrigins, parseMediaType, withCors } from "./api-request";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });
const policy = { siteOrigin: "https://news.example", allowedOrigins: ["https://app.example"] };

describe("isJsonContentType", () => {
  it.each([
    "application/json",
    "Application/JSON",
    "application/json; charset=utf-8",
    "application/json;charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/json ; charset=utf-8 ",
    "application/json;",
    "application/json; foo=bar; charset=utf-8",
  ])("accepts %j", (value) => {
    expect(isJsonContentType(value)).toBe(true);
  });

  it.each([
    // The review's case: a type a plain HTML form may send, so no preflight.
    "text/plain; application/json",
    "text/plain;application/json",
    "text/plain; charset=application/json",
    "application/x-www-form-urlencoded; application/json",
    "multipart/form-data; boundary=application/json",
    "application/json, text/plain",
    "application/jsonp",
    "application/json-seq",
    "application/json+x",
    "application/ld+json",
    "xapplication/json",
    "application/json x",
    "application/json; charset=latin1",
    "application/json; charset=utf-8; charset=latin1",
    "application/json; charset",
    'application/json; charset="utf-8',
    "application /json",
    "/json",
    "application/",
    "",
    null,
  ])("refuses %j", (value) => {
    expect(isJsonContentType(value)).toBe(false);
  });

  it("reads quoted parameter values with their escapes", () => {
    expect(parseMediaType('text/x; a="b\\"c"; D=e')).toEqual({ essence: "text/x", parameters: new Map([["a", 'b"c'], ["d", "e"]]) });
  });
});

// Requests a browser sends from a page on another site (or another origin of this one).
const CROSS_SITE: Record<string, string>[] = [
  { origin: "https://evil.example" },
  { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  { origin: "null" },
  { origin: "http://news.example" },
  { origin: "https://news.example:8443" },
  { origin: "https://sub.news.example", "sec-fetch-site": "same-site" },
  { "sec-fetch-site": "cross-site" },
  { "sec-fetch-site": "same-site" },
  { origin: "https://news.example", "sec-fetch-site": "cross-site" },
  { origin: "https://app.example.evil" },
];

describe("crossSiteVerdict", () => {
  it("allows requests that carry neither Origin nor Sec-Fetch-Site (curl, servers)", () => {
    expect(crossSiteVerdict(headers({}), policy)).toEqual({ allowed: true, corsOrigin: null });
  });

  it("allows this site's own pages and requests the user typed", () => {
    expect(crossSiteVerdict(headers({ origin: "https://news.example", "sec-fetch-site": "same-origin" }), policy)).toEqual({ allowed: true, corsOrigin: null });
    expect(crossSiteVerdict(headers({ "sec-fetch-site": "none" }), policy)).toEqual({ allowed: true, corsOrigin: null });
    expect(crossSiteVerdict(headers({ origin: "https://news.example" }), policy)).toEqual({ allowed: true, corsOrigin: null });
  });

  it.each(CROSS_SITE)("refuses a browser request from another site: %j", (values) => {
    expect(crossSiteVerdict(headers(values), policy)).toEqual({ allowed: false });
  });

  it("allows a listed origin and names it for Access-Control-Allow-Origin", () => {
    expect(crossSiteVerdict(headers({ origin: "https://app.example", "sec-fetch-site": "cross-site" }), policy)).toEqual({
      allowed: true,
      corsOrigin: "https://app.example",
    });
  });
});

describe("parseAllowedOrigins", () => {
  it("reads a comma-separated list as origins", () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins(" ")).toEqual([]);
    expect(parseAllowedOrigins("https://App.Example, http://localhost:8080/ ,https://b.example:443")).toEqual([
      "https://app.example",
      "http://localhost:8080",
      "https://b.example",
    ]);
  });

  it.each(["*", "app.example", "https://app.example/path", "https://app.example?x", "ftp://app.example", "https://user@app.example", "null"])(
    "refuses %j, which is not an origin",
    (value) => {
      expect(() => parseAllowedOrigins(value)).toThrow(/API_ALLOWED_ORIGINS/);
    },
  );
});

describe("CORS headers", () => {
  it("name a listed origin, and only that one, and always vary by Origin", () => {
    const listed = withCors(Response.json({}), "https://app.example");
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(listed.headers.get("vary")).toBe("Origin");
    const own = withCors(Response.json({}), null);
    expect(own.headers.get("access-control-allow-origin")).toBeNull();
    expect(own.headers.get("vary")).toBe("Origin");
  });

  it("let a listed origin's page post JSON after its preflight, without cookies", () => {
    const preflight = corsPreflight("https://app.example");
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("Content-Type");
    expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    expect(corsPreflight(null).headers.get("access-control-allow-methods")).toBeNull();
  });
});
