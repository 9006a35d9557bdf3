import "server-only";
import { renderRssDocument, type RssChannel } from "./rss-document";
import { site } from "@/lib/site/site";

/** An RSS 2.0 response; every field is written as text (lib/feeds/xml.ts). */
export function renderRss(channel: Omit<RssChannel, "language" | "siteName">): Response {
  return new Response(renderRssDocument({ ...channel, language: site.language, siteName: site.name }), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
