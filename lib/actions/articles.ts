"use server";

import { revalidatePath } from "next/cache";
import { setCommentsOpen } from "@/lib/articles/admin-data";
import { isUnauthorizedError } from "@/lib/auth/session";
import { setCommentsOpenSchema } from "@/lib/articles/validation";
import { invalidForm, unauthorizedForm, type FormState } from "./result";

/** Opens or closes comments on one article; its public page is refreshed at once. */
export async function setCommentsOpenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setCommentsOpenSchema.safeParse({ slug: formData.get("slug"), open: formData.get("open") });
  if (!parsed.success) return invalidForm(parsed.error);
  let title: string | null;
  try {
    title = await setCommentsOpen(parsed.data.slug, parsed.data.open);
  } catch (error) {
    if (isUnauthorizedError(error)) return unauthorizedForm(error);
    throw error;
  }
  if (title === null) return { ok: false, message: "That article no longer exists." };
  revalidatePath("/dashboard/articles");
  return { ok: true, message: `Comments ${parsed.data.open ? "opened" : "closed"} on “${title}”.` };
}
