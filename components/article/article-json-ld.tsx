import type { ArticleDetail } from "@/lib/articles/data";
import { absoluteUrl, site } from "@/lib/site/site";
import { paths } from "@/lib/site/paths";

/**
 * Structured data for search engines. JSON.stringify does not escape `<`, so
 * a headline containing "</script>" could end the script element: escape it.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function ArticleJsonLd({ article }: { article: ArticleDetail }) {
  const url = absoluteUrl(paths.article(article.slug));
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    image: [absoluteUrl(`${paths.article(article.slug)}/opengraph-image`)],
    publisher: { "@type": "Organization", name: site.name, url: site.url },
  };
  // The content is our own serialisation with `<` escaped, never raw reader input.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
