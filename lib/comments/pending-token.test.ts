import { describe, expect, it } from "vitest";
import { sign } from "@/lib/auth/secrets";
import { OWN_COMMENTS_MAX_AGE, ownedIds, tokenFor, withToken } from "./pending-token";

const now = new Date("2026-11-28T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe("own-comment tokens", () => {
  it("prove the comment they were issued for", () => {
    expect(ownedIds(tokenFor(42, now), now)).toEqual([42]);
    expect(ownedIds(withToken(withToken(undefined, 1, now), 2, now), days(1))).toEqual([1, 2]);
  });

  it("still work on the 29th day and are refused after 30 days", () => {
    const cookie = tokenFor(42, now);
    expect(ownedIds(cookie, days(29))).toEqual([42]);
    expect(ownedIds(cookie, days(30))).toEqual([]);
    expect(ownedIds(cookie, days(365))).toEqual([]);
  });

  it("keep a cookie that lasts as long as they do", () => {
    expect(OWN_COMMENTS_MAX_AGE).toBe(30 * 24 * 3600);
  });

  it("cannot be made younger: the issue date is signed", () => {
    const [id, , signature] = tokenFor(42, now).split(".");
    const renewed = `${id}.${Math.floor(days(40).getTime() / 1000).toString(36)}.${signature}`;
    expect(ownedIds(renewed, days(41))).toEqual([]);
  });

  it("refuse a token signed for another comment, and the old tokens without an issue date", () => {
    const [, issued, signature] = tokenFor(42, now).split(".");
    expect(ownedIds(`43.${issued}.${signature}`, now)).toEqual([]);
    expect(ownedIds(`42.${sign("own-comment", "42")}`, now)).toEqual([]);
  });

  it("drop expired tokens when a new one is added", () => {
    const old = withToken(undefined, 1, now);
    const cookie = withToken(old, 2, days(31));
    expect(cookie.split("~")).toHaveLength(1);
    expect(ownedIds(cookie, days(31))).toEqual([2]);
  });
});
