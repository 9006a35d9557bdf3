import { commentFeed } from "@/lib/feeds/comment-feed";
import { readArticle } from "@/lib/cache/public-reads";

export const dynamic = "force-static";

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = await readArticle((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  return commentFeed(article);
}
