import { readArticles } from "@/lib/cache/public-reads";
import { renderSitemapDocument } from "@/lib/feeds/sitemap";
import { paths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/site";

// Static, made stale by the cache consumer when an article changes.
export const dynamic = "force-static";

export async function GET() {
  const articles = await readArticles(50_000);
  const xml = renderSitemapDocument([
    { url: absoluteUrl(paths.home), changeFrequency: "daily", priority: 1 },
    ...articles.map((article) => ({
      url: absoluteUrl(paths.article(article.slug)),
      lastModified: new Date(article.updatedAt),
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ]);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
