import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { parseArticleSource } from "../lib/articles/parse-article";

export const seedArticle = {
  slug: "kazakhstan-protests-chinese-influence-xinjiang",
  ...parseArticleSource(fs.readFileSync(path.join(__dirname, "../prisma/content/000_40f642c859bce677.txt"), "utf8")),
};

export const articlePath = `/articles/${seedArticle.slug}`;

/** Fails with axe's own report when the page has any WCAG A/AA violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** Records every request the page makes that is not to this site. */
export function trackForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const own = new URL(baseURL).host;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== own) foreign.push(request.url());
  });
  return foreign;
}
