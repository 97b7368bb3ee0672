import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

/** Where Debian's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  return null;
}

/**
 * Headless Chromium from the system package, driven by playwright-core (no browser download). Playwright
 * gives every launch a new empty profile directory; the flags keep it off the network and quiet.
 */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    chromiumSandbox: false,
    args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Console errors and uncaught exceptions of a page, gathered from the moment it is opened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  return errors;
}

/** Types a question into the chat and resolves to the answer bubble once it is rendered. */
export async function askInPage(page: Page, question: string) {
  const before = await page.locator(".msg.bot").count();
  await page.fill("#q", question);
  await page.click(".ask button");
  const bubble = page.locator(".msg.bot").nth(before);
  await bubble.and(page.locator("[data-found]")).waitFor({ timeout: 15_000 });
  return bubble;
}

/** Screenshots go to docs/screenshots/ only when SCREENSHOTS=1, so test runs leave the tree clean. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== "1") return;
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}
