import { describe, expect, inject, it } from 'vitest';
import { axeViolations, playCall, sayOnCall, screenshot, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('a candidate rehearsing alone', () => {
  it('picks a scenario, prepares, makes the call by typing and reads a debrief', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'home');

    await page.getByRole('link', { name: /Prepare for They want to talk/ }).click();
    await page.getByLabel('Your thank-you for a "no"').fill('Fine, whatever. Your loss.');
    await page.getByText('Your loss', { exact: false }).first().waitFor();
    expect(await page.locator('.script-feedback .mark-bad').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'prepare');

    await page.getByRole('link', { name: 'Take the call' }).click();
    await page.getByText('Jordan Lee, Brightline Software').waitFor();
    // The manager speaks first; the caption shows it.
    await page.locator('.line-them').first().waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await sayOnCall(page, "Hi Jordan, yes, thanks for calling. I'm glad to talk.");
    await page.locator('.line-you').first().waitFor();
    await screenshot(page, 'call');
    await sayOnCall(page, 'Thank you. Two things: the base was $92,000 against an offer at $101,000, and the other role is Senior.');
    await sayOnCall(page, 'That is the main thing, plus the title. Thank you for taking it to finance.');
    // Whatever Jordan offers next, say yes clearly until the call ends.
    await playCall(page, ['Yes, that works. Thank you, Jordan. I accept, and I look forward to starting on the 3rd.']);
    await page.getByRole('heading', { name: 'How it landed' }).waitFor({ timeout: 20_000 });
    expect(
      await page
        .getByText(/Defensiveness/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await page.locator('.transcript .line-you').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.transcript button.mark').first().click();
    await page.getByRole('heading', { name: 'How the manager heard it' }).waitFor();
    await screenshot(page, 'debrief');
    await context.close();
  }, 90_000);
});
