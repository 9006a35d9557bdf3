import { z } from "zod";

// Sign-in checks only the shape: telling someone "passwords are at least 12
// characters" on a failed sign-in would hint at why it failed.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email address.").max(254, "Enter your email address."),
  password: z.string().min(1, "Enter your password.").max(1024, "Enter your password."),
});
export type SignInInput = z.infer<typeof signInSchema>;

// The same words for an unknown email and a wrong password: the form must not
// reveal which addresses have accounts.
export const INVALID_SIGN_IN = "That email and password do not match an account.";

export function lockedMessage(wait: string): string {
  return `Too many failed sign-ins. Wait ${wait} and try again.`;
}
