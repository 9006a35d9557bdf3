import { headers } from "next/headers";
import { z } from "zod";
import { readArticle, readLatestComments } from "@/lib/cache/public-reads";
import { submitComment } from "@/lib/comments/data";
import { env } from "@/lib/env";
import { corsPreflight, crossSiteVerdict, isJsonContentType, withCors, type OriginPolicy } from "@/lib/http/api-request";
import { clientIp } from "@/lib/http/client-ip";

const MAX_BODY_BYTES = 1_000_000;
const PER_PAGE = 50;

const originPolicy: OriginPolicy = { siteOrigin: new URL(env.SITE_URL).origin, allowedOrigins: env.API_ALLOWED_ORIGINS };
const CROSS_SITE = "Requests from other sites' pages are not accepted.";

/**
 * Runs `handle` for requests this API accepts (lib/http/api-request.ts):
 * cross-site browser requests get 403 unless their origin is listed.
 */
async function guarded(request: Request, handle: (request: Request) => Promise<Response>): Promise<Response> {
  const verdict = crossSiteVerdict(request.headers, originPolicy);
  if (!verdict.allowed) return withCors(Response.json({ error: CROSS_SITE }, { status: 403 }), null);
  return withCors(await handle(request), verdict.corsOrigin);
}

/** The CORS preflight a listed origin's page sends before posting JSON. */
export function OPTIONS(request: Request) {
  const verdict = crossSiteVerdict(request.headers, originPolicy);
  if (!verdict.allowed) return withCors(Response.json({ error: CROSS_SITE }, { status: 403 }), null);
  return corsPreflight(verdict.corsOrigin);
}

const listQuery = z.object({
  article: z.string().min(1).max(200),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

/** Approved comments of an article, newest first, 50 a page. Never an email or IP. */
export async function GET(request: Request) {
  return guarded(request, list);
}

async function list(request: Request): Promise<Response> {
  const query = listQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: "Give ?article=SLUG (and optionally &page=N)." }, { status: 400 });
  const article = await readArticle(query.data.article);
  if (!article) return Response.json({ error: "Unknown article." }, { status: 404 });
  const rows = await readLatestComments({ articleId: article.id, take: PER_PAGE + 1, skip: (query.data.page - 1) * PER_PAGE });
  const comments = rows.slice(0, PER_PAGE).map((c) => ({
    id: c.id,
    parent: c.parentId,
    author: c.authorName,
    website: c.authorUrl,
    body: c.body,
    date: c.createdAt,
    staff: c.isStaff,
  }));
  return Response.json({ article: article.slug, page: query.data.page, hasMore: rows.length > PER_PAGE, comments });
}

const STATUS = { invalid: 400, closed: 403, "not-found": 404, duplicate: 409, flood: 429 } as const;

/** Posts a comment as JSON, with the same validation and moderation as the form. */
export async function POST(request: Request) {
  return guarded(request, post);
}

async function post(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) return Response.json({ error: "Request body is too large." }, { status: 413 });
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return Response.json({ error: "Send the comment as application/json." }, { status: 415 });
  }
  // Read with a cap even without Content-Length (chunked uploads).
  const raw = await readCapped(request, MAX_BODY_BYTES);
  if (raw === null) return Response.json({ error: "Request body is too large." }, { status: 413 });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return Response.json({ error: "The body is not valid JSON." }, { status: 400 });
  }
  const input = typeof json === "object" && json !== null ? json : {};
  const requestHeaders = await headers();
  const result = await submitComment(input, {
    ip: clientIp(requestHeaders, env.TRUSTED_PROXY_HOPS),
    userAgent: requestHeaders.get("user-agent") ?? "",
  });
  if (!result.ok) {
    const body = result.code === "invalid" ? { error: result.message, fields: result.fieldErrors } : { error: result.message };
    return Response.json(body, { status: STATUS[result.code] });
  }
  return Response.json({ id: result.id, status: result.status }, { status: 201 });
}

async function readCapped(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
