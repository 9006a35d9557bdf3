import { z } from "zod";

// Sign-in checks only the shape: telling someone "passwords are at least 12
// characters" on a failed sign-in would hint at why it failed. The email must
// look like one (the same rule as lib/users/validation.ts): no account has any
// other, and a value with a newline in it never reaches a log line.
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "Enter your email address.")
    .pipe(z.email({ pattern: z.regexes.html5Email, error: "Enter an email address like name@example.com." })),
  password: z.string().min(1, "Enter your password.").max(1024, "Enter your password."),
});
export type SignInInput = z.infer<typeof signInSchema>;

// The same words for an unknown email and a wrong password: the form must not
// reveal which addresses have accounts.
export const INVALID_SIGN_IN = "That email and password do not match an account.";

export function lockedMessage(wait: string): string {
  return `Too many failed sign-ins. Wait ${wait} and try again.`;
}
