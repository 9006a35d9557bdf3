import type { ArticleDetail } from "@/lib/articles/data";
import { formatDate } from "@/lib/site/format";

/** The article itself: headline, date and body paragraphs exactly as stored. */
export function ArticleView({ article }: { article: ArticleDetail }) {
  const edited = article.updatedAt.slice(0, 10) > article.publishedAt.slice(0, 10);
  return (
    <article className="prose prose-lg prose-article max-w-none font-serif" aria-labelledby="article-title">
      <header className="not-prose mb-8">
        <h1 id="article-title" className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-3 font-sans text-sm text-muted">
          Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          {edited ? (
            <>
              {" · Updated "}
              <time dateTime={article.updatedAt}>{formatDate(article.updatedAt)}</time>
            </>
          ) : null}
        </p>
      </header>
      {article.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </article>
  );
}
