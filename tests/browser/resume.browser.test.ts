import { describe, expect, inject, it } from 'vitest';
import { sayOnCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('a call in progress', () => {
  it('survives a reload and resumes where it was', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk`);
    await page.locator('.line-them').first().waitFor({ timeout: 20_000 });
    await sayOnCall(page, "Hi Jordan, yes, thanks for calling. I'm glad to talk.");
    await page.locator('.line-them').nth(1).waitFor({ timeout: 20_000 });
    const before = await page.locator('.captions .line-text').allTextContents();

    await page.reload();
    await page.getByText('Welcome back: your call is where you left it.').waitFor();
    expect(await page.locator('.captions .line-text').allTextContents()).toEqual(before);
    // And the call goes on from there.
    await sayOnCall(page, 'Thank you. It was the base, $92,000 against $101,000, and the Senior title.');
    await page.locator('.line-them').nth(2).waitFor({ timeout: 20_000 });

    // The home screen offers to continue it.
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('link', { name: 'Continue the call' }).waitFor();
    await context.close();
  }, 90_000);

  it('starts a new call with a clear message when the saved call is damaged', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(() => localStorage.setItem('callback:live-call', '{"version":1,"scenarioId":"ask-why","snapshot":{"status":"active"'));
    await page.goto(`${baseUrl}#/call/ask-why`);
    await page.getByRole('alert').filter({ hasText: "couldn't be restored" }).waitFor();
    await page.locator('.line-them').first().waitFor({ timeout: 20_000 });
    await context.close();
  }, 60_000);
});
