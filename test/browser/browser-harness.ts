import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { createTestApp, TestApp } from '@kindling/testing';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = process.env.KINDLING_SCREENSHOTS ?? '/tmp/kindling-browser';

/** One member at their own browser: a context of their own (cookies, storage), one page. */
export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen on the page. */
  problems: string[];
}

export interface BrowserStack {
  t: TestApp;
  browser: Browser;
  person(name: string): Promise<Person>;
  close(): Promise<void>;
}

/**
 * The real API and worker (Postgres, Redis, BullMQ) serving the built web app,
 * and a headless Chromium. Sign-up limits are opened wide: every person of a
 * test signs up from 127.0.0.1.
 */
export async function startBrowserStack(): Promise<BrowserStack> {
  const t = await createTestApp({ worker: true, env: { AUTH_LIMITS: 'register=1000/3600,login=1000/900' } });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  } catch (error) {
    await t.close();
    throw error;
  }
  const people: Person[] = [];
  return {
    t,
    browser,
    async person(name) {
      const context = await browser.newContext({ baseURL: t.url, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        // Failed requests are judged below, with their URL.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          problems.push(`console: ${message.text()}`);
      });
      page.on('response', (response) => {
        const url = new URL(response.url());
        // The app asks /auth/refresh on start whether a session can be restored: 401 means signed out, not a problem.
        const signedOutProbe = url.pathname === '/auth/refresh' && response.status() === 401;
        if (response.status() >= 400 && !signedOutProbe)
          problems.push(`http ${response.status()}: ${response.request().method()} ${url.pathname}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      const person = { name, context, page, problems };
      people.push(person);
      return person;
    },
    async close() {
      await Promise.all(people.map((p) => p.context.close().catch(() => undefined)));
      await browser.close().catch(() => undefined);
      await t.close();
    },
  };
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Problems other than the ones a test provokes on purpose (a refused sign-in logs its 401). */
export const unexpectedProblems = (person: Person, allowed: RegExp[] = []) =>
  person.problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
