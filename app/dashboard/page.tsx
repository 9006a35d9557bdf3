import type { Metadata } from "next";
import { ModerationBoard } from "@/components/dashboard/moderation-board";
import { QueueFilters } from "@/components/dashboard/queue-filters";
import { QueuePagination } from "@/components/dashboard/queue-pagination";
import { QueueTabs } from "@/components/dashboard/queue-tabs";
import { listQueue } from "@/lib/moderation/data";
import { STATUS_LABELS, type Queue } from "@/lib/moderation/transitions";
import { paths } from "@/lib/site/paths";
import { requireEditorPage } from "@/lib/auth/session";
import { queueQuerySchema, type QueueQuery } from "@/lib/moderation/validation";
import { readFlash } from "@/lib/http/flash";
import { WebhooksDisabledNotice } from "@/components/webhooks/disabled-notice";
import { disabledWebhookNotices } from "@/lib/webhooks/data";

export const metadata: Metadata = { title: "Comments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function href(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  if (query.status && query.status !== "pending") params.set("status", query.status);
  if (query.article) params.set("article", query.article);
  if (query.q) params.set("q", query.q);
  if (query.order && query.order !== "newest") params.set("order", query.order);
  if (query.after) params.set("after", query.after);
  if (query.before) params.set("before", query.before);
  const search = params.toString();
  return search ? `${paths.dashboard}?${search}` : paths.dashboard;
}

const idParam = (value: string | undefined) => (value && /^\d{1,12}$/.test(value) ? Number(value) : null);

/** The moderation queues; opens on Pending. */
export default async function DashboardPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = queueQuerySchema.parse({
    status: first(raw.status),
    article: first(raw.article),
    q: first(raw.q),
    order: first(raw.order),
    after: first(raw.after),
    before: first(raw.before),
  });
  const current = href(query);
  const editor = await requireEditorPage(current);
  const page = await listQueue(query);
  const view = { status: query.status, article: query.article, q: query.q, order: query.order };
  const viewParams = Object.entries({ ...view, after: query.after ?? "", before: query.before ?? "" }).filter(([, value]) => value !== "");
  // Only an outcome this server signed is shown (lib/http/flash.ts).
  const flash = await readFlash(first(raw.flash));
  const queueName = query.status === "all" ? "All" : STATUS_LABELS[query.status];
  const webhookNotices = editor.role === "admin" ? await disabledWebhookNotices() : [];

  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">Comments</h1>
      <WebhooksDisabledNotice notices={webhookNotices} link />
      <QueueTabs current={query.status} counts={page.counts} hrefFor={(status: Queue) => href({ ...view, status })} />
      <QueueFilters query={query} articles={page.articles} />
      <h2 className="sr-only">{queueName} comments</h2>
      <ModerationBoard
        key={current}
        items={page.items}
        queue={query.status}
        filter={{ status: query.status, article: query.article, q: query.q, upTo: page.upTo }}
        total={page.total}
        returnPath={current}
        viewParams={viewParams}
        isAdmin={editor.role === "admin"}
        initialNotice={flash ? { message: flash.message, undo: flash.undo, ok: flash.ok } : null}
        editId={idParam(first(raw.edit))}
        replyId={idParam(first(raw.reply))}
      />
      <QueuePagination
        newerHref={page.newer ? href({ ...view, before: page.newer }) : null}
        olderHref={page.older ? href({ ...view, after: page.older }) : null}
      />
    </div>
  );
}
