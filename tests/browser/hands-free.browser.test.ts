import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import fixtures from '../fixtures/audio/speech.json';
import { launchChromiumForSuite, screenshot } from './chromium.ts';

// The fake microphone plays espeak-ng speech with pauses of 0.8 s and 1.2 s, over and over.
const browser = launchChromiumForSuite([`--use-file-for-fake-audio-capture=${join(import.meta.dirname, '..', 'fixtures', 'audio', fixtures.files['160'])}`]);
const baseUrl = inject('baseUrl');

const REPLY = 'Thank you, Jordan. I appreciate the call, and I hope our paths cross again.';

/**
 * Recognition faked at the browser's own interface (real recognition never works offline): it
 * offers on-device recognition, records how it was started, and hears REPLY.
 */
function fakeRecognition(reply: string) {
  class FakeRecognition {
    lang = '';
    interimResults = false;
    continuous = false;
    processLocally = false;
    onresult: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onend: (() => void) | null = null;
    private timer: ReturnType<typeof setTimeout> | undefined;
    static available() {
      return Promise.resolve('available');
    }
    start() {
      const scope = window as unknown as { recognitionStarts?: { processLocally: boolean; continuous: boolean }[] };
      scope.recognitionStarts = [...(scope.recognitionStarts ?? []), { processLocally: this.processLocally, continuous: this.continuous }];
      this.timer = setTimeout(() => {
        const alternatives = Object.assign([{ transcript: reply }], { isFinal: true });
        this.onresult?.({ resultIndex: 0, results: [alternatives] });
      }, 400);
    }
    stop() {
      clearTimeout(this.timer);
      setTimeout(() => this.onend?.(), 0);
    }
  }
  Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });
}

describe('a hands-free call', () => {
  it('runs from the fake microphone to its debrief with no clicks between turns, recognised on the device, with delivery per reply kept over a reload', async () => {
    const context = await browser().newContext();
    await context.addInitScript(fakeRecognition, REPLY);
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/request-to-talk?seed=3`);
    await page.getByText('Voice, dictation, hands-free and hints').click();
    await page.getByRole('checkbox', { name: /Hands-free/ }).check();
    // Shorter than the clip's 1.2 s pause, longer than its 0.8 s one: that one must never end a turn.
    await page.getByRole('slider', { name: /Pause that ends your turn/ }).fill('0.9');
    await page.getByText(/Listening: answer out loud.*recognised on this device/).waitFor({ timeout: 20_000 });
    await screenshot(page, 'hands-free');

    // From here on, nothing is clicked: each turn ends by the pause and says what was recognised.
    await page.getByRole('heading', { name: 'How it landed' }).waitFor({ timeout: 100_000 });
    const said = await page.locator('.transcript .line-you .line-text').allTextContents();
    expect(said.length).toBeGreaterThanOrEqual(2);
    expect(new Set(said)).toEqual(new Set([REPLY]));
    const starts = await page.evaluate(() => (window as unknown as { recognitionStarts: { processLocally: boolean; continuous: boolean }[] }).recognitionStarts);
    expect(starts.every((start) => start.processLocally && start.continuous)).toBe(true);

    const strips = page.getByRole('group', { name: /^How reply \d+ sounded$/ });
    await strips.first().waitFor({ timeout: 20_000 });
    expect(await strips.count()).toBe(said.length);
    const before = await strips.first().getByRole('listitem').allTextContents();
    expect(before.join(' | ')).toMatch(/Pace: .* \| .*Pauses: .* \| .*Fillers: 0\.0 a minute.* \| .*Started after: \d+\.\d s/);
    await page.reload();
    await strips.first().waitFor({ timeout: 20_000 });
    expect(await strips.first().getByRole('listitem').allTextContents()).toEqual(before);
    await context.close();
  }, 150_000);
});
