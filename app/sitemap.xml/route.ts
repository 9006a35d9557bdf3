import { listArticles } from "@/lib/articles/data";
import { renderSitemapDocument } from "@/lib/feeds/sitemap";
import { paths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/site";

// Static, refreshed by revalidatePath("/sitemap.xml") when an article changes (lib/events/cache.ts).
export const dynamic = "force-static";

export async function GET() {
  const articles = await listArticles(50_000);
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
