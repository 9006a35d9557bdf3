import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { requireAdmin } from "@/lib/auth/session";
import { auditAdminAction } from "@/lib/audit/write";
import { env } from "@/lib/env";
import { transact } from "@/lib/events/outbox";
import type { Outcome } from "@/lib/actions/result";
import { parseEventList, type WebhookEventType } from "./event-types";
import { KEPT_DELIVERIES } from "./policy";
import { wakeWebhookSender } from "./sender";
import { resolveTarget } from "./ssrf";
import type { CreateWebhookInput } from "./validation";

// The Webhooks page's reads and writes, for admins only: every function
// checks the caller here (server actions are public endpoints), and every
// write records a webhook.changed event and an audit entry in its
// transaction. The secret is read only to send (lib/webhooks/store.ts): no
// DTO here carries it, except the one answer that creates it.

export type DeliveryRow = {
  id: number;
  eventId: number;
  eventType: string;
  status: string;
  attempts: number;
  httpStatus: number | null;
  durationMs: number | null;
  error: string | null;
  createdAt: string;
  nextAttemptAt: string;
  deliveredAt: string | null;
};

export type EndpointRow = {
  id: number;
  url: string;
  events: WebhookEventType[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledAt: string | null;
  disabledReason: string | null;
  createdAt: string;
  deliveries: DeliveryRow[];
};

export type DisabledNotice = { id: number; url: string; disabledAt: string; reason: string };

/** Every endpoint, newest first, each with its last 50 deliveries. */
export async function listWebhooks(): Promise<EndpointRow[]> {
  await requireAdmin();
  const db = await getDb();
  const rows = await db.webhookEndpoint.findMany({
    orderBy: { id: "desc" },
    include: { deliveries: { orderBy: { id: "desc" }, take: KEPT_DELIVERIES, omit: { body: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    url: row.url,
    events: parseEventList(row.events),
    enabled: row.enabled,
    consecutiveFailures: row.consecutiveFailures,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    deliveries: row.deliveries.map((d) => ({
      id: d.id,
      eventId: d.eventId,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      httpStatus: d.httpStatus,
      durationMs: d.durationMs,
      error: d.error,
      createdAt: d.createdAt.toISOString(),
      nextAttemptAt: d.nextAttemptAt.toISOString(),
      deliveredAt: d.deliveredAt?.toISOString() ?? null,
    })),
  }));
}

/** Endpoints switched off for failing, for the notice on the dashboard. */
export async function disabledWebhookNotices(): Promise<DisabledNotice[]> {
  await requireAdmin();
  const db = await getDb();
  const rows = await db.webhookEndpoint.findMany({
    where: { enabled: false, disabledReason: { not: null } },
    select: { id: true, url: true, disabledAt: true, disabledReason: true },
    orderBy: { id: "desc" },
  });
  return rows.map((r) => ({ id: r.id, url: r.url, disabledAt: (r.disabledAt ?? new Date(0)).toISOString(), reason: r.disabledReason ?? "" }));
}

function generateSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** Adds an endpoint once its address passes the SSRF check; answers the secret, shown this once. */
export async function createWebhook(input: CreateWebhookInput): Promise<Outcome<{ secret: string }>> {
  const admin = await requireAdmin();
  const target = await resolveTarget(input.url, env.WEBHOOK_ALLOWED_HOSTS);
  if (!target.ok) return { ok: false, message: target.message, field: "url" };
  const secret = input.secret || generateSecret();
  const url = target.url.toString();
  await transact(async (tx, events) => {
    const created = await tx.webhookEndpoint.create({ data: { url, secret, events: JSON.stringify(input.events) }, select: { id: true } });
    await auditAdminAction(tx, admin.id, "webhook.create", `${url} for ${input.events.join(", ")}`);
    events.record({ type: "webhook.changed", actorId: admin.id, payload: { endpointId: created.id, change: "created" } });
  });
  return { ok: true, message: `Added the endpoint ${url}. Copy its secret now: it will not be shown again.`, data: { secret } };
}

/** Switches an endpoint off, or back on (which forgets its run of failures). */
export async function setWebhookEnabled(webhookId: number, enabled: boolean): Promise<Outcome> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<Outcome> => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: webhookId }, select: { url: true, enabled: true } });
    if (!endpoint) return { ok: false, message: "That webhook no longer exists." };
    const done = enabled ? `Enabled ${endpoint.url}.` : `Disabled ${endpoint.url}.`;
    if (endpoint.enabled === enabled) return { ok: true, message: done };
    await tx.webhookEndpoint.update({
      where: { id: webhookId },
      data: enabled ? { enabled, consecutiveFailures: 0, disabledAt: null, disabledReason: null } : { enabled, disabledAt: new Date(), disabledReason: null },
    });
    await auditAdminAction(tx, admin.id, "webhook.enable", `${endpoint.url}: ${enabled ? "disabled → enabled" : "enabled → disabled"}`);
    events.record({ type: "webhook.changed", actorId: admin.id, payload: { endpointId: webhookId, change: enabled ? "enabled" : "disabled" } });
    return { ok: true, message: done };
  }).finally(wakeWebhookSender);
}

