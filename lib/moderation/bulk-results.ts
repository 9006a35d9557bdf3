import { ACTION_PAST_TENSE, STATUS_LABELS, type CommentStatus, type StatusAction } from "./transitions";
import { pluralize } from "@/lib/site/format";

/** What happened to one comment of a (bulk) action. */
export type ItemOutcome =
  | { id: number; outcome: "changed"; from: CommentStatus; to: CommentStatus }
  | { id: number; outcome: "unchanged"; status: CommentStatus }
  | { id: number; outcome: "invalid"; status: CommentStatus }
  | { id: number; outcome: "not-found" };

export type BulkSummary = { changed: number; unchanged: number; invalid: number; notFound: number; message: string };

function comments(n: number): string {
  return pluralize(n, "comment", "comments");
}

/** One sentence a person can read after an action, counting every kind of outcome. */
export function summarizeOutcomes(action: StatusAction, outcomes: ItemOutcome[]): BulkSummary {
  const changed = outcomes.filter((o) => o.outcome === "changed").length;
  const unchanged = outcomes.filter((o) => o.outcome === "unchanged").length;
  const invalid = outcomes.filter((o) => o.outcome === "invalid").length;
  const notFound = outcomes.filter((o) => o.outcome === "not-found").length;
  const parts: string[] = [];
  if (changed > 0 || outcomes.length === 0) {
    const targets = new Set(outcomes.flatMap((o) => (o.outcome === "changed" ? [o.to] : [])));
    const where =
      (action === "notspam" || action === "restore") && targets.size === 1
        ? ` to ${STATUS_LABELS[[...targets][0]!]}`
        : "";
    parts.push(`${capitalize(comments(changed))} ${ACTION_PAST_TENSE[action]}${where}.`);
  }
  if (unchanged > 0) parts.push(`${capitalize(comments(unchanged))} already in that state.`);
  if (invalid > 0) parts.push(`${capitalize(comments(invalid))} could not be ${ACTION_PAST_TENSE[action]} from ${invalid === 1 ? "its" : "their"} current queue.`);
  if (notFound > 0) parts.push(`${capitalize(comments(notFound))} not found.`);
  return { changed, unchanged, invalid, notFound, message: parts.join(" ") };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
