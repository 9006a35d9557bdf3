import { readArticles } from "@/lib/cache/public-reads";
import { renderRss } from "@/lib/feeds/rss";
import { paths } from "@/lib/site/paths";
import { absoluteUrl, site } from "@/lib/site/site";

// Static, made stale by the cache consumer when an article changes.
export const dynamic = "force-static";

export async function GET() {
  const articles = await readArticles(50);
  return renderRss({
    title: site.name,
    description: site.description,
    link: site.url,
    selfUrl: absoluteUrl(paths.articleFeed),
    items: articles.map((article) => ({
      title: article.title,
      id: absoluteUrl(paths.article(article.slug)),
      link: absoluteUrl(paths.article(article.slug)),
      description: article.description,
      date: new Date(article.publishedAt),
    })),
  });
}
