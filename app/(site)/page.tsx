import { ArticleListItem } from "@/components/article/article-list-item";
import { readArticles } from "@/lib/cache/public-reads";
import { site } from "@/lib/site/site";

export default async function HomePage() {
  const articles = await readArticles(50);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="sr-only">{site.name}: latest articles</h1>
      <h2 className="mb-6 border-b border-rule pb-2 text-sm font-semibold uppercase tracking-wider text-muted">
        Latest articles
      </h2>
      {articles.length === 0 ? (
        <p>No articles have been published yet.</p>
      ) : (
        <ol className="space-y-10">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleListItem article={article} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
