// Where a sign-in may send the browser afterwards. Only a path on this site is
// accepted: a callbackUrl naming another host (`https://evil.example`,
// `//evil.example`, `/\evil.example`) or another scheme (`javascript:`) would
// turn the sign-in page into an open redirect or a script launcher.

const PROBE_ORIGIN = "http://same-origin.invalid";

/**
 * Returns `candidate` as a same-origin path (path + query + hash), or
 * `fallback` when it is anything else. Never returns an absolute URL.
 */
export function safeRedirectPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== "string") return fallback;
  const value = candidate.trim();
  if (value === "" || value.length > 2048) return fallback;
  // Browsers treat "\" like "/" and ignore tabs and newlines inside URLs, so
  // "/\evil.example" or "/\t/evil.example" would be read as another host.
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The URL parser may normalise "/..//host" into a protocol-relative path.
  return path.startsWith("//") ? fallback : path;
}

/**
 * Where a no-JavaScript form post returns to: a dashboard path of this site
 * only, so the redirect after an action can never leave the dashboard.
 */
export function dashboardReturnPath(candidate: unknown): string {
  if (typeof candidate !== "string") return "/dashboard";
  return /^\/dashboard(?:\/[a-z0-9-]+)*(?:\?[\w%.,~+=&-]*)?$/.test(candidate) ? candidate : "/dashboard";
}
