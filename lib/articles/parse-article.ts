/** What an article source file holds once the WordPress chrome is removed. */
export type ParsedArticle = {
  title: string;
  paragraphs: string[];
};

// WordPress appends the comment form's heading after the body; everything from
// it on belongs to the form, not to the article.
const FORM_HEADING = "Leave a Reply";

/**
 * Reads an article source file: the first non-empty line is the headline and
 * every paragraph before "Leave a Reply" is body text, kept exactly as written.
 */
export function parseArticleSource(source: string): ParsedArticle {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const titleIndex = lines.findIndex((line) => line.trim() !== "");
  if (titleIndex === -1) throw new Error("Article source is empty");
  const title = lines[titleIndex]!.trim();

  const paragraphs: string[] = [];
  for (const line of lines.slice(titleIndex + 1)) {
    const text = line.trim();
    if (text === FORM_HEADING) break;
    if (text !== "") paragraphs.push(text);
  }
  if (paragraphs.length === 0) throw new Error(`Article "${title}" has no body`);
  return { title, paragraphs };
}

/** Body paragraphs are stored joined by a blank line. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join("\n\n");
}

export function splitParagraphs(body: string): string[] {
  return body.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== "");
}

/** A description for metadata: the first paragraph, cut at a word near `max`. */
export function summarize(body: string, max = 200): string {
  const first = splitParagraphs(body)[0] ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
