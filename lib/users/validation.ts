import { z } from "zod";

export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES, { error: "Choose admin or editor." });

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "Email addresses are at most 254 characters.")
  // The HTML form's own rule, which also accepts local hosts (admin@localhost).
  .pipe(z.email({ pattern: z.regexes.html5Email, error: "Enter an email address like name@example.com." }));

// Long passphrases are welcome; the upper bound only keeps hashing cheap to refuse.
export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

export const nameSchema = z.string().trim().max(100, "Names are at most 100 characters.").default("");

/** A name shown to the public (staff replies): required, and never an email address. */
export const publicNameSchema = z
  .string({ error: "Enter a display name." })
  .trim()
  .min(1, "Enter a display name: it signs this person's replies to readers.")
  .max(100, "Names are at most 100 characters.")
  .refine((name) => !name.includes("@"), "A display name is shown to readers, so it cannot be an email address.");

export function isPublicName(name: string): boolean {
  return publicNameSchema.safeParse(name).success;
}

/** What an admin (or `npm run user:create`) gives to create or update an account. */
export const upsertUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema.default("editor"),
  name: nameSchema,
});
export type UpsertUserInput = z.infer<typeof upsertUserSchema>;

/** Accounts made from now on sign staff replies, so they need a display name. */
export const createUserSchema = upsertUserSchema.extend({ name: publicNameSchema });

export const renameUserSchema = z.object({ userId: z.coerce.number({ error: "Unknown user." }).int().positive("Unknown user."), name: publicNameSchema });

export const userIdSchema = z.coerce.number({ error: "Unknown user." }).int().positive("Unknown user.");

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });

export const setDisabledSchema = z.object({
  userId: userIdSchema,
  disabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const resetPasswordSchema = z.object({ userId: userIdSchema });

/** "Choose a new password": the new one twice, so a typo cannot lock the person out. */
export const choosePasswordSchema = z
  .object({
    password: passwordSchema,
    confirm: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((input) => input.password === input.confirm, { path: ["confirm"], message: "The two passwords do not match." });
export type ChoosePasswordInput = z.infer<typeof choosePasswordSchema>;
