// Text as the word lists see it: case, Unicode compatibility forms and
// invisible characters cannot be used to slip a word past a list.

// Zero-width and formatting characters: ZWSP, ZWNJ, ZWJ, word joiner, BOM,
// soft hyphen, bidi controls, Mongolian vowel separator, combining grapheme joiner.
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const COMBINING_MARKS = /\p{M}+/gu;

export function normalizeForMatching(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** The first listed word found in any of the fields, or null. */
export function findListedWord(words: string[], fields: string[]): string | null {
  const haystacks = fields.map(normalizeForMatching);
  for (const word of words) {
    const needle = normalizeForMatching(word).trim();
    if (needle === "") continue;
    if (haystacks.some((text) => text.includes(needle))) return word.trim();
  }
  return null;
}
