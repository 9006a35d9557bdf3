import { describe, expect, it } from "vitest";
import type { DiscussionSettings } from "@/lib/settings/types";
import { authorNotice, decide, type CommentCandidate, type ModerationFacts } from "./rules";

const defaults: DiscussionSettings = {
  holdAll: false,
  requirePriorApproval: true,
  linkLimit: 2,
  moderationWords: [],
  disallowedWords: [],
  floodSeconds: 15,
  threadDepth: 5,
  commentsPerPage: 50,
  closeAfterDays: 0,
};

const comment: CommentCandidate = {
  name: "Aigerim",
  email: "aigerim@example.kz",
  website: null,
  body: "Thank you for this report.",
  ip: "203.0.113.7",
  userAgent: "Mozilla/5.0",
  trap: "",
};

type FactOverrides = Partial<Omit<ModerationFacts, "settings">> & { settings?: Partial<DiscussionSettings> };

function facts(overrides: FactOverrides = {}): ModerationFacts {
  return {
    articleOpen: true,
    articlePublishedAt: new Date("2026-11-01T00:00:00Z"),
    now: new Date("2026-11-27T00:00:00Z"),
    authorHasApproved: true,
    ...overrides,
    settings: { ...defaults, ...overrides.settings },
  };
}

describe("decide", () => {
  it("approves a returning author's plain comment at once", () => {
    expect(decide(comment, facts())).toEqual({ kind: "store", status: "approved", reasons: [] });
  });

  it("holds a first comment from an author with no approved comment", () => {
    const decision = decide(comment, facts({ authorHasApproved: false }));
    expect(decision).toEqual({ kind: "store", status: "pending", reasons: [{ rule: "first-comment", detail: "first comment from this author" }] });
    expect(decide(comment, facts({ authorHasApproved: false, settings: { requirePriorApproval: false } })).kind).toBe("store");
  });

  it("rejects comments on a closed article, and on one older than the auto-close age", () => {
    expect(decide(comment, facts({ articleOpen: false }))).toMatchObject({ kind: "reject", code: "closed" });
    expect(decide(comment, facts({ settings: { closeAfterDays: 14 } }))).toMatchObject({ kind: "reject", code: "closed" });
    expect(decide(comment, facts({ settings: { closeAfterDays: 30 } }))).toMatchObject({ status: "approved" });
  });

  it("holds a comment with as many links as the limit and says how many", () => {
    const body = "See https://a.example/1 and https://b.example/2 and http://c.example/3";
    expect(decide({ ...comment, body }, facts())).toMatchObject({
      status: "pending",
      reasons: [{ rule: "links", detail: "contains 3 links; the limit is 2" }],
    });
    expect(decide({ ...comment, body: "One link: https://a.example" }, facts())).toMatchObject({ status: "approved" });
    expect(decide({ ...comment, body }, facts({ settings: { linkLimit: 0 } }))).toMatchObject({ status: "approved" });
  });

  it("holds a comment matching a moderation word, naming the word", () => {
    const decision = decide({ ...comment, body: "Visit my CASINO tonight" }, facts({ settings: { moderationWords: ["casino"] } }));
    expect(decision).toMatchObject({ status: "pending", reasons: [{ rule: "moderation-word", detail: "matched moderation word 'casino'" }] });
  });

  it("cannot be fooled by case, compatibility forms, accents or invisible characters", () => {
    const settings = { disallowedWords: ["viagra"] };
    for (const body of ["VIAGRA", "v\u200Biagra", "ｖｉａｇｒａ", "vi\u00ADagra", "viágra", "v\u202Eiagra"]) {
      expect(decide({ ...comment, body }, facts({ settings }))).toMatchObject({ status: "spam" });
    }
  });

  it("marks disallowed words as spam in any field: name, email, website, IP and user agent", () => {
    const settings = { disallowedWords: ["badword", "198.51.100.9"] };
    expect(decide({ ...comment, name: "Mr Badword" }, facts({ settings }))).toMatchObject({ status: "spam" });
    expect(decide({ ...comment, website: "https://badword.example/" }, facts({ settings }))).toMatchObject({ status: "spam" });
    expect(decide({ ...comment, ip: "198.51.100.9" }, facts({ settings }))).toMatchObject({ status: "spam" });
    expect(decide({ ...comment, userAgent: "BadWord-bot" }, facts({ settings }))).toMatchObject({ status: "spam" });
  });

  it("marks a filled honeypot as spam", () => {
    expect(decide({ ...comment, trap: "http://spam.example" }, facts())).toMatchObject({ status: "spam", reasons: [{ rule: "honeypot" }] });
  });

  it("holds everything when hold-all is on, and lists every reason that applies", () => {
    const decision = decide({ ...comment, body: "casino https://a.example https://b.example" }, facts({
      authorHasApproved: false,
      settings: { holdAll: true, moderationWords: ["casino"] },
    }));
    expect(decision.kind === "store" && decision.reasons.map((r) => r.rule)).toEqual(["moderation-word", "links", "first-comment", "hold-all"]);
  });
});

describe("authorNotice", () => {
  it("explains safe holds to the author and never mentions spam or word lists", () => {
    expect(authorNotice("pending", [{ rule: "first-comment", detail: "first comment from this author" }])).toMatch(/first comment/);
    expect(authorNotice("pending", [{ rule: "links", detail: "contains 3 links; the limit is 2" }])).toMatch(/contains 3 links; the limit is 2/);
    expect(authorNotice("pending", [{ rule: "moderation-word", detail: "matched moderation word 'casino'" }])).toBeNull();
    expect(authorNotice("spam", [{ rule: "honeypot", detail: "x" }])).toBeNull();
  });
});
