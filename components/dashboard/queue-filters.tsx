import type { QueueQuery } from "@/lib/moderation/validation";
import { paths } from "@/lib/site/paths";

/** Article, search and order: a plain GET form, so it works without JavaScript. */
export function QueueFilters({ query, articles }: { query: QueueQuery; articles: { slug: string; title: string }[] }) {
  return (
    <form method="get" action={paths.dashboard} role="search" aria-label="Filter comments" className="my-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="status" value={query.status} />
      <div className="flex flex-col">
        <label htmlFor="filter-article" className="text-sm font-medium">
          Article
        </label>
        <select id="filter-article" name="article" defaultValue={query.article} className="max-w-xs rounded border border-rule bg-paper px-2 py-1">
          <option value="">All articles</option>
          {articles.map((article) => (
            <option key={article.slug} value={article.slug}>
              {article.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-q" className="text-sm font-medium">
          Search comments
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q}
          aria-describedby="filter-q-hint"
          className="rounded border border-rule bg-paper px-2 py-1"
        />
        <span id="filter-q-hint" className="text-xs text-muted">
          Text, author, email, website or IP
        </span>
      </div>
      <div className="flex flex-col">
        <label htmlFor="filter-order" className="text-sm font-medium">
          Order
        </label>
        <select id="filter-order" name="order" defaultValue={query.order} className="rounded border border-rule bg-paper px-2 py-1">
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <button type="submit" className="rounded border border-ink px-3 py-1 font-medium">
        Filter
      </button>
    </form>
  );
}
