// @ts-check

/**
 * Security headers for every response. The policy allows only this origin:
 * no page of the site may load anything from another host.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // Next's inline bootstrap scripts need 'unsafe-inline'; no other host is allowed.
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "object-src 'none'",
    ].join("; "),
  },
];

/**
 * On an https site, browsers are told to use https only, for two years, so a
 * network attacker cannot downgrade a later visit (and its session cookie) to
 * http. Read from SITE_URL when the build is made (scripts/start.mjs rebuilds
 * when SITE_URL changes). Never on http: it would make the site unreachable.
 * @returns {{ key: string; value: string }[]}
 */
function transportSecurityHeaders() {
  return (process.env.SITE_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : [];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes every response body in JavaScript to make an ETag: on a 250 KB
  // article page that costs more than serving it from memory. Pages are
  // revalidated on change, so conditional requests gain little here.
  generateEtags: false,
  reactStrictMode: true,
  // Rendered pages, feeds and tagged reads live in this process's memory
  // (lib/cache/next-cache-handler.cjs), so a restart, or a different
  // database, never serves pages rendered from old data, and the outbox's
  // cache consumer can make them stale by tag from outside any request.
  cacheHandler: require.resolve("./lib/cache/next-cache-handler.cjs"),
  cacheMaxMemorySize: 0,
  // `npm test` type-checks the whole tree before it builds for the browser
  // tests (scripts/test.mjs); checking again inside that build only costs time.
  typescript: { ignoreBuildErrors: process.env.NEWSROOM_TYPECHECKED === "1" },
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  async redirects() {
    // Page 1 of an article's comments is the article page itself, always (the
    // pagination in components/comments/comment-section.tsx links it so): a
    // permanent redirect lets search engines and bookmarks keep one URL.
    return [{ source: "/articles/:slug/comment-page/1", destination: "/articles/:slug", permanent: true }];
  },
  async headers() {
    return [{ source: "/:path*", headers: [...securityHeaders, ...transportSecurityHeaders()] }];
  },
};

module.exports = nextConfig;
