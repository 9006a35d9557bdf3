import { paths } from "@/lib/site/paths";
import { site } from "@/lib/site/site";

export function SiteFooter() {
  return (
    <footer className="border-t border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>© {site.name}</p>
        <nav aria-label="Feeds" className="flex gap-4">
          <a href={paths.articleFeed}>Articles feed (RSS)</a>
          <a href={paths.commentsFeed}>Comments feed (RSS)</a>
        </nav>
      </div>
    </footer>
  );
}
