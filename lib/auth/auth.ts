import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "../../auth.config";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { throttledSignIn } from "./throttle";
import { describeWait } from "./throttle-rules";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { signInSchema } from "./validation";
import { roleSchema } from "@/lib/users/validation";

/** A failed sign-in; `code` is "credentials" (wrong email or password alike) or "locked". */
export class SignInLocked extends CredentialsSignin {
  override code = "locked";
  constructor(public readonly wait: string) {
    super();
  }
}

// The Credentials provider is reachable both from the sign-in server action
// and by a direct POST to /api/auth/callback/credentials, so the throttle
// lives here, where both paths pass.
async function authorize(raw: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request.headers, env.TRUSTED_PROXY_HOPS);

  // The attempt is reserved before the password is checked (lib/auth/throttle.ts),
  // so parallel guesses cost at most what the limits allow.
  const outcome = await throttledSignIn(email, ip, async () => {
    const db = await getDb();
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, passwordHash: true },
    });
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    const role = roleSchema.safeParse(user?.role);
    if (!user || !ok || user.disabled || !role.success) return null;
    return { id: String(user.id), email: user.email, name: user.name, role: role.data, sessionVersion: user.sessionVersion };
  });
  if (outcome.ok) return outcome.value;
  if (outcome.locked) throw new SignInLocked(describeWait(outcome.retryAfterMs));
  return null;
}

export const { handlers, auth, signIn, signOut, unstable_update: updateSession } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize,
    }),
  ],
});
