import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./auth.config";

// A quick check that sends signed-out visitors to the sign-in page. It is a
// convenience, never the defence: every dashboard page, action and route
// handler checks the session again in lib/ (lib/auth/session.ts), which also
// catches what this cannot see (disabled users, signed-out session versions).
const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const signIn = request.nextUrl.clone();
  signIn.pathname = "/sign-in";
  signIn.search = new URLSearchParams({ callbackUrl: `${request.nextUrl.pathname}${request.nextUrl.search}` }).toString();
  return NextResponse.redirect(signIn);
});

export const config = { matcher: ["/dashboard", "/dashboard/:path*"] };
