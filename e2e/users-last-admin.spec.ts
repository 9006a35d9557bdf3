import { expect, test, type Page } from "@playwright/test";
import { createUser, dbQuery, signIn } from "./auth-fixtures";

// Disables every other admin for its duration, so it runs alone
// (playwright.config.ts, project "exclusive").

const userRow = (page: Page, email: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });

test("the last active admin cannot disable or demote themselves", async ({ page }) => {
  const admin = await createUser({ role: "admin" });
  const others = await dbQuery<{ id: number }[]>("user", "findMany", {
    where: { role: "admin", disabled: false, id: { not: admin.id } },
    select: { id: true },
  });
  const otherIds = others.map((other) => other.id);
  await dbQuery("user", "updateMany", { where: { id: { in: otherIds } }, data: { disabled: true } });
  try {
    await signIn(page, admin.email, admin.password, "/dashboard/users");
    const row = userRow(page, admin.email);
    await row.getByRole("button", { name: "Disable" }).click();
    await expect(row.getByRole("status").filter({ hasText: "There must always be at least one active admin" })).toBeVisible();
    await row.getByRole("button", { name: "Make editor" }).click();
    await expect(row.getByRole("status").filter({ hasText: "There must always be at least one active admin" }).first()).toBeVisible();
    expect(await dbQuery("user", "findUnique", { where: { id: admin.id }, select: { role: true, disabled: true } })).toEqual({ role: "admin", disabled: false });
  } finally {
    await dbQuery("user", "updateMany", { where: { id: { in: otherIds } }, data: { disabled: false } });
  }
});
