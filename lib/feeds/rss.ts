import "server-only";
import { Feed } from "feed";
import { site } from "@/lib/site/site";

type FeedItem = { title: string; id: string; link: string; description: string; content?: string; date: Date; author?: string };

/**
 * Builds an RSS 2.0 document with the `feed` library, which escapes every
 * field: reader-supplied comment text can never become markup in a feed.
 */
export function renderRss(options: { title: string; description: string; selfUrl: string; link: string; items: FeedItem[] }): Response {
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: options.link,
    link: options.link,
    language: site.language,
    copyright: `© ${site.name}`,
    updated: options.items[0]?.date ?? new Date(0),
    feedLinks: { rss: options.selfUrl },
    generator: site.name,
  });
  for (const item of options.items) {
    feed.addItem({
      title: item.title,
      id: item.id,
      link: item.link,
      description: item.description,
      content: item.content,
      date: item.date,
      author: item.author ? [{ name: item.author }] : undefined,
    });
  }
  return new Response(feed.rss2(), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
