// Who may send JSON to the comment API (app/api/comments/route.ts), decided
// from request headers alone.
//
// A browser sends a cross-site POST without asking first (no CORS preflight)
// only when its Content-Type is one a plain HTML form could send: text/plain,
// application/x-www-form-urlencoded or multipart/form-data, parameters
// allowed. "text/plain; application/json" is such a type, and a substring test
// for "application/json" let it through, so any page could post comments
// from its visitors' browsers, under their IP addresses. So the
// media type is parsed exactly, and cross-site browser requests, which carry
// Origin or Sec-Fetch-Site, are refused unless their origin is listed.

type HeaderSource = { get(name: string): string | null };

export type MediaType = { essence: string; parameters: Map<string, string> };

// RFC 9110 §5.6.2 token and §5.6.4 quoted-string.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PARAMETER = /^[ \t]*;[ \t]*(?:([!#$%&'*+.^_`|~0-9A-Za-z-]+)=([!#$%&'*+.^_`|~0-9A-Za-z-]+|"(?:[\t !#-[\]-~\u0080-\u00FF]|\\[\t -~\u0080-\u00FF])*"))?/;

/**
 * A Content-Type value as RFC 9110 §8.3.1 defines it (`type/subtype` then
 * `; name=value` parameters), lower-cased where it is case-insensitive;
 * null when it is anything else.
 */
export function parseMediaType(value: string | null): MediaType | null {
  if (value === null) return null;
  const header = value.trim();
  const slash = header.indexOf("/");
  const end = header.search(/[ \t;]/);
  const typeEnd = end === -1 ? header.length : end;
  const type = header.slice(0, slash);
  const subtype = header.slice(slash + 1, typeEnd);
  if (slash < 1 || slash > typeEnd || !TOKEN.test(type) || !TOKEN.test(subtype)) return null;
  const parameters = new Map<string, string>();
  let rest = header.slice(typeEnd);
  while (rest.trim() !== "") {
    const match = PARAMETER.exec(rest);
    if (!match) return null;
    const [whole, name, raw] = match;
    if (name !== undefined && raw !== undefined) {
      const key = name.toLowerCase();
      // Two values for one name: there is no telling which one a server uses.
      if (parameters.has(key)) return null;
      parameters.set(key, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw);
    }
    rest = rest.slice(whole.length);
  }
  return { essence: `${type}/${subtype}`.toLowerCase(), parameters };
}

/**
 * True for `application/json` with optional parameters; the body is read as
 * UTF-8, so a charset, when given, must say so.
 */
export function isJsonContentType(value: string | null): boolean {
  const media = parseMediaType(value);
  if (media?.essence !== "application/json") return false;
  const charset = media.parameters.get("charset");
  return charset === undefined || charset.toLowerCase() === "utf-8";
}

/**
 * Parses API_ALLOWED_ORIGINS: comma-separated http(s) origins, each
 * normalised as browsers write the Origin header. Throws on an entry that is
 * not an origin (a path, a wildcard), so a typo fails at start-up rather than
 * silently allowing nothing or too much.
 */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  return entries.map((entry) => {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      // reported below
    }
    const bare = url !== null && (url.protocol === "http:" || url.protocol === "https:") && `${url.origin}/` === url.href;
    if (!url || !bare || url.username || url.password) {
      throw new Error(`API_ALLOWED_ORIGINS: ${JSON.stringify(entry)} is not an origin like https://app.example.com`);
    }
    return url.origin;
  });
}

export type OriginPolicy = {
  /** This site's origin (from SITE_URL), what its own pages send as Origin. */
  siteOrigin: string;
  /** Other origins whose pages may call the API (API_ALLOWED_ORIGINS). */
  allowedOrigins: readonly string[];
};

export type CrossSiteVerdict =
  | { allowed: true; /** Set for a listed other origin: echo it in Access-Control-Allow-Origin. */ corsOrigin: string | null }
  | { allowed: false };

/**
 * Whether a request may use the API. Requests without Origin or
 * Sec-Fetch-Site come from programs (curl, servers), which no web page can
 * make a browser send, and are allowed; so are this site's own pages and
 * listed origins. Everything else came from a browser on another site.
 */
export function crossSiteVerdict(headers: HeaderSource, policy: OriginPolicy): CrossSiteVerdict {
  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site");
  if (origin !== null && origin !== policy.siteOrigin && policy.allowedOrigins.includes(origin)) {
    return { allowed: true, corsOrigin: origin };
  }
  if (origin !== null && origin !== policy.siteOrigin) return { allowed: false };
  // "none" is a request the user made (typing the URL); "same-site" is a
  // sibling subdomain, which is another origin all the same.
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return { allowed: false };
  return { allowed: true, corsOrigin: null };
}

/**
 * `response` with the CORS headers for `corsOrigin` (a listed origin, or
 * null for none). Vary: Origin always, since the answer depends on it.
 */
export function withCors(response: Response, corsOrigin: string | null): Response {
  response.headers.append("Vary", "Origin");
  if (corsOrigin !== null) response.headers.set("Access-Control-Allow-Origin", corsOrigin);
  return response;
}

/** The answer to a CORS preflight: JSON may be posted; no cookies are shared. */
export function corsPreflight(corsOrigin: string | null): Response {
  const response = new Response(null, { status: 204, headers: { Allow: "GET, POST, OPTIONS" } });
  if (corsOrigin !== null) {
    response.headers.set("Access-Control-Allow-Methods", "GET, POST");
    response.headers.set("Access-Control-Allow-Headers", "Content-Type");
    response.headers.set("Access-Control-Max-Age", "600");
  }
  return withCors(response, corsOrigin);
}
