"use client";

import { useActionState } from "react";
import { retryWebhookDeliveryAction } from "@/lib/actions/webhooks";
import { idleResult } from "@/lib/actions/result";
import { FormStatus } from "@/components/ui/form-status";
import { secondaryButtonClass } from "@/components/ui/form-classes";

export function RetryDeliveryButton({ deliveryId, eventType }: { deliveryId: number; eventType: string }) {
  const [state, action, pending] = useActionState(retryWebhookDeliveryAction, idleResult());
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        Retry now<span className="sr-only"> delivery {deliveryId} ({eventType})</span>
      </button>
      <FormStatus result={state} />
    </form>
  );
}
