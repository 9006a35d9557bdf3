import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "./prisma-client";

const createPrismaClient = vi.fn<() => Promise<Db>>();
vi.mock("./prisma-client", () => ({ createPrismaClient }));

const { getDb } = await import("./client");
const fakeDb = { name: "connected" } as unknown as Db;

beforeEach(() => {
  delete (globalThis as { dbPromise?: unknown }).dbPromise;
  createPrismaClient.mockReset();
});

describe("getDb", () => {
  it("connects once and shares the client", async () => {
    createPrismaClient.mockResolvedValue(fakeDb);
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(fakeDb);
    expect(b).toBe(fakeDb);
    expect(await getDb()).toBe(fakeDb);
    expect(createPrismaClient).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed connect instead of keeping the failure", async () => {
    createPrismaClient.mockRejectedValueOnce(new Error("database is locked")).mockResolvedValueOnce(fakeDb);
    await expect(getDb()).rejects.toThrow("database is locked");
    expect(await getDb()).toBe(fakeDb);
    expect(await getDb()).toBe(fakeDb);
    expect(createPrismaClient).toHaveBeenCalledTimes(2);
  });
});
