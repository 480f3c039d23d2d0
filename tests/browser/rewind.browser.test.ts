import { describe, expect, inject, it } from 'vitest';
import { nextTurn, playCall, sayOnCall, launchChromiumForSuite, screenshot } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('try this reply again', () => {
  it('rewinds the call to just before the chosen reply, with the manager saying the same words', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=5`);
    await playCall(page, ["Hi Jordan, thanks for calling. I'm glad to talk.", 'Honestly, things changed, you know.', 'Thank you, Jordan. I appreciate the call, and I hope our paths cross again.']);
    const lines = await page.locator('.transcript .line-text').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(4);

    await page.getByRole('button', { name: 'Try this reply again (reply 2)' }).click();
    // The debrief stays up until the call screen has loaded; wait for the call, not the old page.
    await page.locator('.captions').waitFor();
    expect(await nextTurn(page)).toBe('reply');
    // Everything up to the manager's line before reply 2, word for word.
    expect(await page.locator('.captions .line-text').allTextContents()).toEqual(lines.slice(0, 3));
    await sayOnCall(page, 'It was the base: $92,000 against an offer at $101,000, and the Senior title.');
    expect(await nextTurn(page)).toBe('reply');
    expect(await page.locator('.captions .line-you').count()).toBe(2);

    // Seen through to the end, the new debrief sets the old reply and the new one side by side.
    await playCall(page, ['Thank you, Jordan. I appreciate the call, and I hope our paths cross again.']);
    const comparison = page.getByRole('region', { name: 'Reply 2, before and after' });
    await comparison.waitFor({ timeout: 20_000 });
    expect(await comparison.locator('blockquote').allTextContents()).toEqual(['Honestly, things changed, you know.', 'It was the base: $92,000 against an offer at $101,000, and the Senior title.']);
    await screenshot(page, 'debrief-retry');
    await context.close();
  }, 90_000);
});
