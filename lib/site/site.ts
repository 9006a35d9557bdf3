import "server-only";
import { env } from "@/lib/env";

/** Public facts about the publication, and the URLs built from them. */
export const site = {
  name: env.SITE_NAME,
  url: env.SITE_URL,
  description: "Independent reporting, and a comment section worth reading.",
  language: "en",
};

export function absoluteUrl(pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
