import { revalidatePath } from "next/cache";
import { z } from "zod";
import { REVALIDATE_ALL, isWatcherToken } from "@/lib/events/cache-signal";

const bodySchema = z.object({ paths: z.array(z.string().startsWith("/").or(z.literal(REVALIDATE_ALL))).max(500) });

// Called only by this process's cache-signal watcher; anyone else gets a 404.
export async function POST(request: Request) {
  if (!isWatcherToken(request.headers.get("x-revalidate-token"))) {
    return new Response("Not found", { status: 404 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  for (const path of parsed.data.paths) {
    if (path === REVALIDATE_ALL) revalidatePath("/", "layout");
    else revalidatePath(path);
  }
  return new Response(null, { status: 204 });
}
