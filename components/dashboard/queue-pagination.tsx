import Link from "next/link";

/** Newer / Older links over the keyset cursor. */
export function QueuePagination({ newerHref, olderHref }: { newerHref: string | null; olderHref: string | null }) {
  if (!newerHref && !olderHref) return null;
  return (
    <nav aria-label="Pages" className="mt-6 flex justify-between">
      {newerHref ? <Link href={newerHref}>← Newer</Link> : <span />}
      {olderHref ? <Link href={olderHref}>Older →</Link> : <span />}
    </nav>
  );
}
