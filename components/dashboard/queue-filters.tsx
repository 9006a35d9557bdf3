import type { QueueQuery } from "@/lib/moderation/validation";
import { paths } from "@/lib/site/paths";
import { Field } from "@/components/ui/field";
import { compactInputClass, compactLabelClass } from "@/components/ui/form-classes";

/** Article, search and order: a plain GET form, so it works without JavaScript. */
export function QueueFilters({ query, articles }: { query: QueueQuery; articles: { slug: string; title: string }[] }) {
  return (
    <form method="get" action={paths.dashboard} role="search" aria-label="Filter comments" className="my-4 flex flex-wrap items-end gap-3">
      <input type="hidden" name="status" value={query.status} />
      <Field id="filter-article" label="Article" labelClassName={compactLabelClass}>
        {(control) => (
          <select name="article" defaultValue={query.article} className={`max-w-xs ${compactInputClass}`} {...control}>
            <option value="">All articles</option>
            {articles.map((article) => (
              <option key={article.slug} value={article.slug}>
                {article.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="filter-q" label="Search comments" hint="Text, author, email, website or IP" labelClassName={compactLabelClass}>
        {(control) => <input name="q" type="search" defaultValue={query.q} className={compactInputClass} {...control} />}
      </Field>
      <Field id="filter-order" label="Order" labelClassName={compactLabelClass}>
        {(control) => (
          <select name="order" defaultValue={query.order} className={compactInputClass} {...control}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        )}
      </Field>
      <button type="submit" className="rounded border border-ink px-3 py-1 font-medium">
        Filter
      </button>
    </form>
  );
}
