"use server";

import { setCommentsOpen } from "@/lib/articles/admin-data";
import { setCommentsOpenSchema } from "@/lib/articles/validation";
import { adminAction } from "./pipeline";

/** Opens or closes comments on one article; its public page is refreshed by the article.changed event. */
export const setCommentsOpenAction = adminAction({
  schema: setCommentsOpenSchema,
  refresh: true,
  run: async ({ slug, open }) => {
    const title = await setCommentsOpen(slug, open);
    if (title === null) return { ok: false, message: "That article no longer exists." };
    return { ok: true, message: `Comments ${open ? "opened" : "closed"} on “${title}”.` };
  },
});
