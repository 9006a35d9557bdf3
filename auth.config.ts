import type { NextAuthConfig, Session } from "next-auth";
import { env } from "@/lib/env";
import { logValue } from "@/lib/http/log";
import { paths } from "@/lib/site/paths";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { roleSchema } from "@/lib/users/validation";
import { verifiedSessionVersion } from "@/lib/auth/session-refresh";

// The part of the Auth.js configuration without database access, shared by
// proxy.ts (a quick signed-in check) and lib/auth/auth.ts (the real sign-in).

const secureCookies = env.SITE_URL.startsWith("https://");

export const authConfig = {
  secret: env.AUTH_SECRET,
  // Auth.js builds its own URLs from AUTH_URL (scripts/start.mjs sets it to
  // SITE_URL); every redirect it makes for us goes through `redirect` below,
  // which keeps only a same-origin path, so a spoofed Host header cannot pick
  // where anyone is sent.
  trustHost: true,
  basePath: "/api/auth",
  pages: { signIn: paths.signIn, error: paths.signIn },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12, updateAge: 60 * 60 },
  // HttpOnly and SameSite=Lax are Auth.js's defaults for the session cookie;
  // Secure (and the __Secure- prefix) whenever the site is served over https.
  useSecureCookies: secureCookies,
  providers: [],
  callbacks: {
    jwt({ token, user, trigger, session }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      if (trigger === "update") {
        const refreshed = verifiedSessionVersion(env.AUTH_SECRET, token.uid, (session as Partial<Session> | undefined)?.refresh);
        if (refreshed !== null) token.sv = refreshed;
      }
      return token;
    },
    session({ session, token }) {
      const role = roleSchema.safeParse(token.role);
      session.user.id = token.uid ?? "";
      session.user.role = role.success ? role.data : "editor";
      session.user.sessionVersion = token.sv ?? -1;
      return session;
    },
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path, paths.dashboard)}`;
    },
  },
  logger: {
    // Auth.js logs a stack trace for every failed sign-in; failures are
    // expected and logged by the throttle, so only other errors are kept.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      // A forged, tampered or old-secret cookie: refused, worth one line.
      if (type === "JWTSessionError") return console.warn("[auth] refused a session cookie that does not decrypt");
      // Auth.js builds some messages from the request (a callback URL, a
      // provider id), so they are quoted like any reader input.
      console.error(`[auth] ${type ?? error.name}: ${logValue(error.message)}`);
    },
    warn(code) {
      console.warn(`[auth] warning: ${logValue(code)}`);
    },
    debug() {},
  },
} satisfies NextAuthConfig;
