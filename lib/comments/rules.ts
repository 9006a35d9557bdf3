import type { DiscussionSettings } from "@/lib/settings/types";
import { countLinks } from "./links";
import type { ModerationReason } from "@/lib/moderation/reasons";
import { findListedWord } from "./normalize";

// The one place that decides what happens to a new comment, and why.
// Pure: everything it needs from the database arrives in `facts`.

export type CommentCandidate = {
  name: string;
  email: string;
  website: string | null;
  body: string;
  ip: string;
  userAgent: string;
  trap: string;
};

export type ModerationFacts = {
  settings: DiscussionSettings;
  articleOpen: boolean;
  articlePublishedAt: Date;
  now: Date;
  /** The author (name + email) already has an approved comment. */
  authorHasApproved: boolean;
};

export type Decision =
  | { kind: "reject"; code: "closed"; message: string }
  | { kind: "store"; status: "approved" | "pending" | "spam"; reasons: ModerationReason[] };

export const MESSAGES = {
  closed: "Comments are closed on this article.",
  flood: "You are posting comments too quickly. Slow down.",
  duplicate: "Duplicate comment detected; it looks as though you’ve already said that!",
} as const;

const DAY_MS = 86_400_000;

export function commentsClosed(facts: Pick<ModerationFacts, "settings" | "articleOpen" | "articlePublishedAt" | "now">): boolean {
  if (!facts.articleOpen) return true;
  const days = facts.settings.closeAfterDays;
  return days > 0 && facts.now.getTime() - facts.articlePublishedAt.getTime() > days * DAY_MS;
}

export function decide(comment: CommentCandidate, facts: ModerationFacts): Decision {
  const { settings } = facts;
  if (commentsClosed(facts)) return { kind: "reject", code: "closed", message: MESSAGES.closed };

  const fields = [comment.name, comment.email, comment.website ?? "", comment.body, comment.ip, comment.userAgent];
  const disallowed = findListedWord(settings.disallowedWords, fields);
  if (disallowed) {
    return { kind: "store", status: "spam", reasons: [{ rule: "disallowed-word", detail: `matched disallowed word '${disallowed}'` }] };
  }
  if (comment.trap.trim() !== "") {
    return { kind: "store", status: "spam", reasons: [{ rule: "honeypot", detail: "the hidden spam-trap field was filled in" }] };
  }

  const reasons: ModerationReason[] = [];
  const moderated = findListedWord(settings.moderationWords, fields);
  if (moderated) reasons.push({ rule: "moderation-word", detail: `matched moderation word '${moderated}'` });

  const links = countLinks(comment.body);
  if (settings.linkLimit > 0 && links >= settings.linkLimit) {
    reasons.push({ rule: "links", detail: `contains ${links} links; the limit is ${settings.linkLimit}` });
  }
  if (settings.requirePriorApproval && !facts.authorHasApproved) {
    reasons.push({ rule: "first-comment", detail: "first comment from this author" });
  }
  if (settings.holdAll) reasons.push({ rule: "hold-all", detail: "every comment is held for review" });

  return reasons.length > 0 ? { kind: "store", status: "pending", reasons } : { kind: "store", status: "approved", reasons: [] };
}

/** What the author may be told about a hold (never anything about spam). */
export function authorNotice(status: string, reasons: ModerationReason[]): string | null {
  if (status !== "pending") return null;
  const told = reasons.filter((reason) => reason.rule === "hold-all" || reason.rule === "first-comment" || reason.rule === "links");
  if (told.length === 0) return null;
  const why = told.map((reason) => {
    if (reason.rule === "first-comment") return "this is your first comment here";
    if (reason.rule === "links") return `it ${reason.detail.replace(/^contains/, "contains")}`;
    return "every comment on this site is reviewed before it appears";
  });
  return `It is being held because ${why.join(", and ")}. An editor will review it soon; once approved it appears for everyone.`;
}
