import LinkifyIt from "linkify-it";

// One linkifier for counting links (moderation) and for rendering them, so a
// comment is held for exactly the links a reader would see. Only http(s)
// URLs written out in full become links; bare domains and other schemes stay text.
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
for (const scheme of ["ftp:", "mailto:", "//"]) linkify.add(scheme, null);

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Splits plain text into text and http(s) link parts. */
export function splitLinks(text: string): TextPart[] {
  const matches = linkify.match(text) ?? [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of matches) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: "link", text: match.text, href: match.url });
    last = match.lastIndex;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

export function countLinks(text: string): number {
  return splitLinks(text).filter((part) => part.kind === "link").length;
}
