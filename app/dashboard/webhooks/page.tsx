import type { Metadata } from "next";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { WebhooksDisabledNotice } from "@/components/webhooks/disabled-notice";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { requireAdminPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/site/format";
import { paths } from "@/lib/site/paths";
import { listWebhooks, type EndpointRow } from "@/lib/webhooks/data";

export const metadata: Metadata = { title: "Webhooks" };

function status(endpoint: EndpointRow): string {
  if (endpoint.enabled) return endpoint.consecutiveFailures > 0 ? `Enabled, ${endpoint.consecutiveFailures} failed in a row` : "Enabled";
  if (endpoint.disabledReason) return "Disabled after repeated failures";
  return "Disabled by an admin";
}

export default async function WebhooksPage() {
  await requireAdminPage(paths.dashboardWebhooks);
  const endpoints = await listWebhooks();
  const notices = endpoints.flatMap((e) => (!e.enabled && e.disabledReason ? [{ id: e.id, url: e.url, disabledAt: e.disabledAt ?? e.createdAt, reason: e.disabledReason }] : []));
  return (
    <div className="space-y-10">
      <section aria-labelledby="webhooks-heading">
        <h1 id="webhooks-heading" className="font-serif text-3xl font-bold">
          Webhooks
        </h1>
        <p className="mt-1 text-muted">
          Other systems hear about comments and changes as signed JSON POSTs. Failed deliveries are retried with backoff; an endpoint that fails ten times in a row is
          disabled.
        </p>
        <WebhooksDisabledNotice notices={notices} />
        {endpoints.length === 0 ? <p className="mt-4">No endpoints yet.</p> : null}
      </section>
      {endpoints.map((endpoint) => (
        <section key={endpoint.id} aria-labelledby={`webhook-${endpoint.id}-heading`} className="space-y-3 border-t border-rule pt-4">
          <h2 id={`webhook-${endpoint.id}-heading`} className="text-xl font-semibold break-all">
            {endpoint.url}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">Status</dt>
            <dd>{status(endpoint)}</dd>
            <dt className="font-medium">Events</dt>
            <dd>{endpoint.events.join(", ") || "(none)"}</dd>
            <dt className="font-medium">Added</dt>
            <dd>
              <time dateTime={endpoint.createdAt}>{formatDateTime(endpoint.createdAt)}</time>
            </dd>
          </dl>
          <EndpointControls id={endpoint.id} url={endpoint.url} enabled={endpoint.enabled} />
          <h3 className="font-semibold">Recent deliveries</h3>
          <DeliveryLog url={endpoint.url} deliveries={endpoint.deliveries} />
        </section>
      ))}
      <section aria-labelledby="add-webhook-heading" className="border-t border-rule pt-4">
        <h2 id="add-webhook-heading" className="font-serif text-2xl font-bold">
          Add an endpoint
        </h2>
        <div className="mt-4 max-w-2xl">
          <CreateWebhookForm />
        </div>
      </section>
    </div>
  );
}
