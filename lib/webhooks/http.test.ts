import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postTo } from "./http";

// A real receiver on a free port: what the sender's one POST does on the wire.
let server: http.Server;
let port = 0;
const seen: { host: string | undefined; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      seen.push({ host: request.headers.host, body, headers: request.headers });
      if (request.url === "/redirect") response.writeHead(302, { location: "http://169.254.169.254/" }).end();
      else if (request.url === "/fail") response.writeHead(500).end("no");
      else if (request.url === "/slow") setTimeout(() => response.writeHead(200).end(), 1_000);
      else response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const target = (path: string, host = "127.0.0.1") => ({ ok: true as const, url: new URL(`http://${host}:${port}${path}`), address: "127.0.0.1", family: 4 as const });

describe("posting a webhook", () => {
  it("connects to the checked address whatever the name resolves to now (no DNS rebinding)", async () => {
    // The name does not resolve at all: only the pinned address can have been used.
    const result = await postTo(target("/ok", "rebind.invalid"), { "X-Test": "1" }, '{"a":1}', 5_000);
    expect(result).toMatchObject({ ok: true, httpStatus: 204, error: null });
    const last = seen.at(-1)!;
    expect(last.host).toBe(`rebind.invalid:${port}`);
    expect(last.body).toBe('{"a":1}');
    expect(last.headers["content-type"]).toBe("application/json");
    expect(last.headers["x-test"]).toBe("1");
  });

  it("treats an error status and a redirect as failures, and does not follow the redirect", async () => {
    expect(await postTo(target("/fail"), {}, "{}", 5_000)).toMatchObject({ ok: false, httpStatus: 500, error: "The receiver answered HTTP 500." });
    const redirected = await postTo(target("/redirect"), {}, "{}", 5_000);
    expect(redirected).toMatchObject({ ok: false, httpStatus: 302, error: expect.stringMatching(/Redirects are not followed/) });
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const result = await postTo(target("/slow"), {}, "{}", 200);
    expect(result).toMatchObject({ ok: false, httpStatus: null, error: expect.stringMatching(/No answer within/) });
    expect(result.durationMs).toBeLessThan(900);
  });

  it("reports a refused connection", async () => {
    const closed = { ok: true as const, url: new URL("http://127.0.0.1:9/"), address: "127.0.0.1", family: 4 as const };
    expect(await postTo(closed, {}, "{}", 2_000)).toMatchObject({ ok: false, httpStatus: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });
});
