import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { baseURL } from "../../playwright.config";

export const DEMO_PASSWORD = "Bildung-NRW-2026";
export const LOGINS = {
  mettmannLead: "leitung@kreis-mettmann.example",
  mettmannSteering: "lenkungskreis@kreis-mettmann.example",
  bielefeldLead: "leitung@bielefeld.example",
  bielefeldStaff: "buero@bielefeld.example",
  // Logging out ends every session of that login, so the tests that log out use logins of
  // their own: no parallel test loses its session.
  mettmannPartner: "partner@kreis-mettmann.example",
  bielefeldConference: "konferenz@bielefeld.example",
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
  expect(
    cookies.find((c) => c.name === "bn.session"),
    "session cookie set",
  ).toBeTruthy();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** Waits until the loopback SMTP server has received a mail to `to` whose subject contains `subject`. */
export async function waitForMail(to: string, subject: string, timeoutMs = 30_000): Promise<ReceivedMail> {
  const { readdirSync, readFileSync } = await import("node:fs");
  const path = await import("node:path");
  const { MAIL_DIR } = await import("./global-setup");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const file of readdirSync(MAIL_DIR)) {
      const mail = JSON.parse(readFileSync(path.join(MAIL_DIR, file), "utf8")) as ReceivedMail;
      if (mail.to === to && mail.subject.includes(subject)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Keine E-Mail an ${to} mit „${subject}“ angekommen`);
}

export const test = base;
export { expect };
