import { cookies } from "next/headers";
import { OWN_COMMENTS_COOKIE, ownedIds } from "@/lib/comments/pending-token";
import { listOwnPendingComments } from "@/lib/comments/data";

// The caller's own held comments on an article: the signed cookie is the
// only proof accepted, so nobody else's pending comment is reachable here.
export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get("article") ?? "";
  const ids = ownedIds((await cookies()).get(OWN_COMMENTS_COOKIE)?.value);
  const comments = slug ? await listOwnPendingComments(slug, ids) : [];
  return Response.json({ comments }, { headers: { "Cache-Control": "private, no-store" } });
}
