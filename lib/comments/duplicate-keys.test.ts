import { describe, expect, it } from "vitest";
import { duplicateKeys, mailboxKey, nameKey } from "./duplicate-keys";

const secret = "test-secret";
const base = { articleId: 7, name: "Dana Reader", email: "dana@example.org", body: "Same words." };

describe("mailboxKey", () => {
  it("folds case and +tag sub-addresses into one mailbox", () => {
    expect(mailboxKey("User+news@Example.COM")).toBe("user@example.com");
    expect(mailboxKey("user+a+b@example.com")).toBe("user@example.com");
    expect(mailboxKey(" user@example.com ")).toBe("user@example.com");
  });

  it("keeps different mailboxes apart", () => {
    expect(mailboxKey("user@example.com")).not.toBe(mailboxKey("user@example.org"));
    expect(mailboxKey("user.x@example.com")).not.toBe(mailboxKey("user@example.com"));
    // A plus that starts the local part is not a tag on anything.
    expect(mailboxKey("+tag@example.com")).toBe("+tag@example.com");
  });
});

describe("nameKey", () => {
  it("ignores case, spacing and compatibility forms", () => {
    expect(nameKey("  Dana   READER ")).toBe("dana reader");
    expect(nameKey("Ｄａｎａ Reader")).toBe("dana reader");
  });
});

describe("duplicateKeys", () => {
  const first = duplicateKeys(base, secret);

  it("matches the same text from the same email under another name", () => {
    const renamed = duplicateKeys({ ...base, name: "Someone Else" }, secret);
    expect(renamed.dedupeKey).toBe(first.dedupeKey);
    expect(renamed.dedupeNameKey).not.toBe(first.dedupeNameKey);
  });

  it("matches the same text from the same name with another email, or a +tag of the same one", () => {
    expect(duplicateKeys({ ...base, email: "other@example.net" }, secret).dedupeNameKey).toBe(first.dedupeNameKey);
    expect(duplicateKeys({ ...base, name: "X", email: "Dana+again@EXAMPLE.org" }, secret).dedupeKey).toBe(first.dedupeKey);
  });

  it("ignores case and invisible characters in the text, but not other words, articles or people", () => {
    expect(duplicateKeys({ ...base, body: "SAME\u200B words.  " }, secret)).toEqual(first);
    const other = [
      duplicateKeys({ ...base, body: "Other words." }, secret),
      duplicateKeys({ ...base, articleId: 8 }, secret),
      duplicateKeys({ ...base, name: "Someone Else", email: "other@example.net" }, secret),
    ];
    for (const keys of other) {
      expect(keys.dedupeKey).not.toBe(first.dedupeKey);
      expect(keys.dedupeNameKey).not.toBe(first.dedupeNameKey);
    }
  });

  it("cannot be recomputed without the secret", () => {
    expect(duplicateKeys(base, "another-secret").dedupeKey).not.toBe(first.dedupeKey);
  });
});
