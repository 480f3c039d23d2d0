import { describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromiumForSuite, screenshot } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

/** Ids that every plain object answers to, in each place a route carries an id, and routes that name nothing. */
const HOSTILE = [
  '#/call/constructor',
  '#/call/ask-why?assignment=constructor',
  '#/prepare/__proto__',
  '#/prepare/constructor?assignment=__proto__',
  '#/edit/toString',
  '#/edit/constructor',
  '#/debrief/hasOwnProperty',
  '#/debrief/constructor',
  '#/assignment/constructor',
  '#/assignment/__proto__',
  '#/review/x/constructor',
  '#/review-call/__proto__/constructor',
  '#/review-call/constructor/x',
  '#/workshop-run/constructor',
  '#/workshop-summary/__proto__',
  '#/nope',
  '#/prepare',
  '#/call/ask-why/extra',
];

describe('links that name nothing, or name what every object has', () => {
  it('show a heading in words, never a blank page, and the navigation still works', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).waitFor();
    for (const hash of HOSTILE) {
      await page.goto(`${baseUrl}${hash}`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      const text = (await heading.textContent()) ?? '';
      // The screens a link leads to when it names no scenario, call, assignment or page.
      expect(text, hash).toMatch(/isn't (here|in your library)$/);
      // Navigating from here still works: the header's links lead somewhere real.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coach' }).click();
      await page.getByRole('heading', { level: 1, name: 'Coach' }).waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the not-found screen passes axe and leads home', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/nope`);
    await page.getByRole('heading', { name: "That page isn't here" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'not-found');
    // Focus goes to the heading, as on every screen, so a screen reader announces where the link led.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('missing-title');
    await page.getByRole('link', { name: 'Go to all calls' }).click();
    await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).waitFor();
    await context.close();
  });

  it('the skip link moves focus to the screen without leaving it', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/drill`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const before = await page.evaluate(() => window.location.hash);
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.location.hash)).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });
});
