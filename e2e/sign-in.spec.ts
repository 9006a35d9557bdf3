import { randomInt } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { TEST_PASSWORD, createUser, dbQuery, sessionCookie, signIn, uniqueEmail } from "./auth-fixtures";
import { expectNoAxeViolations } from "./fixtures";

const INVALID = "That email and password do not match an account.";

const summary = (page: Page) => page.getByRole("alert", { name: "You could not be signed in" });

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** An address of a documentation range, different each run, to speak as another client (the e2e server trusts one X-Forwarded-For hop). */
function someIp(prefix: "192.0.2" | "198.51.100" | "203.0.113"): string {
  return `${prefix}.${randomInt(1, 255)}`;
}

/** Posts to Auth.js's own endpoint as a script would; the answer's `code`: "credentials" (a wrong password) or "locked". */
async function postSignIn(request: APIRequestContext, csrfToken: string, email: string, password: string, ip: string): Promise<string | null> {
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/dashboard" },
    headers: { "x-forwarded-for": ip },
    maxRedirects: 0,
  });
  return new URL(response.headers()["location"] ?? "/", "http://localhost").searchParams.get("code");
}

/** One failed attempt from a fresh form, so attempts never overlap. */
async function failSignIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  await expect(summary(page)).toBeVisible();
}

test.describe("signing in", () => {
  test("an editor signs in and lands on the dashboard; the page is accessible", async ({ page }) => {
    const editor = await createUser({ role: "editor" });
    await page.goto("/sign-in");
    await expectNoAxeViolations(page);
    await submitSignIn(page, editor.email, editor.password);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText(`Signed in as ${editor.email}`)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Comments" })).toBeVisible();
    // Editors are not offered the admin sections.
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
    const editor = await createUser();
    await signIn(page, editor.email, editor.password);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
  });

  test("a wrong password and an unknown email get the same message, with an accessible summary", async ({ page }) => {
    const editor = await createUser();
    await page.goto("/sign-in");
    await submitSignIn(page, editor.email, "not the password at all");
    const alert = summary(page);
    await expect(alert).toContainText(INVALID);
    await expect(page.getByLabel("Email")).toHaveValue(editor.email);
    await expectNoAxeViolations(page);
    const wrongPassword = await alert.innerText();

    await page.goto("/sign-in");
    await submitSignIn(page, uniqueEmail("nobody"), "not the password at all");
    await expect(summary(page)).toContainText(INVALID);
    expect(await summary(page).innerText()).toBe(wrongPassword);
  });

  test("empty fields are reported next to the fields and in the summary", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(summary(page).getByRole("link", { name: "Enter your email address." })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  });

  test("signing in works without JavaScript", async ({ browser }) => {
    const editor = await createUser();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await submitSignIn(page, editor.email, "wrong password, no script");
    await expect(page.getByText(INVALID)).toBeVisible();
    await submitSignIn(page, editor.email, editor.password);
    await expect(page.getByText(`Signed in as ${editor.email}`)).toBeVisible();
    await context.close();
  });

  test.describe("lockouts", () => {
    // From an address of their own: the failures here would otherwise count
    // towards the per-IP limit of every test that signs in from 127.0.0.1.
    test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` } });

    test("an account is locked for 15 minutes after five failures, even for the right password", async ({ page }) => {
      const editor = await createUser();
      for (let attempt = 1; attempt <= 4; attempt++) {
        await failSignIn(page, editor.email, `wrong password ${attempt}`);
        await expect(summary(page)).toContainText(INVALID);
      }
      await failSignIn(page, editor.email, "wrong password 5");
      await expect(summary(page)).toContainText("Too many failed sign-ins. Wait 15 minutes and try again.");
      await failSignIn(page, editor.email, editor.password);
      await expect(summary(page)).toContainText("Too many failed sign-ins");
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    });

    test("an unknown email is locked the same way, so the lock reveals nothing", async ({ page }) => {
      const nobody = uniqueEmail("nobody");
      for (let attempt = 1; attempt <= 5; attempt++) await failSignIn(page, nobody, `guess ${attempt}`);
      await expect(summary(page)).toContainText("Too many failed sign-ins. Wait 15 minutes and try again.");
    });
  });

  test("one address spraying many accounts is locked too", async ({ browser }) => {
    test.setTimeout(120_000);
    // As seen through a proxy chain: the address comes from X-Forwarded-For.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 20}` } });
    const page = await context.newPage();
    const editor = await createUser();
    for (let attempt = 1; attempt <= 20; attempt++) await failSignIn(page, uniqueEmail("spray"), "Summer2026!");
    await expect(summary(page)).toContainText("Too many failed sign-ins");
    await failSignIn(page, editor.email, editor.password);
    await expect(summary(page)).toContainText("Too many failed sign-ins");
    await context.close();
    await dbQuery("throttle", "deleteMany", { where: { key: { startsWith: "signin:ip:198.51.100." } } });
  });
});

