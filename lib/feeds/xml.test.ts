import { describe, expect, it } from "vitest";
import { child, children, parseXmlStrict, textOnly } from "../testing/strict-xml";
import { renderSitemapDocument } from "./sitemap";
import { element, renderXmlDocument } from "./xml";

describe("renderXmlDocument", () => {
  it("reads back text and attributes exactly, line ends, tabs and quotes included", () => {
    const text = "a\r\nb\rc\td  e ]]> <![CDATA[ &amp; \u{1F600}";
    const attribute = `x"y'z\t1\n2\r3 <&>`;
    const document = parseXmlStrict(renderXmlDocument(element("root", { value: attribute }, element("text", {}, text))));
    expect(document.root.attributes.value).toBe(attribute);
    expect(textOnly(child(document.root, "text"))).toBe(text);
  });

  it("refuses element and attribute names that are not XML names (they come from code, never from readers)", () => {
    expect(() => element("a b")).toThrow(/Not an XML name/);
    expect(() => element("a", { "on<x": "1" })).toThrow(/Not an XML name/);
  });
});

describe("renderSitemapDocument", () => {
  it("escapes URLs, which Next's own sitemap writer puts in raw", () => {
    const url = "https://news.example/articles/fish-&-chips?a=<b>";
    const document = parseXmlStrict(
      renderSitemapDocument([{ url, lastModified: new Date("2026-01-02T03:04:05Z"), changeFrequency: "weekly", priority: 0.8 }]),
    );
    expect(document.root.uri).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const entry = children(document.root, "url")[0]!;
    expect(textOnly(child(entry, "loc"))).toBe(url);
    expect(textOnly(child(entry, "lastmod"))).toBe("2026-01-02T03:04:05.000Z");
  });
});
