import { describe, expect, inject, it } from 'vitest';
import { nextTurn, sayOnCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('answering by voice', () => {
  it('falls back to typing with a one-line explanation when recognition fails, and the call goes on', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    expect(await nextTurn(page)).toBe('reply');
    // Dictation is off until the candidate turns it on, having read where the audio goes.
    await page.getByText('Voice, dictation and hints').click();
    await page.getByRole('checkbox', { name: 'Dictation: speak instead of typing' }).check();
    // Offline, Chromium's recognition reports "network"; this is the path every offline user takes.
    await page.getByRole('button', { name: 'Speak your reply' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/type your reply/);
    expect(await page.getByLabel('Your reply').evaluate((element) => element === document.activeElement)).toBe(true);
    await sayOnCall(page, "Hi Jordan, thanks for calling. I'm glad to talk.");
    expect(await nextTurn(page)).toBe('reply');
    expect(await page.locator('.captions .line-you').count()).toBe(1);
    await context.close();
  }, 60_000);
});
