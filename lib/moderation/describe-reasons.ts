import { RULES, type ModerationReason, type RuleId } from "./reasons";

/**
 * Editor-facing text for why a comment has its status: the rule and its
 * detail ("3 links, limit 2", "matched moderation word 'casino'", "first
 * comment from this author"). Details written by the rules module are used
 * as they are when already phrased; bare values are phrased here.
 */
export function describeReason(reason: ModerationReason): string {
  const detail = reason.detail.trim();
  switch (reason.rule) {
    case "links":
      return describeLinks(detail);
    case "moderation-word":
      return describeWord("moderation", detail);
    case "disallowed-word":
      return describeWord("disallowed", detail);
    case "first-comment":
      return "first comment from this author";
    case "hold-all":
      return detail || "every comment is held for review";
    case "honeypot":
      return "filled the hidden spam-trap field";
    case "editor":
    case "staff":
      return detail || lowerFirst(RULES[reason.rule].label);
  }
}

function describeLinks(detail: string): string {
  const numbers = detail.match(/\d+/g) ?? [];
  // "3/2", "3 links; limit 2", "contains 3 links; the limit is 2" all become one phrasing.
  if (numbers.length === 2) return `${numbers[0]} links, limit ${numbers[1]}`;
  if (numbers.length === 1 && /^\d+$/.test(detail)) return `${detail} links`;
  return detail || "too many links";
}

function describeWord(kind: "moderation" | "disallowed", detail: string): string {
  if (!detail) return `matched a ${kind} word`;
  if (/^matched\b/i.test(detail)) return detail;
  const word = detail.replace(/^['"‘“]|['"’”]$/g, "");
  return `matched ${kind} word '${word}'`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Reasons in display order: the editor's latest decision first (it is why
 * the comment is where it is now), then the automatic rules that first held it.
 */
export function describeReasons(reasons: ModerationReason[]): string[] {
  const byEditor = reasons.filter((r) => r.rule === "editor" || r.rule === "staff");
  const automatic = reasons.filter((r) => r.rule !== "editor" && r.rule !== "staff");
  return [...byEditor, ...automatic].map(describeReason);
}

/** Replaces the editor's note, keeping the automatic reasons for the record. */
export function withEditorReason(reasons: ModerationReason[], detail: string): ModerationReason[] {
  return [...reasons.filter((r) => r.rule !== "editor"), { rule: "editor" satisfies RuleId, detail }];
}
