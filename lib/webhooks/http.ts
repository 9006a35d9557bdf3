import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Target } from "./ssrf";

// One POST of a webhook, to the address lib/webhooks/ssrf.ts checked. The
// custom `lookup` answers that address whatever DNS says now, so the
// connection goes where the check looked (TLS still verifies the hostname).
// A redirect is a failure: following it would need the whole check again,
// and a receiver has no reason to send one.

export type PostResult = { ok: boolean; httpStatus: number | null; durationMs: number; error: string | null };

const MAX_ERROR = 300;

export function postTo(target: Extract<Target, { ok: true }>, headers: Record<string, string>, body: string, timeoutMs: number): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, error: result.error?.slice(0, MAX_ERROR) ?? null, durationMs: elapsed() });
    };
    const request = client.request(
      target.url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)), "User-Agent": "TheDispatch-Webhooks/1" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The body is not used: read and drop it (at most a little) so the socket closes cleanly.
        let seen = 0;
        response.on("data", (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > 64 * 1024) response.destroy();
        });
        const done = () => {
          if (status >= 200 && status < 300) finish({ ok: true, httpStatus: status, error: null });
          else if (status >= 300 && status < 400) finish({ ok: false, httpStatus: status, error: `Redirects are not followed (to ${response.headers.location ?? "nowhere"}).` });
          else finish({ ok: false, httpStatus: status, error: `The receiver answered HTTP ${status}.` });
        };
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish({ ok: false, httpStatus: null, error: `No answer within ${Math.round(timeoutMs / 1000)} s.` });
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => finish({ ok: false, httpStatus: null, error: error.code ? `${error.code}: ${error.message}` : error.message }));
    request.end(body);
  });
}
