import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/users/validation";

// What the Credentials provider returns and the JWT carries. The data layer
// trusts none of it beyond the user id and session version: it re-reads the
// user (role, disabled) on every request.
declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number } & DefaultSession["user"];
    /** Only in an update: a signed move to a new session version (lib/auth/session-refresh.ts). */
    refresh?: unknown;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
  }
}
