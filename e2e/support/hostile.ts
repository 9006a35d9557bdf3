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
];

/** Refused by the server, each with the field and the message a person sees. */
export const REFUSED_INPUT: { patch: Record<string, string>; field: string; message: RegExp }[] = [
  { patch: { website: "javascript:alert(1)" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { website: "data:text/html,<script>alert(1)</script>" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { website: "JaVaScRiPt:alert(1)" }, field: "website", message: /http:\/\/ or https:\/\// },
  { patch: { body: "nul\u0000byte" }, field: "body", message: /control characters/ },
  { patch: { body: "lone \uD800 surrogate" }, field: "body", message: /cannot be shown/ },
  { patch: { email: "a@example.org\r\nBcc: b@example.org" }, field: "email", message: /single line/ },
  { patch: { name: "\u202Eevil" }, field: "name", message: /text-direction/ },
  { patch: { name: "x".repeat(246) }, field: "name", message: /245/ },
  { patch: { body: "x".repeat(65_526) }, field: "body", message: /65,525/ },
  { patch: { body: "A".repeat(100_000) }, field: "body", message: /65,525/ },
];