test.describe("guessing in parallel, and locking out someone else", () => {
  test("twenty wrong guesses at once check at most five passwords; the others are refused unchecked", async ({ request }) => {
    const editor = await createUser();
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const ip = someIp("203.0.113");
    const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => postSignIn(request, csrfToken, editor.email, `guess ${i}`, ip)));
    // Each checked guess but the fifth answers "wrong password"; the fifth and
    // every refused one answer "locked".
    expect(codes.filter((code) => code === "credentials").length).toBeLessThanOrEqual(4);
    expect(codes.filter((code) => code === "locked").length).toBeGreaterThanOrEqual(16);
    expect(await postSignIn(request, csrfToken, editor.email, editor.password, ip)).toBe("locked");
    // Each counter kept for this email counts the passwords actually checked
    // for it: five at most, not one per guess.
    const rows = await dbQuery<{ count: number }[]>("throttle", "findMany", { where: { key: { contains: editor.email } }, select: { count: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.max(...rows.map((row) => row.count))).toBeLessThanOrEqual(5);
  });

  test("a stranger locking out admin@localhost from elsewhere does not stop the admin signing in from their own address", async ({ browser }) => {
    const admin = await createUser({ email: "admin@localhost", role: "admin", name: "Administrator" });
    const strangerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": someIp("203.0.113") } });
    const stranger = await strangerContext.newPage();
    for (let attempt = 1; attempt <= 5; attempt++) await failSignIn(stranger, admin.email, `guess ${attempt}`);
    await expect(summary(stranger)).toContainText("Too many failed sign-ins. Wait 15 minutes and try again.");
    await failSignIn(stranger, admin.email, admin.password);
    await expect(summary(stranger)).toContainText("Too many failed sign-ins");
    await strangerContext.close();

    const ownContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": someIp("192.0.2") } });
    const own = await ownContext.newPage();
    await signIn(own, admin.email, admin.password);
    await expect(own.getByText(`Signed in as ${admin.email}`)).toBeVisible();
    await ownContext.close();
    await dbQuery("throttle", "deleteMany", { where: { key: { contains: admin.email } } });
  });
});

test.describe("where sign-in sends you", () => {
  for (const callbackUrl of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
    test(`callbackUrl ${callbackUrl} is ignored`, async ({ page, baseURL }) => {
      const editor = await createUser();
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await submitSignIn(page, editor.email, editor.password);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toBe("/dashboard");
    });
  }

  test("a same-origin callbackUrl is honoured", async ({ page }) => {
    const editor = await createUser();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/dashboard?from=test")}`);
    await submitSignIn(page, editor.email, editor.password);
    await expect(page).toHaveURL(/\/dashboard\?from=test$/);
  });
});

test.describe("the dashboard refuses visitors without a live session", () => {
  test("a signed-out visitor is sent to sign-in and back afterwards", async ({ page }) => {
    const admin = await createUser({ role: "admin" });
    await page.goto("/dashboard/users");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fusers$/);
    await submitSignIn(page, admin.email, admin.password);
    await expect(page).toHaveURL(/\/dashboard\/users$/);
  });

  test("the x-middleware-subrequest header does not skip the check", async ({ request }) => {
    for (const probe of [
      "proxy",
      "proxy:proxy:proxy:proxy:proxy",
      "middleware:middleware:middleware:middleware:middleware",
      "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
      "pages/_middleware",
    ]) {
      const response = await request.get("/dashboard", { headers: { "x-middleware-subrequest": probe }, maxRedirects: 0 });
      expect(response.status(), probe).toBe(307);
      expect(response.headers()["location"], probe).toContain("/sign-in");
      const followed = await request.get("/dashboard/users", { headers: { "x-middleware-subrequest": probe } });
      expect(new URL(followed.url()).pathname, probe).toBe("/sign-in");
      expect(await followed.text(), probe).not.toContain("Sign out");
    }
  });

  test("a forged session cookie is refused", async ({ request }) => {
    for (const name of ["authjs.session-token", "__Secure-authjs.session-token"]) {
      const response = await request.get("/dashboard", { headers: { cookie: `${name}=forged.not-a-jwt.value` } });
      expect(new URL(response.url()).pathname).toBe("/sign-in");
      expect(await response.text()).not.toContain("Signed in as");
    }
  });

  test("signing out kills the old cookie, even replayed", async ({ page, playwright }) => {
    const editor = await createUser({ password: TEST_PASSWORD });
    await signIn(page, editor.email, editor.password);
    const cookie = await sessionCookie(page);

    const replay = await playwright.request.newContext({ extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
    const before = await replay.get("/dashboard");
    expect(await before.text()).toContain(`Signed in as`);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You have signed out.");
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);

    const after = await replay.get("/dashboard");
    expect(new URL(after.url()).pathname).toBe("/sign-in");
    expect(await after.text()).not.toContain("Signed in as");
    await replay.dispose();
  });
});
