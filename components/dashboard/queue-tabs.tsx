import Link from "next/link";
import { QUEUES, STATUS_LABELS, type Queue } from "@/lib/moderation/transitions";
import type { QueueCounts } from "@/lib/moderation/data";

const LABELS: Record<Queue, string> = { ...STATUS_LABELS, all: "All" };

/** The queues as links, each with its count; the current one marked for assistive tech. */
export function QueueTabs({ current, counts, hrefFor }: { current: Queue; counts: QueueCounts; hrefFor: (queue: Queue) => string }) {
  return (
    <nav aria-label="Queues" className="border-b border-rule">
      <ul className="flex flex-wrap gap-1">
        {QUEUES.map((queue) => (
          <li key={queue}>
            <Link
              href={hrefFor(queue)}
              aria-current={queue === current ? "page" : undefined}
              className={`inline-block rounded-t px-3 py-2 no-underline ${
                queue === current ? "border border-b-0 border-rule bg-paper font-semibold text-ink" : "text-accent hover:underline"
              }`}
            >
              {LABELS[queue]} ({counts[queue].toLocaleString("en-US")})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
