import "server-only";
import { readLatestComments } from "@/lib/cache/public-reads";
import { renderRss } from "./rss";
import { paths } from "@/lib/site/paths";
import { absoluteUrl, site } from "@/lib/site/site";

/** RSS of the latest approved comments, site-wide or for one article. */
export async function commentFeed(article?: { id: number; slug: string; title: string }): Promise<Response> {
  const comments = await readLatestComments({ articleId: article?.id, take: 50 });
  return renderRss({
    title: article ? `Comments on “${article.title}”` : `${site.name}: comments`,
    description: article ? `The latest comments on “${article.title}”.` : `The latest comments on ${site.name}.`,
    link: absoluteUrl(article ? paths.article(article.slug) : paths.home),
    selfUrl: absoluteUrl(article ? paths.articleCommentsFeed(article.slug) : paths.commentsFeed),
    items: comments.map((comment) => ({
      title: `${comment.authorName} on “${comment.articleTitle}”`,
      id: absoluteUrl(paths.comment(comment.articleSlug, comment.id)),
      link: absoluteUrl(paths.comment(comment.articleSlug, comment.id)),
      description: comment.body,
      date: new Date(comment.createdAt),
      author: comment.authorName,
    })),
  });
}
