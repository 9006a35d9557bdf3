import Link from "next/link";
import { paths } from "@/lib/site/paths";
import { site } from "@/lib/site/site";

export function SiteHeader() {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-x-6 gap-y-1 px-4 py-4 sm:px-6">
        <Link href={paths.home} className="font-serif text-2xl font-bold tracking-tight text-ink no-underline hover:text-ink">
          {site.name}
        </Link>
        <p className="text-sm text-muted">{site.description}</p>
      </div>
    </header>
  );
}
