"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { HAS_OWN_COMMENTS_COOKIE, OWN_COMMENTS_COOKIE, OWN_COMMENTS_MAX_AGE, withToken } from "../comments/pending-token";
import { postedMessage, type CommentFormState } from "../comments/form-state";
import { submitComment } from "@/lib/comments/data";
import { env } from "../env";
import { paths } from "@/lib/site/paths";
import { clientIp } from "@/lib/http/client-ip";

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Posts the comment form (with or without JavaScript). */
export async function postCommentAction(previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const requestHeaders = await headers();
  const values = { name: text(formData, "author"), email: text(formData, "email"), website: text(formData, "url"), body: text(formData, "comment") };
  const parent = text(formData, "comment_parent");
  const result = await submitComment(
    { article: text(formData, "article"), parent: parent === "0" ? "" : parent, trap: text(formData, "company"), ...values },
    {
      ip: clientIp(requestHeaders, env.TRUSTED_PROXY_HOPS),
      userAgent: requestHeaders.get("user-agent") ?? "",
    },
  );
  const submission = previous.submission + 1;
  if (!result.ok) {
    return { status: "error", submission, message: result.message, fieldErrors: "fieldErrors" in result ? result.fieldErrors : {}, values };
  }

  const jar = await cookies();
  jar.set(OWN_COMMENTS_COOKIE, withToken(jar.get(OWN_COMMENTS_COOKIE)?.value, result.id), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.SITE_URL.startsWith("https:"),
    maxAge: OWN_COMMENTS_MAX_AGE,
    path: "/",
  });
  // A hint for the page's script (no secret in it): only browsers that have
  // posted ask the server for their own held comments.
  jar.set(HAS_OWN_COMMENTS_COOKIE, "1", { sameSite: "lax", maxAge: OWN_COMMENTS_MAX_AGE, path: "/" });

  const published = result.status === "approved";
  // Without JavaScript the browser follows a redirect to the comment's anchor;
  // a held comment is shown on a per-visitor page, the static article stays shared.
  if (text(formData, "js") !== "1") {
    redirect(published ? `${paths.article(result.articleSlug)}#comment-${result.id}` : `${paths.article(result.articleSlug)}/comment/${result.id}#comment-${result.id}`);
  }
  return {
    status: "posted",
    submission,
    published,
    message: postedMessage(published),
    comment: result.comment,
    parentId: result.comment.parentId,
  };
}
