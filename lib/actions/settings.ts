"use server";

import { updateSettings } from "@/lib/settings/data";
import { updateSettingsSchema } from "@/lib/settings/validation";
import { formText } from "./form-input";
import { adminAction } from "./pipeline";

/** Saves the discussion settings; the settings.changed event refreshes every article page. */
export const updateSettingsAction = adminAction({
  schema: updateSettingsSchema,
  refresh: true,
  echo: formText,
  run: async (input) => {
    await updateSettings(input);
    return { ok: true, message: "Settings saved. They apply to the next comment posted." };
  },
});
