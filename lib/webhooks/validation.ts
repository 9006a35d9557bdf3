import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "./event-types";
import { checkUrlShape } from "./ssrf";

// The Webhooks page's forms, shared by the form and the server action. The
// address itself (DNS, private ranges) is checked by the data layer, which
// can look it up.

const idSchema = z.coerce.number({ error: "Unknown webhook." }).int().positive("Unknown webhook.");

export const webhookUrlSchema = z
  .string({ error: "Enter the URL to send events to." })
  .trim()
  .min(1, "Enter the URL to send events to.")
  .max(2000, "URLs are at most 2,000 characters.")
  .superRefine((value, context) => {
    const shape = checkUrlShape(value);
    if (!shape.ok) context.addIssue({ code: "custom", message: shape.message });
  });

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  secret: z
    .string()
    .trim()
    .max(200, "Secrets are at most 200 characters.")
    .refine((value) => value === "" || value.length >= 16, "Use at least 16 characters, or leave it blank to have one generated.")
    .default(""),
  events: z
    .preprocess(
      (value) => (value === undefined || value === "" ? [] : [value].flat()),
      z.array(z.string()).refine((list) => list.every((v) => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(v)), "Choose events from the list."),
    )
    // In the page's order, whatever order the form sent them in.
    .transform((list) => WEBHOOK_EVENT_TYPES.filter((type) => list.includes(type)))
    .refine((list) => list.length > 0, "Choose at least one event to send."),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const webhookIdSchema = z.object({ webhookId: idSchema });

export const setWebhookEnabledSchema = z.object({
  webhookId: idSchema,
  enabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const retryDeliverySchema = z.object({ deliveryId: z.coerce.number({ error: "Unknown delivery." }).int().positive("Unknown delivery.") });
