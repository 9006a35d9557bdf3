"use client";

import { useActionState } from "react";
import { deleteWebhookAction, sendWebhookTestAction, setWebhookEnabledAction } from "@/lib/actions/webhooks";
import { idleResult } from "@/lib/actions/result";
import { FormStatus } from "@/components/ui/form-status";
import { secondaryButtonClass } from "@/components/ui/form-classes";

/** Enable or disable, send a test event, delete: each its own small form, for one endpoint. */
export function EndpointControls({ id, url, enabled }: { id: number; url: string; enabled: boolean }) {
  const [toggleState, toggleAction, togglePending] = useActionState(setWebhookEnabledAction, idleResult());
  const [testState, testAction, testPending] = useActionState(sendWebhookTestAction, idleResult());
  const [deleteState, deleteAction, deletePending] = useActionState(deleteWebhookAction, idleResult());
  const which = <span className="sr-only"> {url}</span>;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={toggleAction}>
          <input type="hidden" name="webhookId" value={id} />
          <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
          <button type="submit" disabled={togglePending} className={secondaryButtonClass}>
            {enabled ? "Disable" : "Enable"}
            {which}
          </button>
        </form>
        {enabled ? (
          <form action={testAction}>
            <input type="hidden" name="webhookId" value={id} />
            <button type="submit" disabled={testPending} className={secondaryButtonClass}>
              Send test event{which}
            </button>
          </form>
        ) : null}
        <form action={deleteAction}>
          <input type="hidden" name="webhookId" value={id} />
          <button type="submit" disabled={deletePending} className={secondaryButtonClass}>
            Delete{which}
          </button>
        </form>
      </div>
      <FormStatus result={toggleState} />
      <FormStatus result={testState} />
      <FormStatus result={deleteState} />
    </div>
  );
}
