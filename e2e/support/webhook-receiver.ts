import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A real webhook receiver for the e2e tests: node:http on a free port of
// 127.0.0.1 (listed in WEBHOOK_ALLOWED_HOSTS by playwright.config.ts). It
// checks signatures the way the README tells receivers to, written out here
// rather than imported, so the test does not grade the app with its own code.

export type Received = { headers: http.IncomingHttpHeaders; body: string; verdict: string; answered: number };

export type Receiver = {
  port: number;
  url: (path?: string) => string;
  received: Received[];
  /** The status the receiver answers a correctly signed, fresh delivery with. */
  answer: number;
  /** Set once the admin has seen the secret. */
  secret: string;
  /** How old a signature may be, in seconds. */
  toleranceSeconds: number;
  close: () => Promise<void>;
};

/** What the receiver makes of one request: "ok", or why it is refused. */
export function verify(headers: http.IncomingHttpHeaders, body: string, secret: string, toleranceSeconds: number): string {
  const header = String(headers["x-dispatch-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return "malformed signature";
  const [, t, v1] = match as unknown as [string, string, string];
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(v1, "hex"))) return "bad signature";
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return "too old (a replay?)";
  return "ok";
}

export async function startReceiver(answer = 200): Promise<Receiver> {
  const received: Received[] = [];
  const receiver: Receiver = { port: 0, url: () => "", received, answer, secret: "", toleranceSeconds: 300, close: async () => {} };
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      const verdict = receiver.secret ? verify(request.headers, body, receiver.secret, receiver.toleranceSeconds) : "no secret yet";
      const answered = verdict === "ok" ? receiver.answer : 400;
      received.push({ headers: request.headers, body, verdict, answered });
      response.writeHead(answered, { "content-type": "text/plain" }).end(verdict);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = (path = "/hook") => `http://127.0.0.1:${receiver.port}${path}`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

/** Sends a captured delivery to the receiver again, as an attacker who recorded it would. */
export async function replay(receiver: Receiver, delivery: Received, headerOverride?: Record<string, string>): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-dispatch-signature": String(delivery.headers["x-dispatch-signature"]),
    "x-dispatch-event": String(delivery.headers["x-dispatch-event"]),
    "x-dispatch-delivery": String(delivery.headers["x-dispatch-delivery"]),
    ...headerOverride,
  };
  const response = await fetch(receiver.url(), { method: "POST", headers, body: delivery.body });
  return { status: response.status, text: await response.text() };
}
