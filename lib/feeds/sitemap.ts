import { element, renderXmlDocument } from "./xml";

export type SitemapEntry = { url: string; lastModified?: Date; changeFrequency: "daily" | "weekly"; priority: number };

/**
 * A sitemaps.org document. Next's built-in app/sitemap.ts writer puts each
 * URL into the XML unescaped, so the site writes its own with the escaping
 * writer every other XML document uses.
 */
export function renderSitemapDocument(entries: SitemapEntry[]): string {
  return renderXmlDocument(
    element(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      ...entries.map((entry) =>
        element(
          "url",
          {},
          element("loc", {}, entry.url),
          entry.lastModified ? element("lastmod", {}, entry.lastModified.toISOString()) : null,
          element("changefreq", {}, entry.changeFrequency),
          element("priority", {}, String(entry.priority)),
        ),
      ),
    ),
  );
}
