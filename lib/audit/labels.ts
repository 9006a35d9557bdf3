import { ACTION_PAST_TENSE } from "@/lib/moderation/transitions";

// How the history page names each action; moderation actions come from the
// moderation vocabulary, admin actions from here.
const ADMIN_ACTIONS: Record<string, string> = {
  settings: "changed the discussion settings",
  article: "changed an article",
  "user.create": "created an account",
  "user.role": "changed a role",
  "user.disable": "changed an account's access",
  "user.rename": "changed a display name",
  "user.password": "reset a password",
  "webhook.create": "added a webhook endpoint",
  "webhook.enable": "switched a webhook endpoint on or off",
  "webhook.delete": "deleted a webhook endpoint",
  "webhook.test": "sent a webhook test event",
  "webhook.retry": "retried a webhook delivery",
  "webhook.disable": "disabled a failing webhook endpoint",
};

export function auditActionLabel(action: string): string {
  if (action in ACTION_PAST_TENSE) return ACTION_PAST_TENSE[action as keyof typeof ACTION_PAST_TENSE];
  return ADMIN_ACTIONS[action] ?? action;
}
