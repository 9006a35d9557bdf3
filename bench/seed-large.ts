// Large data for the benchmarks, written straight into DATABASE_URL (which
// must already be migrated and seeded with the articles, e.g. by `npm start`
// or `npm run db:deploy && npm run db:seed`).
//
//   tsx bench/seed-large.ts                       200 approved comments on the first article
//   tsx bench/seed-large.ts --comments 500        another count
//   tsx bench/seed-large.ts --bulk 100000         100,000 comments across 100 new articles
//                                                 (85% approved, 10% pending, 4% spam, 1% trash)
//
// The 200-comment thread mirrors ../shared/bench/wordpress/setup.sh: a fixed
// PRNG, the same name and sentence pools, ~35% replies up to depth 4,
// comments ~37 minutes apart. Existing comments on that article are replaced.
import { authorKey } from "../lib/comments/author-key";
import type { CommentStatus } from "../lib/moderation/transitions";
import { DEFAULT_DATABASE_URL } from "../lib/db/config";
import { resetIdSequences } from "../lib/db/copy";
import { createPrismaClient, type Db } from "../lib/db/prisma-client";

const FIRST = ["Aigerim", "Nurlan", "Dana", "Yerlan", "Madina", "Askar", "Zhanna", "Timur", "Gulnara", "Bekzat", "Saule", "Arman",
  "Alia", "Daniyar", "Kamila", "Rustam", "Anna", "Mark", "Sofia", "James", "Li", "Mei", "Omar", "Fatima", "Ivan", "Olga",
  "Pierre", "Claire", "Hans", "Ingrid", "Carlos", "Lucia", "Kenji", "Yuki", "Amir", "Leila", "Tom", "Sarah", "David", "Nina"];
const LAST = ["Abenova", "Nurpeisov", "Serikbayeva", "Tokayev", "Zhumabekova", "Kassymov", "Bekova", "Ospanov", "Smith", "Chen",
  "Haddad", "Petrov", "Dubois", "Müller", "García", "Tanaka", "Rahimi", "Walker", "Kowalski", "O’Brien"];
const OPEN = ["Thank you for this article.", "This is an important report.", "I have family in Almaty and can confirm this.",
  "Interesting piece, but I think it misses some context.", "Finally someone is writing about this.",
  "As someone who grew up in Kazakhstan, this hits close to home.", "Good overview.", "I disagree with part of this.",
  "Great reporting.", "Sad to read, but not surprising."];
const MID = ["The Belt and Road investments bring jobs on paper, but most of them go to workers brought in from China.",
  "The 2016 Land Code protests were the first time I saw so many people in the streets of Atyrau.",
  "What happens in Xinjiang affects every Kazakh family with relatives across the border.",
  "The government has to balance Russia, China and its own people, and that is not easy.",
  "Repatriated Kazakhs, the oralmans, often still have parents and siblings in Ili prefecture.",
  "Dependence on one creditor is never healthy for a small economy.",
  "I wish the article had quoted some of the protesters directly.",
  "The re-education camp testimonies from Atajurt volunteers are documented and consistent.",
  "Economic ties are not the same thing as political loyalty.",
  "Local media barely covered the demonstrations in Zhanaozen.",
  "Dual citizenship is not allowed in Kazakhstan, which makes the family situation even harder.",
  "Factories could be good if they hired locally and followed environmental rules.",
  "People are not against China, they are against the lack of transparency in these deals.",
  "The Silk Road history is a nice story, but today the trade is very one-sided.",
  "Some of the 55 factories were announced years ago and never built.",
  "We should hear more from the people who returned from the camps.",
  "Protests in Nur-Sultan ended with dozens of detentions, as usual.",
  "Uyghur exiles in Almaty have been saying this for years.",
  "It is hard to verify numbers coming out of Xinjiang, but satellite images speak for themselves.",
  "Kyrgyzstan saw very similar protests in the same year."];
const CLOSE = ["Thanks for writing.", "Let us see what happens next.", "Stay safe everyone.", "Keep reporting on this, please.",
  "More people need to read this.", "", "", ""];
const REPLY_OPEN = ["I agree.", "Not quite.", "Exactly this.", "Good point.", "Source?", "Well said."];
const AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
const SECRET = process.env.AUTH_SECRET ?? "development-only-secret-do-not-use-in-production";

