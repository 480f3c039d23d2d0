import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, started the way this closed network needs (no background connections).
 * `extraArgs` adds flags, such as a WAV file for the fake microphone to play.
 */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; scripts/ensure-chromium.sh installs it`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // A fake microphone, allowed without a prompt, so recording can be tested headless.
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Waits until it is the candidate's turn on the call screen, or the debrief is showing. */
export async function nextTurn(page: Page): Promise<'reply' | 'ended'> {
  const handle = await page.waitForFunction(
    () => {
      if (document.querySelector('#grades-title')) return 'ended';
      return document.querySelector('#turn-status')?.textContent?.startsWith('Press Enter') ? 'reply' : false;
    },
    null,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as 'reply' | 'ended';
}

/** Types a reply on the call screen once it is the candidate's turn. */
export async function sayOnCall(page: Page, text: string): Promise<void> {
  if ((await nextTurn(page)) !== 'reply') throw new Error(`the call ended before "${text.slice(0, 40)}" could be said`);
  const box = page.getByLabel('Your reply');
  await box.fill(text);
  await box.press('Enter');
}

/** Says each reply in turn (repeating the last) until the debrief shows; returns how many were said. */
export async function playCall(page: Page, replies: readonly string[]): Promise<number> {
  let said = 0;
  while ((await nextTurn(page)) === 'reply') {
    await sayOnCall(page, replies[Math.min(said, replies.length - 1)] as string);
    said++;
    if (said > 30) throw new Error('the call never ended');
  }
  return said;
}

/**
 * Launches Chromium once for a test file and closes it after. Each test opens its own context,
 * so storage never leaks between tests.
 */
export function launchChromiumForSuite(extraArgs: readonly string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running yet');
    return browser;
  };
}

/**
 * Where screenshots go: a git-ignored folder on every run, so tests never rewrite tracked files.
 * `npm run screenshots` points this at docs/screenshots to refresh the README's copies on purpose.
 */
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** Saves the screen at desktop and phone width, to look at (and, on purpose, for the README). */
/** What the screen shows right now, at the page's own viewport size (not the whole page): `<name>.png`. */
export async function viewScreenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** WCAG 2.1 AA violations on the page, as "rule: selectors" lines; empty when axe finds none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Clicks something that downloads a file, and returns where it was saved and its text. */
export async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ path: string; text: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `callback-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { path, text: readFileSync(path, 'utf8'), name: download.suggestedFilename() };
}
