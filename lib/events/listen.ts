import "server-only";
import { Client } from "pg";
import { EVENT_CHANNEL } from "./record";

const RETRY_MS = 2_000;

/**
 * Holds one LISTEN connection (Prisma cannot LISTEN) and calls `onNotify` for
 * every event commit on any instance. Reconnects after a drop, and calls
 * `onNotify` on each (re)connect too, since notifications sent while it was
 * away are lost. Returns a function that stops it.
 */
export function listenForEvents(connectionString: string, onNotify: () => void): () => void {
  let stopped = false;
  let client: Client | null = null;
  let timer: NodeJS.Timeout | null = null;

  const connect = async () => {
    if (stopped) return;
    const next = new Client({ connectionString });
    client = next;
    next.on("notification", () => onNotify());
    next.on("error", () => reconnect());
    try {
      await next.connect();
      await next.query(`LISTEN ${EVENT_CHANNEL}`);
      onNotify();
    } catch {
      reconnect();
    }
  };
  const reconnect = () => {
    if (stopped || timer) return;
    void client?.end().catch(() => undefined);
    client = null;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, RETRY_MS);
    timer.unref();
  };

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    void client?.end().catch(() => undefined);
  };
}
