import { splitLinks } from "@/lib/comments/links";

/**
 * A comment's text, shown as text: blank lines make paragraphs, single line
 * breaks are kept, full http(s) URLs become links. No markup is interpreted.
 */
export function CommentBody({ body }: { body: string }) {
  const paragraphs = body.replace(/\r\n?/g, "\n").split(/\n{2,}/).filter((p) => p.trim() !== "");
  return (
    <div dir="auto" className="isolate-text comment-body">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {splitLinks(paragraph).map((part, i) =>
            part.kind === "link" ? (
              <a key={i} href={part.href} rel="nofollow ugc noopener noreferrer">
                {part.text}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
