import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { sign, verify } from "@/lib/auth/secrets";
import type { ActionResult } from "@/lib/actions/result";
import { paths } from "@/lib/site/paths";

// The outcome of a form posted without JavaScript, shown on the page it
// redirects to. It travels in a short-lived signed cookie, and the URL only
// names which one (`?flash=<id>`): a crafted link can neither write text on
// an editor's screen nor fill the Undo button with ids of its choosing.

const COOKIE = "newsroom-flash";
const MAX_AGE_SECONDS = 120;

const flashSchema = z.object({
  id: z.string().regex(/^[a-f0-9]{16}$/),
  ok: z.boolean(),
  message: z.string().max(500),
  undo: z.array(z.number().int().positive()).max(1000),
  /** Shown once after admins reset their own password. */
  oneTimePassword: z.string().max(100).optional(),
});

export type Flash = z.infer<typeof flashSchema>;

/** Stores the outcome (from a server action) and returns the id to put in the URL. */
export async function setFlash(flash: Omit<Flash, "id">): Promise<string> {
  const id = randomBytes(8).toString("hex");
  const value = JSON.stringify({ ...flash, id });
  const jar = await cookies();
  jar.set(COOKIE, `${Buffer.from(value).toString("base64url")}.${sign("flash", value)}`, {
    httpOnly: true,
    sameSite: "lax",
    path: paths.dashboard,
    maxAge: MAX_AGE_SECONDS,
    secure: process.env.NODE_ENV === "production" && (process.env.SITE_URL ?? "").startsWith("https:"),
  });
  return id;
}

/** The outcome with this id, if the cookie holds it and its signature is ours. */
export async function readFlash(id: string | undefined): Promise<Flash | null> {
  if (!id) return null;
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const [encoded, signature] = raw.split(".");
  if (!encoded || !signature) return null;
  const value = Buffer.from(encoded, "base64url").toString("utf8");
  if (!verify("flash", value, signature)) return null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(value));
    return parsed.success && parsed.data.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A flash as the result its action gave, for the same status and notice components. */
export function flashResult(flash: Flash): ActionResult<{ oneTimePassword?: string }> {
  return {
    status: flash.ok ? "ok" : "error",
    message: flash.message,
    fieldErrors: {},
    data: { oneTimePassword: flash.oneTimePassword },
    submission: 1,
  };
}
