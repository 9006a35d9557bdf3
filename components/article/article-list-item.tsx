import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/data";
import { formatDate } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";

export function ArticleListItem({ article }: { article: ArticleSummary }) {
  return (
    <article>
      <h3 className="font-serif text-2xl leading-snug font-bold sm:text-3xl">
        <Link href={paths.article(article.slug)} className="text-ink no-underline hover:underline hover:text-ink">
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
      </p>
      <p className="mt-3 font-serif text-lg leading-relaxed">{article.description}</p>
    </article>
  );
}
