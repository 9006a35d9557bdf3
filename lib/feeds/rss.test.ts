import { describe, expect, it } from "vitest";
import { HOSTILE_TEXT, hostileName } from "../../e2e/support/hostile";
import { allElements, child, children, parseXmlStrict, textOnly } from "../testing/strict-xml";
import { renderRss } from "./rss";

// The elements an RSS 2.0 comment feed is made of: anything else in a parsed
// feed was written by a commenter.
const RSS_ELEMENTS = new Set([
  "rss", "channel", "title", "link", "description", "language", "copyright", "lastBuildDate",
  "generator", "docs", "atom:link", "item", "guid", "pubDate", "dc:creator",
]);

const hostileTitle = `]]>]]><x:evil xmlns:x="urn:evil"/><?xml-stylesheet href="x"?> & “quotes” <b>`;

async function feedOf(bodies: string[]) {
  const response = renderRss({
    title: `Comments on “${hostileTitle}”`,
    description: hostileTitle,
    link: "https://news.example/articles/a?x=1&y=<2>",
    selfUrl: `https://news.example/feed.xml?q="a"&b=<c>`,
    items: bodies.map((body, index) => ({
      title: `${hostileName(body, index)} on “${hostileTitle}”`,
      id: `https://news.example/articles/a#comment-${index}`,
      link: `https://news.example/articles/a#comment-${index}`,
      description: body,
      date: new Date(Date.UTC(2026, 0, 1, 0, index)),
      author: hostileName(body, index),
    })),
  });
  expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  return response.text();
}

describe("renderRss", () => {
  it("keeps every hostile comment body and author name as text that a strict XML parser reads back exactly", async () => {
    const xml = await feedOf(HOSTILE_TEXT);
    const document = parseXmlStrict(xml);
    expect(document.doctype).toBeNull();
    expect(document.instructions).toEqual([]);
    const names = new Set(allElements(document.root).map((element) => element.name));
    expect([...names].filter((name) => !RSS_ELEMENTS.has(name))).toEqual([]);

    const channel = child(document.root, "channel");
    expect(textOnly(child(channel, "title"))).toBe(`Comments on “${hostileTitle}”`);
    expect(textOnly(child(channel, "description"))).toBe(hostileTitle);
    expect(child(channel, "atom:link").attributes.href).toBe(`https://news.example/feed.xml?q="a"&b=<c>`);
    const items = children(channel, "item");
    expect(items.map((item) => textOnly(child(item, "description")))).toEqual(HOSTILE_TEXT);
    expect(items.map((item) => textOnly(child(item, "dc:creator")))).toEqual(HOSTILE_TEXT.map(hostileName));
    expect(items.map((item) => textOnly(child(item, "title")))).toEqual(HOSTILE_TEXT.map((body, i) => `${hostileName(body, i)} on “${hostileTitle}”`));
    expect(textOnly(child(items[0]!, "link"))).toBe("https://news.example/articles/a#comment-0");
  });

  it("closes no CDATA section early when a comment holds two terminators", async () => {
    const body = "a ]]> b ]]><script>window.__pwned=1</script>";
    const document = parseXmlStrict(await feedOf([body]));
    const item = child(child(document.root, "channel"), "item");
    expect(allElements(item).map((element) => element.name)).not.toContain("script");
    expect(textOnly(child(item, "description"))).toBe(body);
  });

  it("replaces characters XML cannot carry instead of writing a feed no reader can open", async () => {
    // Refused by validation today; rows stored before that must not break the feed.
    const document = parseXmlStrict(await feedOf(["a\u0001b\uFFFFc\uD800d"]));
    expect(textOnly(child(child(child(document.root, "channel"), "item"), "description"))).toBe("a\uFFFDb\uFFFDc\uFFFDd");
  });
});