/** mulberry32: small, fast and deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = {
  id: number;
  articleId: number;
  parentId: number | null;
  rootId: number | null;
  depth: number;
  authorName: string;
  authorEmail: string;
  authorWebsite: string | null;
  authorKey: string;
  body: string;
  status: CommentStatus;
  reasons: string;
  ip: string;
  userAgent: string;
  createdAt: Date;
  updatedAt: Date;
};

function ascii(text: string): string {
  return text.normalize("NFD").replace(/[^a-zA-Z]/g, "").toLowerCase();
}

/** A thread of comments like a real discussion, with explicit ids so replies can point at parents. */
function makeThread(articleId: number, firstId: number, count: number, seed: number, start: Date, status: () => CommentStatus): Row[] {
  const random = prng(seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: Row[] = [];
  const keys = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${first} ${last}`;
    const email = `${ascii(first)}.${ascii(last)}@example.com`;
    let parent: Row | undefined;
    if (n > 3 && random() < 0.35) {
      const candidates = rows.slice(-15).filter((row) => row.depth < 4 && row.status === "approved");
      if (candidates.length > 0) parent = pick(candidates);
    }
    const middle = [...MID].sort(() => random() - 0.5);
    let body = [pick(OPEN), ...middle.slice(0, 1 + Math.floor(random() * 3))].join(" ");
    if (random() < 0.2) body += `\n\n${middle[4]}`;
    const close = pick(CLOSE);
    if (close) body += ` ${close}`;
    if (parent) body = `${pick(REPLY_OPEN)} ${body}`;
    const at = new Date(start.getTime() + n * 2_237_000 + Math.floor(random() * 600_000));
    const key = keys.get(name + email) ?? authorKey(name, email, SECRET);
    keys.set(name + email, key);
    const rowStatus = parent ? "approved" : status();
    rows.push({
      id: firstId + n,
      articleId,
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 1,
      authorName: name,
      authorEmail: email,
      authorWebsite: random() < 0.25 ? `https://example.org/~${ascii(first)}` : null,
      authorKey: key,
      body,
      status: rowStatus,
      reasons: rowStatus === "pending" ? JSON.stringify([{ rule: "first-comment", detail: "" }]) : "[]",
      ip: `192.0.2.${1 + (n % 250)}`,
      userAgent: AGENT,
      createdAt: at,
      updatedAt: at,
    });
  }
  return rows;
}

async function nextCommentId(db: Db): Promise<number> {
  const newest = await db.comment.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return (newest?.id ?? 0) + 1;
}

async function insert(db: Db, rows: Row[]): Promise<void> {
  // 1,000 rows × 16 columns stays under SQLite's 32,766 bound parameters.
  for (let i = 0; i < rows.length; i += 1_000) await db.comment.createMany({ data: rows.slice(i, i + 1_000) });
}

async function seedArticleThread(db: Db, count: number): Promise<void> {
  const slug = option("--article");
  const article = slug
    ? await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } })
    : await db.article.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, slug: true } });
  await db.comment.updateMany({ where: { articleId: article.id }, data: { parentId: null } });
  await db.comment.deleteMany({ where: { articleId: article.id } });
  const rows = makeThread(article.id, await nextCommentId(db), count, 20190909, new Date("2026-11-27T11:00:00Z"), () => "approved");
  await insert(db, rows);
  const replies = rows.filter((row) => row.parentId !== null).length;
  console.log(`${count} approved comments on /articles/${article.slug} (${replies} replies, deepest level ${Math.max(...rows.map((r) => r.depth))}).`);
}

async function seedBulk(db: Db, total: number): Promise<void> {
  const perArticle = 1_000;
  const articles = Math.ceil(total / perArticle);
  const stamp = Date.now();
  const status = (random: () => number) => (): CommentStatus => {
    const r = random();
    return r < 0.85 ? "approved" : r < 0.95 ? "pending" : r < 0.99 ? "spam" : "trash";
  };
  let id = await nextCommentId(db);
  const started = Date.now();
  for (let a = 0; a < articles; a++) {
    const article = await db.article.create({
      data: {
        slug: `bench-${stamp}-${a}`,
        title: `Bench article ${a + 1}`,
        body: "A generated article for the benchmarks.\n\nIt carries a thousand comments.",
        publishedAt: new Date(Date.UTC(2025, 0, 1) + a * 3_600_000),
      },
      select: { id: true },
    });
    const count = Math.min(perArticle, total - a * perArticle);
    const rows = makeThread(article.id, id, count, stamp + a, new Date(Date.UTC(2025, 0, 1) + a * 3_600_000), status(prng(a + 1)));
    await insert(db, rows);
    id += count;
    if ((a + 1) % 10 === 0) console.log(`  ${(a + 1) * perArticle} comments…`);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`${total} comments across ${articles} articles in ${seconds.toFixed(1)} s (${Math.round(total / seconds)} rows/s).`);
}

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  const db = await createPrismaClient(url);
  try {
    const bulk = option("--bulk");
    if (bulk) await seedBulk(db, Number(bulk));
    else await seedArticleThread(db, Number(option("--comments") ?? 200));
    // Explicit ids do not advance PostgreSQL's sequences.
    await resetIdSequences(db, url ?? DEFAULT_DATABASE_URL);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
