"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { HAS_OWN_COMMENTS_COOKIE, OWN_COMMENTS_COOKIE, OWN_COMMENTS_MAX_AGE, withToken } from "@/lib/comments/pending-token";
import { postedMessage, type PostedComment } from "@/lib/comments/form-state";
import { submitComment } from "@/lib/comments/data";
import { commentFormSchema } from "@/lib/comments/validation";
import { env } from "@/lib/env";
import { paths } from "@/lib/site/paths";
import { clientIp } from "@/lib/http/client-ip";
import { publicAction } from "./pipeline";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Posts the comment form (with or without JavaScript). */
export const postCommentAction = publicAction({
  schema: commentFormSchema,
  // A refused comment is shown again as typed.
  echo: (formData) => ({ name: text(formData, "author"), email: text(formData, "email"), website: text(formData, "url"), body: text(formData, "comment") }),
  run: async ({ enhanced, ...input }) => {
    const requestHeaders = await headers();
    const result = await submitComment(input, {
      ip: clientIp(requestHeaders, env.TRUSTED_PROXY_HOPS),
      userAgent: requestHeaders.get("user-agent") ?? "",
    });
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: "fieldErrors" in result ? result.fieldErrors : undefined };

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
    if (!enhanced) redirect(published ? paths.comment(result.articleSlug, result.id) : paths.ownComment(result.articleSlug, result.id));
    const posted: PostedComment = { published, comment: result.comment, parentId: result.comment.parentId };
    return { ok: true, message: postedMessage(published), data: posted };
  },
});
