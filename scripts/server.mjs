// The production server: Next's request handler behind a two-line shim.
// Next keeps a client-sent X-Forwarded-For as it is, so the socket address
// would be lost; like any well-behaved proxy, this appends the connecting
// peer, and lib/request-ip.ts trusts only TRUSTED_PROXY_HOPS entries before it.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = sent ? `${sent}, ${peer}` : peer;
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`✓ Ready on http://${hostname}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    // Let in-flight requests (and their database writes) finish, then stop.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.on("close", () => process.exit(0));
  });
}
