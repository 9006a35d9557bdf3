import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { resolveDatabase } from "./config";

function postgres(url: string) {
  const target = resolveDatabase(url);
  if (target.flavor !== "postgres") throw new Error("expected a postgres target");
  return target;
}

/** What pg's own pool is configured with, as lib/db/prisma-client.ts builds it. */
function poolOptions(url: string) {
  const pool = new pg.Pool({ ...postgres(url).connection, max: 10 });
  const options = (pool as unknown as { options: pg.PoolConfig }).options;
  void pool.end();
  return options;
}

describe("resolveDatabase for PostgreSQL", { timeout: 60_000 }, () => {
  it("passes sslmode=require on to pg, so the connection uses TLS", () => {
    const options = poolOptions("postgres://app:secret@db.example.com:6543/news?sslmode=require");
    expect(options.ssl).toBeTruthy();
    expect(options).toMatchObject({ host: "db.example.com", port: 6543, user: "app", password: "secret", database: "news" });
  });

  it("without sslmode, connects without TLS as before", () => {
    expect(poolOptions("postgres://app@db.example.com/news").ssl).toBeFalsy();
  });

  it("honours sslmode=no-verify and sslmode=disable", () => {
    expect(poolOptions("postgres://app@db.example.com/news?sslmode=no-verify").ssl).toEqual({ rejectUnauthorized: false });
    expect(poolOptions("postgres://app@db.example.com/news?sslmode=disable").ssl).toBe(false);
  });

  it("reads the CA, certificate and key files named by sslrootcert, sslcert and sslkey", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-tls-"));
    try {
      for (const name of ["ca", "cert", "key"]) fs.writeFileSync(path.join(dir, `${name}.pem`), `-----${name}-----\n`);
      const url = `postgres://app@db.example.com/news?sslmode=verify-full&sslrootcert=${dir}/ca.pem&sslcert=${dir}/cert.pem&sslkey=${dir}/key.pem`;
      const ssl = poolOptions(url).ssl as { ca?: string; cert?: string; key?: string };
      // pg keeps the key out of enumeration (and so out of logs), so each is read by name.
      expect([ssl.ca, ssl.cert, ssl.key]).toEqual(["-----ca-----\n", "-----cert-----\n", "-----key-----\n"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the other parameters pg understands, and leaves Prisma's schema to the adapter", () => {
    const target = postgres("postgres://app@db.example.com/news?schema=tenant&application_name=newsroom&connect_timeout=5&options=-c%20statement_timeout%3D5000");
    expect(target.schema).toBe("tenant");
    expect(target.connection).not.toHaveProperty("schema");
    expect(poolOptions("postgres://app@db.example.com/news?schema=tenant&application_name=newsroom")).toMatchObject({ application_name: "newsroom" });
    expect(target.connection).toMatchObject({ connect_timeout: "5", options: "-c statement_timeout=5000" });
  });

  it("defaults what the URL leaves out, and decodes an escaped password", () => {
    expect(postgres("postgres://localhost").connection).toMatchObject({ host: "localhost", port: 5432, user: "postgres", database: "postgres" });
    expect(postgres("postgres://app:p%40ss%2Fword@db/news").password).toBe("p@ss/word");
    expect(postgres("postgres://app@db/news").password).toBeUndefined();
  });
});