/** Deletes an endpoint and its delivery log. */
export async function deleteWebhook(webhookId: number): Promise<Outcome> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<Outcome> => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: webhookId }, select: { url: true } });
    if (!endpoint) return { ok: true, message: "That webhook was already deleted." };
    await tx.webhookEndpoint.delete({ where: { id: webhookId } });
    await auditAdminAction(tx, admin.id, "webhook.delete", endpoint.url);
    events.record({ type: "webhook.changed", actorId: admin.id, payload: { endpointId: webhookId, change: "deleted" } });
    return { ok: true, message: `Deleted the endpoint ${endpoint.url}.` };
  });
}

/** Sends a webhook.test event to this endpoint only (through the outbox, like every other event). */
export async function sendWebhookTest(webhookId: number): Promise<Outcome> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<Outcome> => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: webhookId }, select: { url: true, enabled: true } });
    if (!endpoint) return { ok: false, message: "That webhook no longer exists." };
    if (!endpoint.enabled) return { ok: false, message: `Enable ${endpoint.url} before sending it a test event.` };
    await auditAdminAction(tx, admin.id, "webhook.test", endpoint.url);
    events.record({ type: "webhook.test", actorId: admin.id, payload: { endpointId: webhookId } });
    return { ok: true, message: `Test event queued for ${endpoint.url}; its delivery appears below.` };
  });
}

/** Sends a failed (or waiting) delivery again now, with a fresh set of attempts. */
export async function retryDelivery(deliveryId: number): Promise<Outcome> {
  const admin = await requireAdmin();
  return transact(async (tx, events): Promise<Outcome> => {
    const delivery = await tx.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { endpointId: true, eventType: true, endpoint: { select: { url: true, enabled: true } } } });
    if (!delivery) return { ok: false, message: "That delivery is no longer in the log." };
    if (!delivery.endpoint.enabled) return { ok: false, message: `Enable ${delivery.endpoint.url} first: a disabled endpoint is sent nothing.` };
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: deliveryId, status: { in: ["failed", "retrying"] } },
      data: { status: "pending", attempts: 0, nextAttemptAt: new Date() },
    });
    if (count !== 1) return { ok: true, message: "That delivery is already on its way." };
    await auditAdminAction(tx, admin.id, "webhook.retry", `${delivery.endpoint.url}: delivery ${deliveryId} (${delivery.eventType})`);
    events.record({ type: "webhook.changed", actorId: admin.id, payload: { endpointId: delivery.endpointId, deliveryId, change: "retry" } });
    return { ok: true, message: `Delivery ${deliveryId} will be sent again now.` };
  }).finally(wakeWebhookSender);
}
