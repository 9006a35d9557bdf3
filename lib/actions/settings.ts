"use server";

import { revalidatePath } from "next/cache";
import { updateSettings } from "@/lib/settings/data";
import { isUnauthorizedError } from "@/lib/auth/session";
import { updateSettingsSchema } from "@/lib/settings/validation";
import { invalidForm, unauthorizedForm, type FormState } from "./result";

const FIELDS = [
  "holdAll",
  "requirePriorApproval",
  "linkLimit",
  "moderationWords",
  "disallowedWords",
  "floodSeconds",
  "threadDepth",
  "commentsPerPage",
  "closeAfterDays",
] as const;

/** Saves the discussion settings; every public article page is refreshed, since they show threads by these rules. */
export async function updateSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const submitted: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") submitted[field] = value;
  }
  const parsed = updateSettingsSchema.safeParse(submitted);
  if (!parsed.success) return invalidForm(parsed.error, submitted);
  try {
    await updateSettings(parsed.data);
  } catch (error) {
    if (isUnauthorizedError(error)) return unauthorizedForm(error);
    throw error;
  }
  revalidatePath("/dashboard/settings");
  return { ok: true, message: "Settings saved. They apply to the next comment posted." };
}
