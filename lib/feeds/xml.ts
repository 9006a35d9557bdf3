// The one XML writer for everything the site serves as XML (the RSS feeds in
// lib/feeds/rss.ts, the sitemap in lib/feeds/sitemap.ts).
//
// Reader text is written as escaped character data, never as CDATA: a CDATA
// section ends at the first "]]>", so any writer that wraps reader text in
// one must split every occurrence, and the `feed` package this replaces split
// only the first (issue 8), which let a comment with two close the section
// and add elements to the feed. Escaped text has no terminator to forge.

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference:
 * C0 controls other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF.
 * Comment validation refuses them (lib/comments/validation.ts); this is the
 * last line for text stored before that, so a feed stays well-formed.
 */
const NOT_AN_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// ">" only matters in "]]>", but escaping every one is simpler to trust.
// A literal CR would reach readers as LF (XML normalises line ends), so it
// goes as a reference; in attributes, tab and LF would become spaces.
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** `value` as XML character data that any conforming parser reads back exactly. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_AN_XML_CHAR, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** `value` as the inside of a double-quoted XML attribute, read back exactly. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_AN_XML_CHAR, "\uFFFD").replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

export type XmlChild = XmlElement | string | null | undefined | false;

export type XmlElement = {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlChild[];
};

// Names come from this codebase, never from readers; a bad one is a bug.
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

/** An element; `undefined` attributes and empty children are left out. */
export function element(name: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlElement {
  for (const key of [name, ...Object.keys(attributes)]) {
    if (!NAME.test(key)) throw new Error(`Not an XML name: ${JSON.stringify(key)}`);
  }
  return { name, attributes, children };
}

function write(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join("");
  const children = node.children.filter((child): child is XmlElement | string => child !== null && child !== undefined && child !== false);
  if (children.length === 0) return `${indent}<${node.name}${attributes}/>`;
  // Elements holding text are written on one line, so no indentation is
  // added to the text; only element-only content is laid out.
  if (children.some((child) => typeof child === "string")) {
    const inner = children.map((child) => (typeof child === "string" ? escapeXmlText(child) : write(child, ""))).join("");
    return `${indent}<${node.name}${attributes}>${inner}</${node.name}>`;
  }
  const inner = children.map((child) => (typeof child === "string" ? escapeXmlText(child) : write(child, `${indent}  `))).join("\n");
  return `${indent}<${node.name}${attributes}>\n${inner}\n${indent}</${node.name}>`;
}

/** A whole UTF-8 XML document with `root` as its only element. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, "")}\n`;
}
