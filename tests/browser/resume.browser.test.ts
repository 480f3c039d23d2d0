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
    // A half-typed reply survives a reload too.
    await page.getByLabel('Your reply').fill('It was the base,  mostly');
    await page.reload();
    await page.getByText('Welcome back: your call is where you left it.').waitFor();
    expect(await page.getByLabel('Your reply').inputValue()).toBe('It was the base,  mostly');
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

  it('asks before another call replaces the one in progress, and a seeded link always plays that call', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=4`);
    await sayOnCall(page, "Hi Jordan, yes, thanks for calling. I'm glad to talk.");
    await page.locator('.line-them').nth(1).waitFor();
    const inProgress = await page.locator('.captions .line-text').allTextContents();

    // The same scenario on another seed is another call: asked first, never resumed silently.
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=9`);
    await page.getByRole('heading', { name: 'You have a call in progress' }).waitFor();
    expect(await page.getByText(/Your call with .+ isn't finished/).count()).toBe(1);
    await page.getByRole('link', { name: 'Go back to that call' }).click();
    await page.getByText('Welcome back: your call is where you left it.').waitFor();
    expect(await page.locator('.captions .line-text').allTextContents()).toEqual(inProgress);

    // Choosing the other call starts it from the first ring.
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await page.getByRole('button', { name: 'Start this call' }).click();
    await page.locator('.line-them').first().waitFor();
    expect(await page.locator('.captions .line-you').count()).toBe(0);
    expect(await page.getByText('Welcome back').count()).toBe(0);
    await context.close();
  }, 90_000);
});
