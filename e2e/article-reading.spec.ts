import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect, test } from "@playwright/test";
import { articlePath, expectNoAxeViolations, seedArticle, trackForeignRequests } from "./fixtures";

test.describe("a reader on the home page", () => {
  test("sees the publication's name and the article, and follows the link", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "The Dispatch" })).toBeVisible();
    const link = page.getByRole("link", { name: seedArticle.title });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedArticle.title);
  });

  test("meets WCAG AA according to axe", async ({ page }) => {
    await page.goto("/");
    await expectNoAxeViolations(page);
  });
});

test.describe("a reader on the article page", () => {
  test("reads the headline and every paragraph of the body, in order and word for word", async ({ page }) => {
    await page.goto(articlePath);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText(seedArticle.title);
    const paragraphs = page.locator("article").first().locator(":scope > p");
    await expect(paragraphs).toHaveText(seedArticle.paragraphs);
    await expect(page.locator("article")).toContainText("cities in thr region");
    const published = page.locator("article time").first();
    await expect(published).toHaveAttribute("datetime", "2026-11-27T09:00:00.000Z");
    await expect(published).toHaveText("November 27, 2026");
    await expect(page).toHaveTitle(`${seedArticle.title} | The Dispatch`);
  });

  test("makes no request to any other host", async ({ page, baseURL }) => {
    const foreign = trackForeignRequests(page, baseURL!);
    await page.goto(articlePath, { waitUntil: "networkidle" });
    await page.goto("/", { waitUntil: "networkidle" });
    expect(foreign).toEqual([]);
  });

  test("can skip to the content with the keyboard", async ({ page }) => {
    await page.goto(articlePath);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("meets WCAG AA according to axe, in light and dark schemes", async ({ page }) => {
    await page.goto(articlePath);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });

  test("reads comfortably on a 320 px wide screen", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(articlePath);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("search engines and feed readers", () => {
  test("find canonical, OpenGraph, Twitter and JSON-LD metadata on the article", async ({ page, request, baseURL }) => {
    await page.goto(articlePath);
    const canonical = `${baseURL}${articlePath}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", seedArticle.paragraphs[0]!);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", seedArticle.title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", /feed\.xml$/);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(jsonLd["@type"]).toBe("NewsArticle");
    expect(jsonLd.headline).toBe(seedArticle.title);
    expect(jsonLd.datePublished).toBe("2026-11-27T09:00:00.000Z");
    expect(jsonLd.mainEntityOfPage["@id"]).toBe(canonical);
    expect(jsonLd.description).toBe(seedArticle.paragraphs[0]);

    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    const image = await request.get(new URL(ogImage!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  });

  test("get a well-formed RSS 2.0 feed with the article", async ({ request, baseURL }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml);
    // Other tests publish articles of their own meanwhile: find this one.
    const items = [feed.rss.channel.item].flat() as { title: string; link: string }[];
    const item = items.find((candidate) => candidate.link === `${baseURL}${articlePath}`);
    expect(item?.title).toBe(seedArticle.title);
  });

  test("get a well-formed sitemap and robots.txt", async ({ request, baseURL }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = [new XMLParser().parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc);
    expect(locs).toContain(`${baseURL}${articlePath}`);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toContain("Disallow: /dashboard");
  });
});

test("the site has its icons, a web app manifest and a social image, all linked from the page", async ({ page, request, baseURL }) => {
  await page.goto(articlePath);
  const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) =>
    links.map((link) => `${link.getAttribute("rel")} ${link.getAttribute("type") ?? ""} ${new URL((link as HTMLLinkElement).href).pathname}`),
  );
  expect(hrefs.join("\n")).toMatch(/icon image\/svg\+xml \/icon\.svg/);
  expect(hrefs.join("\n")).toMatch(/apple-touch-icon .*\/apple-icon\.png/);
  expect(hrefs.join("\n")).toMatch(/manifest .*\/manifest\.webmanifest/);
  // An article has a social image of its own; every other page the site's default.
  const articleImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  await page.goto("/");
  const socialImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(socialImage).toMatch(new RegExp(`^${baseURL}/opengraph-image`));
  expect(articleImage).not.toBe(socialImage);

  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
    ["/icon-192.png", "image/png"],
    ["/icon-512.png", "image/png"],
    [new URL(socialImage!).pathname, "image/png"],
    [new URL(articleImage!).pathname, "image/png"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toBe("The Dispatch");
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test("an unknown article is a real 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Go to the latest articles" })).toBeVisible();
});
