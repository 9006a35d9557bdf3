import { element, renderXmlDocument } from "./xml";

export type RssItem = { title: string; id: string; link: string; description: string; date: Date; author?: string };

export type RssChannel = {
  title: string;
  description: string;
  /** The page the feed is about. */
  link: string;
  /** The feed's own URL. */
  selfUrl: string;
  language: string;
  /** The publication's name, for the copyright and generator lines. */
  siteName: string;
  items: RssItem[];
};

/**
 * An RSS 2.0 document. Authors go in `dc:creator`, RSS's usual place for a
 * name (`author` is meant to hold an email address, which is never published).
 */
export function renderRssDocument(channel: RssChannel): string {
  const updated = channel.items[0]?.date ?? new Date(0);
  return renderXmlDocument(
    element(
      "rss",
      { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom", "xmlns:dc": "http://purl.org/dc/elements/1.1/" },
      element(
        "channel",
        {},
        element("title", {}, channel.title),
        element("link", {}, channel.link),
        element("description", {}, channel.description),
        element("language", {}, channel.language),
        element("copyright", {}, `© ${channel.siteName}`),
        element("lastBuildDate", {}, updated.toUTCString()),
        element("generator", {}, channel.siteName),
        element("docs", {}, "https://validator.w3.org/feed/docs/rss2.html"),
        element("atom:link", { href: channel.selfUrl, rel: "self", type: "application/rss+xml" }),
        ...channel.items.map((item) =>
          element(
            "item",
            {},
            element("title", {}, item.title),
            element("link", {}, item.link),
            element("guid", { isPermaLink: "false" }, item.id),
            element("pubDate", {}, item.date.toUTCString()),
            element("description", {}, item.description),
            item.author === undefined ? null : element("dc:creator", {}, item.author),
          ),
        ),
      ),
    ),
  );
}
