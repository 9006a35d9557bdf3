import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { postTo, type PostResult } from "./http";
import { REQUEST_TIMEOUT_MS } from "./policy";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureHeader } from "./signature";
import { resolveTarget } from "./ssrf";
import { claimDue, finishAttempt, nextDueAt, pruneDeliveries, type Claimed } from "./store";

// Sends the delivery rows the webhooks consumer made. One loop per process:
// it claims due rows (lib/webhooks/store.ts), POSTs them at once, records
// each outcome, then sleeps until the next row falls due (at most POLL_MS,
// so rows made by another instance are picked up too).

const BATCH = 10;
const POLL_MS = 1_000;

type Sender = { timer: ReturnType<typeof setTimeout> | null; running: boolean; again: boolean; lastError: string | null };
const globalForSender = globalThis as unknown as { webhookSender?: Sender };

/** One attempt: the address is checked again (it may resolve elsewhere since it was saved), then the signed POST. */
export async function attempt(claim: Claimed, now = Date.now()): Promise<PostResult> {
  const target = await resolveTarget(claim.endpoint.url, env.WEBHOOK_ALLOWED_HOSTS);
  if (!target.ok) return { ok: false, httpStatus: null, durationMs: 0, error: `Not sent: ${target.message}` };
  const headers = {
    [SIGNATURE_HEADER]: signatureHeader(claim.endpoint.secret, claim.body, Math.floor(now / 1000)),
    [EVENT_HEADER]: claim.eventType,
    [DELIVERY_HEADER]: String(claim.id),
    // A fresh id per attempt, for the receiver's own logs.
    "X-Dispatch-Attempt": `${claim.attempts}-${randomUUID().slice(0, 8)}`,
  };
  return postTo(target, headers, claim.body, REQUEST_TIMEOUT_MS);
}

async function pass(): Promise<void> {
  for (;;) {
    const claimed = await claimDue(BATCH);
    await Promise.all(
      claimed.map(async (claim) => {
        const result = await attempt(claim);
        await finishAttempt(claim, result);
        await pruneDeliveries(claim.endpoint.id);
      }),
    );
    if (claimed.length < BATCH) return;
  }
}

function schedule(sender: Sender, delayMs: number): void {
  if (sender.timer) clearTimeout(sender.timer);
  sender.timer = setTimeout(() => void run(sender), Math.max(10, Math.min(delayMs, POLL_MS)));
  sender.timer.unref();
}

async function run(sender: Sender): Promise<void> {
  if (sender.running) {
    sender.again = true;
    return;
  }
  sender.running = true;
  let delay = POLL_MS;
  try {
    do {
      sender.again = false;
      await pass();
    } while (sender.again);
    const due = await nextDueAt();
    if (due) delay = due.getTime() - Date.now();
    if (sender.lastError) console.error("[webhooks] sender recovered");
    sender.lastError = null;
  } catch (error) {
    // Rows stay claimed or due: the next pass takes them again.
    const message = error instanceof Error ? error.message : String(error);
    if (message !== sender.lastError) console.error(`[webhooks] sender failed (retrying): ${message.trim()}`);
    sender.lastError = message;
  } finally {
    sender.running = false;
    schedule(sender, delay);
  }
}

/** Starts this process's sender once (lib/events/start.ts). */
export function startWebhookSender(): void {
  if (globalForSender.webhookSender) return;
  const sender: Sender = { timer: null, running: false, again: false, lastError: null };
  globalForSender.webhookSender = sender;
  void run(sender);
}

/** New or retried rows: send now rather than at the next poll. */
export function wakeWebhookSender(): void {
  const sender = globalForSender.webhookSender;
  if (sender) void run(sender);
}
