import type { Metadata } from "next";
import { AdminTable } from "@/components/ui/admin-table";
import Link from "next/link";
import { listAuditLog } from "@/lib/audit/data";
import { formatDateTime } from "@/lib/site/format";
import { auditActionLabel } from "@/lib/audit/labels";
import { paths } from "@/lib/site/paths";
import { requireEditorPage } from "@/lib/auth/session";
import { auditQuerySchema } from "@/lib/moderation/validation";
import { Field } from "@/components/ui/field";
import { compactInputClass, compactLabelClass } from "@/components/ui/form-classes";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function auditHref(comment: number | undefined, before?: number): string {
  const params = new URLSearchParams();
  if (comment) params.set("comment", String(comment));
  if (before) params.set("before", String(before));
  const search = params.toString();
  return `${paths.dashboardAudit}${search ? `?${search}` : ""}`;
}

/** Who did what to which comment, newest first. */
export default async function AuditLogPage({ searchParams }: Props) {
  const raw = await searchParams;
  const query = auditQuerySchema.parse({ comment: first(raw.comment), before: first(raw.before) });
  await requireEditorPage(auditHref(query.comment, query.before));
  const page = await listAuditLog(query);

  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="mb-4 font-serif text-3xl font-bold">Audit log</h1>
      <form method="get" action={paths.dashboardAudit} className="mb-4 flex items-end gap-3">
        <Field id="audit-comment" label="Comment ID" labelClassName={compactLabelClass}>
          {(control) => <input name="comment" inputMode="numeric" pattern="[0-9]*" defaultValue={query.comment ?? ""} className={`w-32 ${compactInputClass}`} {...control} />}
        </Field>
        <button type="submit" className="rounded border border-ink px-3 py-1 font-medium">
          Show
        </button>
        {query.comment ? <Link href={paths.dashboardAudit}>Show all</Link> : null}
      </form>
      {page.entries.length === 0 ? (
        <p className="text-muted">No entries yet.</p>
      ) : (
        <AdminTable caption="Moderation and admin actions, newest first" columns={["When", "Who", "Action", "Comment", "From", "To", "Detail"]} small>
              {page.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-rule align-top">
                  <td className="py-2 pr-3">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td className="py-2 pr-3 break-all">{entry.actor}</td>
                  <td className="py-2 pr-3">{auditActionLabel(entry.action)}</td>
                  <td className="py-2 pr-3">
                    {entry.commentId === null ? (
                      "none"
                    ) : (
                      <>
                        <Link href={auditHref(entry.commentId)}>#{entry.commentId}</Link>
                        {entry.comment ? (
                          <>
                            {" by "}
                            <span className="isolate-text">{entry.comment.authorName}</span>
                            {" on "}
                            <Link href={paths.article(entry.comment.article.slug)}>{entry.comment.article.title}</Link>
                          </>
                        ) : (
                          " (deleted)"
                        )}
                      </>
                    )}
                  </td>
                  <td className="py-2 pr-3">{entry.fromStatus ?? "none"}</td>
                  <td className="py-2 pr-3">{entry.toStatus ?? "deleted"}</td>
                  <td className="isolate-text py-2 break-words">{entry.detail ?? ""}</td>
                </tr>
              ))}
        </AdminTable>
      )}
      <nav aria-label="Pages" className="mt-6 flex justify-between">
        {query.before ? <Link href={auditHref(query.comment)}>← Newest</Link> : <span />}
        {page.older ? <Link href={auditHref(query.comment, page.older)}>Older →</Link> : <span />}
      </nav>
    </div>
  );
}
