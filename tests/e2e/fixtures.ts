import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";

export const DEMO_PASSWORD = "Bildung-NRW-2026";
export const LOGINS = {
  mettmannLead: "leitung@kreis-mettmann.example",
  mettmannSteering: "lenkungskreis@kreis-mettmann.example",
  bielefeldLead: "leitung@bielefeld.example",
  bielefeldStaff: "buero@bielefeld.example",
} as const;

/**
 * Logs in without clicking through the form: next-auth's credentials endpoint, as an API
 * client would use it. Only tests/e2e/login.spec.ts goes through the real form.
 */
export async function loginAs(page: Page, email: string) {
  const origin = new URL(baseURL).origin;
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    headers: { origin },
    maxRedirects: 0,
  });
  expect(response.status(), "login via next-auth").toBeLessThan(400);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "bn.session"), "session cookie set").toBeTruthy();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export const test = base;
export { expect };
