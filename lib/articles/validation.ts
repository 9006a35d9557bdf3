import { z } from "zod";

export const setCommentsOpenSchema = z.object({
  slug: z.string().min(1).max(200),
  open: z.enum(["true", "false"]).transform((value) => value === "true"),
});
