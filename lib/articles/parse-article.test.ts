import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { joinParagraphs, parseArticleSource, splitParagraphs, summarize } from "./parse-article";
import { loadSeedArticles } from "./seed-articles";

const seed = fs.readFileSync(path.join(__dirname, "../../prisma/content/000_40f642c859bce677.txt"), "utf8");

describe("parseArticleSource", () => {
  it("takes the first line as the headline and stops the body at 'Leave a Reply'", () => {
    const article = parseArticleSource(seed);
    expect(article.title).toBe("Kazakhstan sees protests over Chinese influence and Xinjiang atrocities");
    expect(article.paragraphs).toHaveLength(15);
    expect(article.paragraphs[0]).toMatch(/^People in cities across Kazakhstan/);
    expect(article.paragraphs.at(-1)).toMatch(/Uyghurs living in Xinjiang\.$/);
    expect(article.paragraphs.join("\n")).not.toContain("Leave a Reply");
    expect(article.paragraphs.join("\n")).not.toContain("Your email address will not be published");
  });

  it("keeps the text word for word, typos included", () => {
    const body = parseArticleSource(seed).paragraphs.join("\n");
    expect(body).toContain("with cities in thr region being key centers");
    expect(body).toContain("government’s decision");
  });

  it("accepts Windows line endings and refuses an empty source", () => {
    expect(parseArticleSource("Title\r\n\r\nOne.\r\n\r\nTwo.\r\n").paragraphs).toEqual(["One.", "Two."]);
    expect(() => parseArticleSource("  \n\n")).toThrow(/empty/);
    expect(() => parseArticleSource("Only a title\n\nLeave a Reply\n")).toThrow(/no body/);
  });
});

describe("paragraph storage", () => {
  it("round-trips paragraphs through the stored body", () => {
    const paragraphs = ["First.", "Second, with “quotes”.", "Third."];
    expect(splitParagraphs(joinParagraphs(paragraphs))).toEqual(paragraphs);
  });

  it("summarizes with the first paragraph, cut at a word", () => {
    expect(summarize("Short first.\n\nSecond.")).toBe("Short first.");
    const long = `${"word ".repeat(60)}end`;
    const summary = summarize(long, 50);
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary.endsWith("word…")).toBe(true);
  });
});

describe("loadSeedArticles", () => {
  it("loads the repository's articles with their slugs and dates", () => {
    const [first] = loadSeedArticles(path.join(__dirname, "../../prisma/content"));
    expect(first?.slug).toBe("kazakhstan-protests-chinese-influence-xinjiang");
    expect(first?.body.split("\n\n")).toHaveLength(15);
    expect(first?.publishedAt.toISOString()).toBe("2026-11-27T09:00:00.000Z");
  });
});
