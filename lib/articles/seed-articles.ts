import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { joinParagraphs, parseArticleSource } from "./parse-article";

const contentDir = path.join(process.cwd(), "prisma", "content");

const indexSchema = z.array(
  z.object({
    file: z.string().regex(/^[\w.-]+\.txt$/),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    publishedAt: z.iso.datetime(),
  }),
);

export type SeedArticle = { slug: string; title: string; body: string; publishedAt: Date };

/** The articles kept in the repository (prisma/content), parsed and ready to store. */
export function loadSeedArticles(dir = contentDir): SeedArticle[] {
  const index = indexSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, "articles.json"), "utf8")));
  return index.map((entry) => {
    const { title, paragraphs } = parseArticleSource(fs.readFileSync(path.join(dir, entry.file), "utf8"));
    return { slug: entry.slug, title, body: joinParagraphs(paragraphs), publishedAt: new Date(entry.publishedAt) };
  });
}
