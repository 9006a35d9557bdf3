import { commentFeed } from "@/lib/feeds/comment-feed";

// Static, made stale by the cache consumer whenever a comment is published,
// edited or removed.
export const dynamic = "force-static";

export async function GET() {
  return commentFeed();
}
