import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { nextTurn, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const text = `${element?.textContent ?? ''} ${element?.getAttribute('aria-label') ?? ''} ${(element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''}`;
      return text.replace(/\s+/g, ' ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('the keyboard alone', () => {
  it('takes a candidate from home through a call to the debrief, with focus on each new screen', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await tabTo(page, /Prepare for Ask why/);
    await page.keyboard.press('Enter');
    await page.locator('h1', { hasText: 'Ask why' }).waitFor();
    // Each new screen moves focus to its heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, /Make the call/);
    await page.keyboard.press('Enter');
    expect(await nextTurn(page)).toBe('reply');
    // The reply box takes focus when it is the candidate's turn.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply-text');
    await page.keyboard.type("Hi Tom, it's Jordan Avery. I'm sorry, I have to go. Thank you, goodbye.");
    await page.keyboard.press('Enter');
    await tabTo(page, /Hang up/);
    await page.keyboard.press('Enter');
    // After a reply, hanging up asks first, with the answer focused.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, hang up');
    await page.keyboard.press('Enter');
    // Hung up before the manager's first question was answered: recorded, but not graded.
    await page.getByRole('heading', { name: 'Not graded' }).waitFor({ timeout: 20_000 });
    await tabTo(page, /Cost points|Earned points/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'How the manager heard it' }).waitFor();
    await context.close();
  }, 60_000);
});
