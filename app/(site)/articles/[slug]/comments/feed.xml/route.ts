import { commentFeed } from "@/lib/feeds/comment-feed";
import { getArticle } from "@/lib/articles/data";

export const dynamic = "force-static";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return commentFeed(article);
}
