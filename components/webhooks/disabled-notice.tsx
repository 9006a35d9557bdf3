import Link from "next/link";
import { formatDateTime } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";
import type { DisabledNotice } from "@/lib/webhooks/data";

/** Tells admins which endpoints were switched off for failing (Webhooks page and dashboard). */
export function WebhooksDisabledNotice({ notices, link = false }: { notices: DisabledNotice[]; link?: boolean }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="webhooks-disabled-heading" className="my-4 rounded border-2 border-danger p-4">
      <h2 id="webhooks-disabled-heading" className="font-semibold text-danger">
        {notices.length === 1 ? "A webhook endpoint was disabled" : `${notices.length} webhook endpoints were disabled`}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {notices.map((n) => (
          <li key={n.id}>
            <span className="break-all">{n.url}</span>, <time dateTime={n.disabledAt}>{formatDateTime(n.disabledAt)}</time>: {n.reason}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        {link ? <Link href={paths.dashboardWebhooks}>Review them on the Webhooks page</Link> : "Fix the receiver, then enable the endpoint again."}
      </p>
    </section>
  );
}
