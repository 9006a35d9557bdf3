// The moderation screen's keyboard map, shared by the key handler and the
// "?" dialog that lists it, so the two can never disagree.

export type ShortcutCommand = "next" | "previous" | "approve" | "spam" | "trash" | "undo" | "reply" | "edit" | "select" | "help";

export const SHORTCUTS: { key: string; command: ShortcutCommand; description: string }[] = [
  { key: "j", command: "next", description: "Next comment" },
  { key: "k", command: "previous", description: "Previous comment" },
  { key: "a", command: "approve", description: "Approve" },
  { key: "s", command: "spam", description: "Mark as spam" },
  { key: "d", command: "trash", description: "Move to the Trash" },
  { key: "u", command: "undo", description: "Undo the last action" },
  { key: "r", command: "reply", description: "Reply" },
  { key: "e", command: "edit", description: "Edit the text" },
  { key: "x", command: "select", description: "Select or deselect" },
  { key: "?", command: "help", description: "Show these shortcuts" },
];

const byKey = new Map(SHORTCUTS.map((s) => [s.key, s.command]));

/** The subset of a KeyboardEvent the map looks at (plain data, so it is testable). */
export type KeyInput = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element: shortcuts never fire while someone is typing. */
  target: { tagName: string; isContentEditable: boolean; type?: string } | null;
};

const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
// Inputs that take no typing: a shortcut on a focused checkbox is still a shortcut.
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset"]);

export function isTypingTarget(target: KeyInput["target"]): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === "INPUT") return !NON_TEXT_INPUTS.has((target.type ?? "text").toLowerCase());
  return TYPING_TAGS.has(tag);
}

/** The command a key press means, or null (modifiers held, typing, or not a shortcut). */
export function commandFor(input: KeyInput): ShortcutCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (isTypingTarget(input.target)) return null;
  return byKey.get(input.key) ?? null;
}
