import { expect, type Page } from "@playwright/test";
import { savedAccountPage, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { card, createArticle, createComment, openQueue, uniqueTag } from "./moderation-fixtures";
import { dbQuery } from "./support/db";
import { replay, startReceiver, type Receiver } from "./support/webhook-receiver";

// Webhooks end to end: an admin adds an endpoint on the Webhooks page, a
// real receiver (node:http on 127.0.0.1, which playwright.config.ts lists in
// WEBHOOK_ALLOWED_HOSTS) checks each delivery's signature with the secret the
// admin was shown once. Each test has its own receiver and endpoint, and
// deletes them afterwards, so tests can run side by side.

const PAGE = "/dashboard/webhooks";

let receivers: Receiver[] = [];
let urls: string[] = [];

test.afterEach(async () => {
  await dbQuery("webhookEndpoint", "deleteMany", { where: { url: { in: urls } } });
  await Promise.all(receivers.map((r) => r.close()));
  receivers = [];
  urls = [];
});

async function receiver(answer = 200): Promise<Receiver> {
  const started = await startReceiver(answer);
  receivers.push(started);
  return started;
}

/** Fills and submits "Add an endpoint"; answers the secret shown (or null when refused). */
async function addEndpoint(page: Page, url: string, events: string[] = ["comment.approved"]): Promise<string | null> {
  urls.push(url);
  await page.goto(PAGE);
  await page.getByLabel("Endpoint URL").fill(url);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Add endpoint" }) });
  for (const box of await form.getByRole("checkbox").all()) {
    const value = await box.getAttribute("value");
    if (events.includes(value!) !== (await box.isChecked())) await box.click();
  }
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secret = page.getByTestId("webhook-secret");
  const refused = page.getByRole("alert").filter({ hasText: "The endpoint was not added" });
  await expect(secret.or(refused)).toBeVisible();
  return (await secret.count()) > 0 ? (await secret.textContent())!.trim() : null;
}

const endpointRegion = (page: Page, url: string) => page.getByRole("region", { name: url, exact: true });

async function endpointRow(url: string) {
  return dbQuery<{ id: number; enabled: boolean; consecutiveFailures: number; disabledReason: string | null } | null>("webhookEndpoint", "findFirst", {
    where: { url },
    select: { id: true, enabled: true, consecutiveFailures: true, disabledReason: true },
  });
}

test("approving a comment delivers a signed comment.approved that the receiver verifies with the secret shown once, and refuses a replay", async ({ adminPage: page }) => {
  const hook = await receiver();
  const url = hook.url("/approved");
  const secret = await addEndpoint(page, url);
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
  hook.secret = secret!;
  await expect(page.getByRole("status").filter({ hasText: "Added the endpoint" })).toContainText("it will not be shown again");

  // Shown once: not on the page again, nor anywhere in its HTML.
  await page.reload();
  await expect(endpointRegion(page, url)).toContainText("Enabled");
  expect(await page.content()).not.toContain(secret);

  const article = await createArticle("hook");
  const name = uniqueTag("Hooked");
  const email = `${name.toLowerCase()}@private.example`;
  const comment = await createComment({ articleId: article.id, authorName: name, authorEmail: email, ip: "203.0.113.77", body: "Send me to the receiver." });
  await openQueue(page, article.slug);
  await card(page, name).getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").first()).toContainText("1 comment approved.");

  const ours = () => hook.received.find((r) => r.headers["x-dispatch-event"] === "comment.approved" && (JSON.parse(r.body) as { data: { commentId: number } }).data.commentId === comment.id);
  await expect.poll(() => ours()?.verdict, { timeout: 10_000 }).toBe("ok");
  const delivery = ours()!;
  expect(delivery.headers["content-type"]).toBe("application/json");
  expect(delivery.headers["x-dispatch-delivery"]).toMatch(/^\d+$/);
  const body = JSON.parse(delivery.body) as { id: number; type: string; occurredAt: string; data: { comment: { authorName: string; body: string; url: string }; article: { slug: string } } };
  expect(body.type).toBe("comment.approved");
  expect(typeof body.id).toBe("number");
  expect(new Date(body.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  expect(body.data.comment).toMatchObject({ authorName: name, body: "Send me to the receiver." });
  expect(body.data.comment.url).toContain(`/articles/${article.slug}#comment-${comment.id}`);
  expect(body.data.article.slug).toBe(article.slug);
  // Webhooks can go to third parties: never the commenter's email or IP.
  expect(delivery.body).not.toContain(email);
  expect(delivery.body).not.toContain("203.0.113.77");

  // The log on the page shows it delivered.
  await page.goto(PAGE);
  const row = endpointRegion(page, url).getByRole("row").filter({ hasText: `#${body.id}` });
  await expect(row).toContainText("comment.approved");
  await expect(row).toContainText("Delivered");
  await expect(row).toContainText("200");
  await expect(row).toContainText(/\d+ ms/);
  await expectNoAxeViolations(page);

  // A recorded delivery sent again later is refused for its old timestamp,
  // and moving the timestamp forward breaks the signature.
  hook.toleranceSeconds = 2;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await replay(hook, delivery)).toEqual({ status: 400, text: "too old (a replay?)" });
  const [, v1] = /v1=([0-9a-f]+)/.exec(String(delivery.headers["x-dispatch-signature"]))!;
  expect(await replay(hook, delivery, { "x-dispatch-signature": `t=${Math.floor(Date.now() / 1000)},v1=${v1}` })).toEqual({ status: 400, text: "bad signature" });
});

test("addresses only this server or its network can reach are refused with a clear field error, at save time and at delivery", async ({ adminPage: page }) => {
  const hook = await receiver();
  const targets: [string, RegExp][] = [
    ["http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254, and it is a link-local address/],
    [`http://localhost:${hook.port}/hook`, /localhost resolves to (127\.0\.0\.1|::1), and it is a loopback address/],
    [`http://[::ffff:127.0.0.1]:${hook.port}/hook`, /loopback/],
    ["http://10.0.0.1/hook", /private network address/],
    ["http://100.64.0.1/hook", /carrier-grade NAT/],
    ["http://[fd00::1]/hook", /unique-local/],
    ["http://0.0.0.0/hook", /unspecified/],
  ];
  for (const [url, reason] of targets) {
    expect(await addEndpoint(page, url), url).toBeNull();
    const field = page.getByLabel("Endpoint URL");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(reason);
    await expect(field).toHaveAccessibleDescription(/Webhooks go only to public addresses/);
    await expect(field).toHaveValue(url);
    expect(await endpointRow(new URL(url).toString()), url).toBeNull();
  }
  await expectNoAxeViolations(page);

  // Saved some other way (an older version, a hand-edited row), it is still
  // checked at each delivery: nothing reaches the receiver.
  const sneaked = `http://localhost:${hook.port}/sneaked`;
  urls.push(sneaked);
  await dbQuery("webhookEndpoint", "create", { data: { url: sneaked, secret: "a-secret-long-enough-1234", events: JSON.stringify(["comment.deleted"]) } });
  await page.goto(PAGE);
  await endpointRegion(page, sneaked).getByRole("button", { name: `Send test event ${sneaked}` }).click();
  await expect(endpointRegion(page, sneaked).getByRole("status").filter({ hasText: "Test event queued" })).toBeVisible();
  await expect
    .poll(async () => (await dbQuery<{ error: string | null } | null>("webhookDelivery", "findFirst", { where: { endpoint: { url: sneaked } }, select: { error: true } }))?.error, { timeout: 10_000 })
    .toMatch(/^Not sent: Webhooks go only to public addresses: localhost resolves to/);
  expect(hook.received).toEqual([]);
});

test("a receiver answering 500 is retried with backoff, and after 10 failures in a row the endpoint is disabled with a notice to admins", async ({ adminPage: page }) => {
  test.setTimeout(120_000);
  const hook = await receiver(500);
  const url = hook.url("/failing");
  hook.secret = (await addEndpoint(page, url, ["comment.deleted"]))!;
  await endpointRegion(page, url).getByRole("button", { name: `Send test event ${url}` }).click();
  await expect(endpointRegion(page, url).getByRole("status").filter({ hasText: "Test event queued" })).toBeVisible();

  const tests = () => hook.received.filter((r) => r.headers["x-dispatch-event"] === "webhook.test");
  await expect.poll(async () => (await endpointRow(url))?.enabled, { timeout: 60_000 }).toBe(false);
  const attempts = tests();
  expect(attempts).toHaveLength(10);
  expect(new Set(attempts.map((a) => a.headers["x-dispatch-delivery"])).size).toBe(1);
  expect(attempts.every((a) => a.verdict === "ok" && a.answered === 500)).toBe(true);
  // Each try is signed afresh; the body is the same bytes every time.
  expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
  expect((await endpointRow(url))?.disabledReason).toMatch(/^Disabled after 10 failed deliveries in a row; the last: The receiver answered HTTP 500\./);
  // Disabled means nothing more is sent.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(tests()).toHaveLength(10);

  await page.goto(PAGE);
  const notice = page.getByRole("region", { name: /webhook endpoints? (was|were) disabled/ });
  await expect(notice).toContainText(url);
  await expect(notice).toContainText("Disabled after 10 failed deliveries in a row");
  const region = endpointRegion(page, url);
  await expect(region).toContainText("Disabled after repeated failures");
  const row = region.getByRole("row").filter({ hasText: "webhook.test" });
  await expect(row).toContainText("Failed, given up");
  await expect(row).toContainText("500");
  await expect(row.getByRole("cell").nth(1)).toHaveText("10");
  await expectNoAxeViolations(page);

  // Admins hear of it on the dashboard too, with the way to the page.
  await page.goto("/dashboard");
  const dashboardNotice = page.getByRole("region", { name: /webhook endpoints? (was|were) disabled/ });
  await expect(dashboardNotice).toContainText(url);
  await dashboardNotice.getByRole("link", { name: "Review them on the Webhooks page" }).click();
  await expect(page).toHaveURL(PAGE);

  // The audit log records who (nobody: the sender) disabled what.
  const audit = await dbQuery<{ action: string; actorId: number | null; detail: string | null }[]>("auditLog", "findMany", { where: { action: "webhook.disable", detail: { startsWith: url } } });
  expect(audit).toHaveLength(1);
  expect(audit[0]!.actorId).toBeNull();
  await page.goto("/dashboard/audit");
  await expect(page.getByRole("row").filter({ hasText: url }).filter({ hasText: "disabled a failing webhook endpoint" })).toContainText("the webhook sender");
  await page.goto(PAGE);

  // Fixed receiver: enable again and retry the failed delivery by hand.
  hook.answer = 200;
  await endpointRegion(page, url).getByRole("button", { name: `Enable ${url}` }).click();
  await expect(endpointRegion(page, url)).toContainText("Enabled");
  await endpointRegion(page, url).getByRole("row").filter({ hasText: "webhook.test" }).getByRole("button", { name: /^Retry now/ }).click();
  await expect.poll(() => tests().length, { timeout: 10_000 }).toBe(11);
  await page.reload();
  await expect(endpointRegion(page, url).getByRole("row").filter({ hasText: "webhook.test" })).toContainText("Delivered");
  await expect(page.getByRole("region", { name: /webhook endpoints? (was|were) disabled/ }).filter({ hasText: url })).toHaveCount(0);
});

test("an endpoint can be added without JavaScript, and disabled and deleted", async ({ browser }) => {
  const hook = await receiver();
  const url = hook.url("/nojs");
  urls.push(url);
  const page = await savedAccountPage(browser, "admin", { javaScriptEnabled: false });
  await page.goto(PAGE);
  await page.getByLabel("Endpoint URL").fill(url);
  await page.getByLabel("Signing secret (optional)").fill("my own secret, long enough");
  await page.getByRole("checkbox", { name: /A comment is held for moderation/ }).check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByTestId("webhook-secret")).toHaveText("my own secret, long enough");
  const region = endpointRegion(page, url);
  await expect(region).toContainText("comment.held, comment.approved");

  await region.getByRole("button", { name: `Disable ${url}` }).click();
  await expect(endpointRegion(page, url)).toContainText("Disabled by an admin");
  expect((await endpointRow(url))?.enabled).toBe(false);
  await endpointRegion(page, url).getByRole("button", { name: `Delete ${url}` }).click();
  await expect(endpointRegion(page, url)).toHaveCount(0);
  expect(await endpointRow(url)).toBeNull();
  await page.context().close();
});

test("the page is refused to an editor and to a signed-out request", async ({ editorPage, request }) => {
  const response = await editorPage.goto(PAGE);
  expect(response?.status()).toBe(404);
  await editorPage.goto("/dashboard");
  await expect(editorPage.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Webhooks" })).toHaveCount(0);

  const signedOut = await request.get(PAGE, { maxRedirects: 0 });
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(signedOut.status()).toBeLessThan(400);
  expect(signedOut.headers().location).toContain("/sign-in");
  expect(await signedOut.text()).not.toContain("Add an endpoint");
});
