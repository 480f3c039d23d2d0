import { describe, expect, inject, it } from 'vitest';
import { nextTurn, playCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('recording a spoken answer', () => {
  it('records while the candidate says it aloud, and plays it back in the debrief', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    expect(await nextTurn(page)).toBe('reply');
    await page.getByRole('button', { name: 'Record yourself' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByText('Recorded.').waitFor();
    await playCall(page, ["Hi Jordan, thanks for calling. I'm glad to talk.", 'Thank you, Jordan. I appreciate the call, and I hope our paths cross again.']);
    const audio = page.getByLabel('Your recording of reply 1');
    await audio.waitFor();
    const bytes = await audio.evaluate(async (element) => {
      const media = element as HTMLAudioElement;
      const blob = await (await fetch(media.src)).blob();
      return blob.size;
    });
    expect(bytes).toBeGreaterThan(1000);
    // Only the recorded reply has a recording.
    expect(await page.locator('audio').count()).toBe(1);
    await context.close();
  }, 90_000);
});
