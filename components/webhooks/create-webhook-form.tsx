"use client";

import { useActionState } from "react";
import { createWebhookAction } from "@/lib/actions/webhooks";
import { idleResult } from "@/lib/actions/result";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-types";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/form-classes";
import { TextField } from "@/components/ui/text-field";

const ORDER = ["url", "secret", "events"];

/** "Add an endpoint": URL, optional secret, events. The secret comes back once, here, after it is saved. */
export function CreateWebhookForm() {
  const [state, action, pending] = useActionState(createWebhookAction, idleResult());
  const failed = state.status === "error";
  const errors = failed ? state.fieldErrors : {};
  // A refused form is shown again as typed (the secret is never echoed).
  const chosen = new Set(failed ? (state.values?.events ?? "").split(",") : ["comment.approved"]);
  const secret = state.status === "ok" ? state.data?.secret : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary result={state} title="The endpoint was not added" fieldId={(field) => (field === "events" ? "webhook-events" : `webhook-${field}`)} order={ORDER} />
      <TextField
        id="webhook-url"
        name="url"
        label="Endpoint URL"
        type="url"
        autoComplete="off"
        hint="Where to POST events, like https://example.com/hooks/dispatch. Only public addresses are allowed."
        defaultValue={failed ? state.values?.url : ""}
        error={errors.url}
      />
      <TextField
        id="webhook-secret"
        name="secret"
        label="Signing secret (optional)"
        type="text"
        autoComplete="off"
        spellCheck={false}
        hint="At least 16 characters. Leave blank to have a strong one generated. It is shown once, after you add the endpoint."
        error={errors.secret}
      />
      <fieldset id="webhook-events" tabIndex={-1} aria-describedby={errors.events ? "webhook-events-error" : undefined}>
        <legend className="font-medium">Events to send</legend>
        <ul className="mt-2 space-y-1">
          {WEBHOOK_EVENTS.map((event) => (
            <li key={event.type} className="flex items-start gap-2">
              <input
                type="checkbox"
                id={`webhook-event-${event.type}`}
                name="events"
                value={event.type}
                defaultChecked={chosen.has(event.type)}
                className="mt-1 size-4"
              />
              <label htmlFor={`webhook-event-${event.type}`}>
                {event.label} <code className="text-sm text-muted">{event.type}</code>
              </label>
            </li>
          ))}
        </ul>
        {errors.events ? (
          <p id="webhook-events-error" className="mt-1 text-sm text-danger">
            {errors.events}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        Add endpoint
      </button>
      <FormStatus result={{ ...state, data: undefined }} show="ok" />
      {secret ? (
        <div className="rounded border-2 border-ink p-4">
          <p className="font-semibold">Signing secret (shown only this once)</p>
          <p className="mt-1">
            <code data-testid="webhook-secret" className="rounded bg-notice px-2 py-0.5 font-mono break-all text-notice-ink">
              {secret}
            </code>
          </p>
          <p className="mt-1 text-sm">Copy it into the receiver now: it cannot be shown again. To change it, delete the endpoint and add it again.</p>
        </div>
      ) : null}
    </form>
  );
}
