import type { MetadataRoute } from "next";
import { readArticles } from "@/lib/cache/public-reads";
import { paths } from "@/lib/site/paths";
import { absoluteUrl } from "@/lib/site/site";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await readArticles(50_000);
  return [
    { url: absoluteUrl(paths.home), changeFrequency: "daily", priority: 1 },
    ...articles.map((article) => ({
      url: absoluteUrl(paths.article(article.slug)),
      lastModified: article.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
