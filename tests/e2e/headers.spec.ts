import { expect, test } from "./fixtures";

test("every page and static file carries the security headers", async ({ page, request }) => {
  // a page with JavaScript (App Router): scripts only under this request's nonce
  const response = await page.goto("/anmelden");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();

  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  const asset = await request.get(css!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  expect(asset.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

  const notFound = await request.get("/gibt-es-nicht");
  expect(notFound.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("no CSP violations: the page's scripts run under the nonce", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/anmelden");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("a cross-site POST is refused", async ({ request }) => {
  const response = await request.post("/anmelden", {
    headers: { origin: "https://evil.example" },
    form: { email: "x" },
  });
  expect(response.status()).toBe(403);
  const noOrigin = await request.post("/api/auth/signout", { form: {} });
  expect(noOrigin.status()).toBe(403);
});

test("the public pages without JavaScript forbid every script, their 404 too", async ({ request }) => {
  for (const [path, status] of [
    ["/bielefeld/angebote", 200],
    ["/impressum", 200],
    ["/keine-region", 404],
    ["/bielefeld/gremien/kein-gremium", 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-security-policy"], path).toMatch(/script-src 'none'.*frame-ancestors 'none'/);
    expect(await response.text(), path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  }
});
