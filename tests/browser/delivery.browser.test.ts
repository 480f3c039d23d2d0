import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import fixtures from '../fixtures/audio/speech.json';
import { readWav, soundingSpanS } from '../support/wav.ts';
import { launchChromiumForSuite, nextTurn, playCall, screenshot } from './chromium.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'audio', fixtures.files['160']);
// Chromium's fake microphone plays the espeak-ng fixture over and over.
const browser = launchChromiumForSuite([`--use-file-for-fake-audio-capture=${FIXTURE}`]);
const baseUrl = inject('baseUrl');

/** A fixture's known speaking rate in words a minute: its syllables from first to last sound, pauses included, at 1.5 syllables a word. */
function knownWordsPerMinute(path = FIXTURE): { wordsPerMinute: number; loopS: number } {
  const { samples, sampleRate } = readWav(path);
  return { wordsPerMinute: ((fixtures.syllables / soundingSpanS(samples, sampleRate)) * 60) / 1.5, loopS: samples.length / sampleRate };
}

describe('delivery measured from the microphone, on the device', () => {
  it('records a reply said into the (fake) microphone, measures its pace and pauses in the debrief, and keeps it over a reload', async () => {
    const known = knownWordsPerMinute();
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    expect(await nextTurn(page)).toBe('reply');
    await page.getByRole('button', { name: 'Record yourself' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    // Long enough to hold one whole pass of the clip, longest pause included, wherever the loop starts.
    await page.waitForTimeout((known.loopS + 1.6) * 1000);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await page.getByText('Recorded.').waitFor();
    await playCall(page, ["Hi Jordan, thanks for calling. I'm glad to talk.", 'Thank you, Jordan. I appreciate the call, and I hope our paths cross again.']);

    const strip = page.getByRole('group', { name: 'How reply 1 sounded' });
    await strip.waitFor({ timeout: 20_000 });
    const checks = await strip.getByRole('listitem').allTextContents();
    // Recorded by hand and typed: nothing says when the manager finished, and typing has no fillers to count.
    expect(checks.some((check) => /Started after|Fillers/.test(check))).toBe(false);
    const measured = Number(/Pace: about (\d+) words a minute/.exec(checks[0] ?? '')?.[1]);
    expect(Math.abs(measured / known.wordsPerMinute - 1), `measured ${measured}, known ${known.wordsPerMinute.toFixed(0)}`).toBeLessThanOrEqual(0.15);
    const pauses = /Pauses: (\d+), longest (\d+\.\d) s/.exec(checks[1] ?? '');
    expect(Number(pauses?.[1])).toBeGreaterThanOrEqual(fixtures.insertedPausesS.length);
    expect(Math.abs(Number(pauses?.[2]) - Math.max(...fixtures.insertedPausesS))).toBeLessThanOrEqual(0.2);
    await page.getByRole('region', { name: 'How you sounded' }).waitFor();
    await screenshot(page, 'debrief-delivery');

    // The recording lives in IndexedDB beside its call: a reload measures it again.
    await page.reload();
    await page.getByRole('group', { name: 'How reply 1 sounded' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('group', { name: 'How reply 1 sounded' }).getByRole('listitem').allTextContents()).toEqual(checks);

    // And in the progress chart, on request.
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('button', { name: 'Show pace and pauses from your recordings' }).click();
    const paceCell = page.locator('.delivery-progress td').first();
    await paceCell.waitFor({ timeout: 20_000 });
    expect(Number(await paceCell.textContent())).toBe(measured);
    // Your data says what the recordings take.
    await page.getByText(/Your recording takes \d+(\.\d)? [KM]B of that/).waitFor();

    // From its line in the debrief, the recording downloads as a file, and deletes.
    await page.locator('.history-list a').first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the recording of reply 1' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^callback-.+-reply-1\.(webm|ogg|m4a)$/);
    await page.getByRole('button', { name: 'Delete the recording of reply 1' }).click();
    await page.getByLabel('Your recording of reply 1').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'How it landed' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByLabel('Your recording of reply 1').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'How reply 1 sounded' }).count()).toBe(0);
    await context.close();
  }, 90_000);

  it('measures each espeak-ng fixture (120, 160 and 200 words a minute) within tolerance, decoded and analysed by the browser from a saved call', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    await playCall(page, ["Hi Jordan, thanks for calling. I'm glad to talk.", 'Thank you, Jordan. I appreciate the call, and I hope our paths cross again.']);
    await page.getByRole('heading', { name: 'How it landed' }).waitFor({ timeout: 20_000 });
    const callId = decodeURIComponent(new URL(page.url()).hash.replace('#/debrief/', ''));
    const rates = Object.keys(fixtures.files) as (keyof typeof fixtures.files)[];
    const clips = rates.map((rate) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'audio', fixtures.files[rate])).toString('base64'));
    // Each fixture becomes the recording of one reply, saved in IndexedDB beside the call, as the app saves them.
    await page.evaluate(
      ({ callId, clips }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('callback');
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const transaction = request.result.transaction('recordings', 'readwrite');
            clips.forEach((base64, replyIndex) => {
              const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
              transaction.objectStore('recordings').put({ key: JSON.stringify([callId, replyIndex]), callId, replyIndex, clip: new Blob([bytes], { type: 'audio/wav' }) });
            });
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(new Error(String(transaction.error)));
          };
        }),
      { callId, clips },
    );
    await page.reload();
    for (const [index, rate] of rates.entries()) {
      const strip = page.getByRole('group', { name: `How reply ${index + 1} sounded` });
      await strip.waitFor({ timeout: 20_000 });
      const checks = await strip.getByRole('listitem').allTextContents();
      const measured = Number(/Pace: about (\d+) words a minute/.exec(checks[0] ?? '')?.[1]);
      const known = knownWordsPerMinute(join(import.meta.dirname, '..', 'fixtures', 'audio', fixtures.files[rate])).wordsPerMinute;
      expect(Math.abs(measured / known - 1), `${rate}: measured ${measured}, known ${known.toFixed(0)}`).toBeLessThanOrEqual(0.15);
      const pauses = /Pauses: (\d+), longest (\d+\.\d) s/.exec(checks[1] ?? '');
      expect(Number(pauses?.[1]), `${rate}: pauses`).toBe(fixtures.insertedPausesS.length);
      expect(Math.abs(Number(pauses?.[2]) - Math.max(...fixtures.insertedPausesS))).toBeLessThanOrEqual(0.2);
    }
    await context.close();
  }, 90_000);
});
