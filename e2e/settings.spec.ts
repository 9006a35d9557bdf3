import { expect } from "@playwright/test";
import { captureServerAction, dbQuery, replayServerAction, savedAccountPage, sessionCookieHeader, test } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";
import { writeThrough } from "./support/db";

type SettingsRow = { threadDepth: number; moderationWords: string; holdAll: boolean; floodSeconds: number };

const readSettings = () =>
  dbQuery<SettingsRow>("settings", "findUniqueOrThrow", {
    where: { id: 1 },
    select: { threadDepth: true, moderationWords: true, holdAll: true, floodSeconds: true },
  });

// Settings are one shared row: each test puts back what it found.
test.describe("discussion settings", () => {
  let original: SettingsRow;
  test.beforeEach(async () => {
    original = await readSettings();
  });
  test.afterEach(async () => {
    await writeThrough(async (tx) => {
      await tx.settings.update({ where: { id: 1 }, data: original });
      return { result: undefined, events: [{ type: "settings.changed", payload: { fields: Object.keys(original) } }] };
    });
  });

  test("shows WordPress's defaults with visible labels, and is accessible", async ({ adminPage: page }) => {
    await page.goto("/dashboard/settings");
    await expect(page.getByLabel("Hold every comment for moderation")).toBeVisible();
    await expect(page.getByLabel("Hold a comment unless its author has an approved comment")).toBeVisible();
    await expect(page.getByLabel("Hold a comment if it contains at least N links")).toBeVisible();
    await expect(page.getByLabel("Moderation words")).toBeVisible();
    await expect(page.getByLabel("Disallowed words")).toBeVisible();
    await expect(page.getByLabel("Seconds between comments from the same sender")).toBeVisible();
    await expect(page.getByLabel("Thread depth")).toBeVisible();
    await expect(page.getByLabel("Top-level comments per page")).toBeVisible();
    await expect(page.getByLabel("Close comments on articles older than N days")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a change is saved, announced, and still there after a reload", async ({ adminPage: page }) => {
    await page.goto("/dashboard/settings");
    await page.getByLabel("Hold every comment for moderation").check();
    await page.getByLabel("Thread depth").fill("3");
    await page.getByLabel("Moderation words").fill("Casino\nlottery\n\ncasino");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Hold every comment for moderation")).toBeChecked();
    await expect(page.getByLabel("Thread depth")).toHaveValue("3");
    await expect(page.getByLabel("Moderation words")).toHaveValue("casino\nlottery");
    expect(await readSettings()).toMatchObject({ holdAll: true, threadDepth: 3, moderationWords: "casino\nlottery" });

    // The history says who changed what, from what to what.
    await page.goto("/dashboard/audit");
    const entry = page.getByRole("row").filter({ hasText: "changed the discussion settings" }).first();
    if (!original.holdAll) await expect(entry).toContainText("holdAll: false → true");
    if (original.threadDepth !== 3) await expect(entry).toContainText(`threadDepth: ${original.threadDepth} → 3`);
    await expect(entry).toContainText("moderationWords:");
  });

  test("an invalid value is reported next to its field and in the summary, and nothing is saved", async ({ adminPage: page }) => {
    await page.goto("/dashboard/settings");
    await page.getByLabel("Thread depth").fill("11");
    await page.getByLabel("Seconds between comments from the same sender").fill("30");
    await page.getByRole("button", { name: "Save settings" }).click();
    const summary = page.getByRole("alert", { name: "The settings were not saved" });
    await expect(summary.getByRole("link", { name: "Thread depth must be at most 10." })).toBeVisible();
    await expect(page.getByLabel("Thread depth")).toHaveAttribute("aria-invalid", "true");
    // What was typed stays in the form.
    await expect(page.getByLabel("Seconds between comments from the same sender")).toHaveValue("30");
    await expectNoAxeViolations(page);
    expect(await readSettings()).toEqual(original);
  });

  test("works without JavaScript", async ({ browser }) => {
    const page = await savedAccountPage(browser, "admin", { javaScriptEnabled: false });
    await page.goto("/dashboard/settings");
    await page.getByLabel("Seconds between comments from the same sender").fill("45");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    expect((await readSettings()).floodSeconds).toBe(45);
    await page.context().close();
  });

  test("the save action replayed with an editor's cookie or none changes nothing", async ({ adminPage: page, browser, request }) => {
    const editorPage = await savedAccountPage(browser, "editor");
    const editorCookie = await sessionCookieHeader(editorPage);
    await editorPage.context().close();
    await page.goto("/dashboard/settings");
    await page.getByLabel("Thread depth").fill(original.threadDepth === 9 ? "8" : "9");
    const save = await captureServerAction(page, () => page.getByRole("button", { name: "Save settings" }).click());
    for (const cookie of [undefined, "authjs.session-token=forged", editorCookie]) {
      await replayServerAction(request, save, cookie);
      expect(await readSettings(), cookie ?? "no cookie").toEqual(original);
    }
  });
});
