"use server";

import { createWebhook, deleteWebhook, retryDelivery, sendWebhookTest, setWebhookEnabled } from "@/lib/webhooks/data";
import { createWebhookSchema, retryDeliverySchema, setWebhookEnabledSchema, webhookIdSchema } from "@/lib/webhooks/validation";
import { adminAction } from "./pipeline";

export type CreateWebhookData = { secret: string };

/** Adds an endpoint from the Webhooks page; the answer carries its secret, shown once. */
export const createWebhookAction = adminAction({
  schema: createWebhookSchema,
  refresh: true,
  echo: (formData) => ({ url: String(formData.get("url") ?? ""), events: formData.getAll("events").map(String).join(",") }),
  run: async (input) => createWebhook(input),
});

/** Switches an endpoint on or off. */
export const setWebhookEnabledAction = adminAction({
  schema: setWebhookEnabledSchema,
  refresh: true,
  run: async ({ webhookId, enabled }) => setWebhookEnabled(webhookId, enabled),
});

/** Deletes an endpoint and its log. */
export const deleteWebhookAction = adminAction({
  schema: webhookIdSchema,
  refresh: true,
  run: async ({ webhookId }) => deleteWebhook(webhookId),
});

/** Queues a test event for one endpoint. */
export const sendWebhookTestAction = adminAction({
  schema: webhookIdSchema,
  refresh: true,
  run: async ({ webhookId }) => sendWebhookTest(webhookId),
});

/** Sends a failed delivery again now. */
export const retryWebhookDeliveryAction = adminAction({
  schema: retryDeliverySchema,
  refresh: true,
  run: async ({ deliveryId }) => retryDelivery(deliveryId),
});
