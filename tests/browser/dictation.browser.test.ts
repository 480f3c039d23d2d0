import { describe, expect, inject, it } from 'vitest';
import { launchChromiumForSuite, nextTurn, sayOnCall } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('answering by voice', () => {
  it('is off until the candidate turns it on where they are told where their voice goes', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    expect(await nextTurn(page)).toBe('reply');
    // Off: nothing on the screen can start the browser's recogniser.
    expect(await page.getByRole('button', { name: 'Speak your reply' }).count()).toBe(0);

    await page.getByText('Voice, dictation, hands-free and hints').click();
    const toggle = page.getByRole('checkbox', { name: 'Dictation: speak instead of typing' });
    expect(await toggle.isChecked()).toBe(false);
    const describedBy = (await toggle.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/in Chrome, to Google.*Typing and recording stay on this device\./s);
    await toggle.check();

    // On: the button appears; offline, Chromium's recognition reports "network", and typing goes on.
    await page.getByRole('button', { name: 'Speak your reply' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/type your reply/);
    // One problem, one message; if it is the microphone, what needs it is switched off together.
    expect(await page.getByRole('alert').count()).toBe(1);
    if (/microphone/i.test((await alert.textContent()) ?? '')) expect(await page.getByRole('button', { name: 'Record yourself' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Your reply').evaluate((element) => element === document.activeElement)).toBe(true);
    await sayOnCall(page, "Hi Jordan, thanks for calling. I'm glad to talk.");
    expect(await nextTurn(page)).toBe('reply');
    expect(await page.locator('.captions .line-you').count()).toBe(1);

    // Off again: the button goes.
    await toggle.uncheck();
    expect(await page.getByRole('button', { name: 'Speak your reply' }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
