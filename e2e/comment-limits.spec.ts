import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { commentsOf, createArticle, unique, useSettings } from "./support/db";

// Flood control and duplicate detection as a sender trying to get around them
// sees it. The server trusts one proxy hop in the e2e suite
// (playwright.config.ts), so X-Forwarded-For chooses the client address.

const FLOOD = "You are posting comments too quickly. Slow down.";
const DUPLICATE = "Duplicate comment detected; it looks as though you’ve already said that!";

type Sender = { name: string; email: string; ip?: string };

function post(request: APIRequestContext, article: string, who: Sender, body: string) {
  return request.post("/api/comments", {
    data: { article, name: who.name, email: who.email, body },
    headers: who.ip ? { "x-forwarded-for": who.ip } : {},
  });
}

/** A /64 of the documentation range no other test (or earlier run) uses. */
function fresh64(): string {
  const group = () => randomBytes(2).toString("hex");
  return `2001:db8:${group()}:${group()}`;
}

const someone = (ip?: string): Sender => {
  const name = unique("Sender");
  return { name, email: `${name.toLowerCase()}@example.org`, ip };
};

test.describe("flood control", () => {
  test.beforeEach(async () => useSettings({ floodSeconds: 15, requirePriorApproval: false }));
  test.afterEach(async () => useSettings());

  test("another address in the same IPv6 /64 is the same sender; another /64 is not", async ({ request }) => {
    const article = await createArticle();
    const network = fresh64();
    expect((await post(request, article.slug, someone(`${network}::1`), "From the first address.")).status()).toBe(201);

    const rotated = await post(request, article.slug, someone(`${network}:ffff:ffff:ffff:fffe`), "From a rotated address.");
    expect(rotated.status()).toBe(429);
    expect((await rotated.json()).error).toBe(FLOOD);

    const neighbour = await post(request, article.slug, someone(`${fresh64()}::1`), "From another network.");
    expect(neighbour.status()).toBe(201);
    expect((await commentsOf(article.id)).map((c) => c.body)).toEqual(["From the first address.", "From another network."]);
  });

  test("a +tag or upper-case variant of the email is the same sender, from any address", async ({ request }) => {
    const article = await createArticle();
    const me = someone(`${fresh64()}::1`);
    expect((await post(request, article.slug, me, "My first comment.")).status()).toBe(201);
    const [local, domain] = me.email.split("@");
    for (const email of [`${local}+again@${domain}`, `${local!.toUpperCase()}+x@${domain!.toUpperCase()}`]) {
      const variant = await post(request, article.slug, { ...me, email, ip: `${fresh64()}::1` }, `Posting again as ${email}.`);
      expect(variant.status(), email).toBe(429);
      expect((await variant.json()).error).toBe(FLOOD);
    }
    // A different mailbox on the same domain is someone else.
    expect((await post(request, article.slug, { ...someone(`${fresh64()}::1`), email: `${local}x@${domain}` }, "Someone else.")).status()).toBe(201);
    expect(await commentsOf(article.id)).toHaveLength(2);
  });
});

test.describe("duplicate comments", () => {
  test.beforeEach(async () => useSettings({ floodSeconds: 0, requirePriorApproval: false }));
  test.afterEach(async () => useSettings());

  test("the same text again is refused whether the name or the email changed, and told so on the form", async ({ page, request }) => {
    const article = await createArticle();
    const me = someone();
    const text = "I have said this exactly once.";
    expect((await post(request, article.slug, me, text)).status()).toBe(201);

    // Same email, new name: through the form, as a reader would try it.
    await page.goto(`/articles/${article.slug}`);
    await page.getByLabel("Comment *").fill(text);
    await page.getByLabel("Name *").fill(unique("New name"));
    await page.getByLabel("Email *").fill(me.email);
    await page.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.locator("#respond").getByRole("alert")).toContainText(DUPLICATE);

    // Same name, new email; and the name in other letters with a +tag of the email.
    const [local, domain] = me.email.split("@");
    for (const who of [
      { name: me.name, email: `${unique("other")}@example.net` },
      { name: me.name.toUpperCase(), email: `${local}+new@${domain}` },
    ]) {
      const response = await post(request, article.slug, who, text);
      expect(response.status(), JSON.stringify(who)).toBe(409);
      expect((await response.json()).error).toBe(DUPLICATE);
    }

    // Someone else may say the same thing, and the same person something new.
    expect((await post(request, article.slug, someone(), text)).status()).toBe(201);
    expect((await post(request, article.slug, me, "Something new.")).status()).toBe(201);
    expect((await commentsOf(article.id)).map((c) => c.body)).toEqual([text, text, "Something new."]);
  });
});
