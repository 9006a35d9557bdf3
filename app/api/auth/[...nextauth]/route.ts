import { handlers } from "@/lib/auth/auth";

// Auth.js's own endpoints (session, CSRF token, sign-out, credentials
// callback). The credentials callback is throttled inside lib/auth/auth.ts.
export const { GET, POST } = handlers;
