import { SaxesParser } from "saxes";

// A strict reader for the XML the site serves, for tests only. saxes checks
// XML 1.0 well-formedness and namespaces as the specification states them (a
// stray "]]>" in text, an undefined entity, an illegal character, a second
// root all fail), unlike fast-xml-parser's validator, which accepts all four.
// A feed reader that is stricter than the site's own tests is a feed reader
// that shows an error page instead of the news.

export type XmlNode = XmlElement | string;

export type XmlElement = {
  /** The qualified name as written, e.g. "dc:creator". */
  name: string;
  /** The namespace URI the name resolves to ("" for none). */
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
};

export type XmlDocument = {
  root: XmlElement;
  /** Processing instructions anywhere, other than the XML declaration. */
  instructions: string[];
  doctype: string | null;
};

/** Parses `xml` or throws on the first well-formedness or namespace error. */
export function parseXmlStrict(xml: string): XmlDocument {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const instructions: string[] = [];
  let doctype: string | null = null;
  let root: XmlElement | null = null;
  let failure: Error | null = null;

  const appendText = (text: string) => {
    const parent = stack.at(-1);
    // Whitespace between top-level nodes is not content.
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };

  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("doctype", (value) => {
    doctype = value;
  });
  parser.on("processinginstruction", ({ target, body }) => {
    instructions.push(`${target} ${body}`.trim());
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const node: XmlElement = { name: tag.name, uri: tag.uri, attributes, children: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", appendText);
  parser.on("cdata", appendText);

  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error("No root element.");
  return { root, instructions, doctype };
}

/** Every element in document order, the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [root];
  for (const child of root.children) if (typeof child !== "string") out.push(...allElements(child));
  return out;
}

/** The element's text, provided it holds text only (throws on a child element). */
export function textOnly(node: XmlElement): string {
  const elements = node.children.filter((child) => typeof child !== "string");
  if (elements.length > 0) throw new Error(`<${node.name}> holds elements: ${elements.map((e) => `<${e.name}>`).join(", ")}`);
  return node.children.join("");
}

/** The first child element called `name`; throws when there is none. */
export function child(node: XmlElement, name: string): XmlElement {
  const found = node.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** Every child element called `name`. */
export function children(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}
