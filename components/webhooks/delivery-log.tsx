import { AdminTable } from "@/components/ui/admin-table";
import { formatDateTime } from "@/lib/site/format";
import type { DeliveryRow } from "@/lib/webhooks/data";
import { RetryDeliveryButton } from "./retry-delivery-button";

function statusText(d: DeliveryRow): string {
  switch (d.status) {
    case "delivered":
      return "Delivered";
    case "retrying":
      return `Failed, retrying ${formatDateTime(d.nextAttemptAt)}`;
    case "failed":
      return "Failed, given up";
    case "sending":
      return "Sending";
    default:
      return "Waiting";
  }
}

/** An endpoint's last 50 deliveries, newest first, with "Retry now" on failed ones. */
export function DeliveryLog({ url, deliveries }: { url: string; deliveries: DeliveryRow[] }) {
  if (deliveries.length === 0) return <p className="text-muted">No deliveries yet.</p>;
  return (
    <AdminTable small caption={`Last ${deliveries.length} deliveries to ${url}`} columns={["Event", "Status", "Attempts", "HTTP status", "Duration", "Error", "Time", "Action"]}>
      {deliveries.map((d) => (
        <tr key={d.id} className="border-b border-rule align-top">
          <th scope="row" className="py-2 pr-4 font-normal">
            <code>{d.eventType}</code> <span className="text-muted">#{d.eventId}</span>
          </th>
          <td className="py-2 pr-4">{statusText(d)}</td>
          <td className="py-2 pr-4">{d.attempts}</td>
          <td className="py-2 pr-4">{d.httpStatus ?? "—"}</td>
          <td className="py-2 pr-4 whitespace-nowrap">{d.durationMs === null ? "—" : `${d.durationMs} ms`}</td>
          <td className="py-2 pr-4 break-all">{d.error ?? ""}</td>
          <td className="py-2 pr-4">
            <time dateTime={d.deliveredAt ?? d.createdAt}>{formatDateTime(d.deliveredAt ?? d.createdAt)}</time>
          </td>
          <td className="py-2">{d.status === "failed" || d.status === "retrying" ? <RetryDeliveryButton deliveryId={d.id} eventType={d.eventType} /> : null}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
