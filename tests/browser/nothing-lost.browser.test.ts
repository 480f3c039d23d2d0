import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildResultFile, resultFileText } from '../../src/domain/result/result-file.ts';
import { packForLink } from '../../src/lib/link-codec.ts';
import { finishedCall } from '../support/finished-call.ts';
import { axeViolations, downloadFrom, launchChromiumForSuite, playCall, screenshot } from './chromium.ts';
import { dumpDatabase, putRecords } from './saved-data.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');
const REPLIES = ['Hi Tom, thanks for your time.', 'Thank you. What could I strengthen?', 'Thank you, I hope our paths cross again.'];

async function freshPage() {
  const context = await browser().newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page };
}

async function historyCount(page: Page): Promise<number> {
  await page.goto(`${baseUrl}#/`);
  await page.getByRole('heading', { name: 'Your calls' }).waitFor();
  return page.locator('.history-list li').count();
}

describe('nothing is lost', () => {
  it('keeps a finished call on screen when storage is full, says so in words, and offers it for export', async () => {
    const { context, page } = await freshPage();
    // A full disk, as IndexedDB reports it. (Chromium's CDP quota override has no effect on
    // IndexedDB in this headless build, so the failure is raised where the browser raises it.)
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store it belongs to
      const { put } = IDBObjectStore.prototype;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((globalThis as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await page.locator('.captions').waitFor();
    await page.evaluate(() => {
      (globalThis as { storageFull?: boolean }).storageFull = true;
    });
    const count = await playCall(page, REPLIES);
    const alert = page.getByRole('alert').filter({ hasText: "storage for this site is full, so this wasn't saved" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('1 finished call is kept on this page only');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'storage-full');
    // The debrief still shows the call, and the export holds it.
    await page.getByRole('heading', { name: 'How it landed' }).waitFor();
    const exported = await downloadFrom(page, () => alert.getByRole('button', { name: 'Export it' }).click());
    const file = JSON.parse(exported.text);
    expect(file.calls).toHaveLength(1);
    // playCall repeats the last reply until the manager ends the call.
    const said = [...REPLIES, ...Array.from({ length: Math.max(0, count - REPLIES.length) }, () => REPLIES.at(-1))].slice(0, count);
    expect(file.calls[0].output.turns.map((turn: { reply: string }) => turn.reply)).toEqual(said);
    await context.close();
  }, 90_000);

  it('keeps both calls when two tabs finish a call at the same time', async () => {
    const { context, page } = await freshPage();
    const other = await context.newPage();
    await Promise.all([page.goto(`${baseUrl}#/call/ask-why?seed=2`), other.goto(`${baseUrl}#/call/request-to-talk?seed=3`)]);
    // Whichever tab opens second sees the other's call in progress, and is asked before starting its own.
    for (const tab of [page, other]) {
      await tab.locator('.captions, #other-call-title').first().waitFor();
      if (await tab.locator('#other-call-title').count()) await tab.getByRole('button', { name: 'Start this call' }).click();
    }
    await Promise.all([playCall(page, REPLIES), playCall(other, ["Hi Jordan, thanks for calling. I'm glad to talk.", 'Thank you, I appreciate it.'])]);
    expect(await historyCount(page)).toBe(2);
    expect(await historyCount(other)).toBe(2);
    await context.close();
  }, 90_000);

  it('counts a damaged saved call on screen, keeps it exactly as it was, and exports it', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await playCall(page, REPLIES);
    await page.goto(`${baseUrl}#/`);
    await putRecords(page, 'calls', [{ key: 'call-broken', v: 1, data: { id: 'call-broken', output: 'half a call' } }]);
    await page.reload();
    const notice = page.getByText("1 saved call couldn't be read");
    await notice.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'damaged-data');
    expect(await page.locator('.history-list li').count()).toBe(1);
    const exported = await downloadFrom(page, () => page.getByRole('button', { name: 'Export the unreadable records' }).click());
    expect(JSON.parse(exported.text).records.calls).toEqual([{ key: 'call-broken', v: 1, data: { id: 'call-broken', output: 'half a call' } }]);
    expect(await dumpDatabase(page)).toContain('half a call');
    await context.close();
  }, 90_000);

  it('opens data from a newer Callback read-only, and changes nothing in it', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('heading', { name: 'Your calls' }).waitFor();
    await putRecords(page, 'settings', [{ key: 'settings', v: 2, data: { voiceOn: false, theme: 'dark' } }]);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'saved by a newer version of Callback' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const before = await dumpDatabase(page);
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await playCall(page, REPLIES);
    await page.goto(`${baseUrl}#/`);
    expect(await dumpDatabase(page)).toBe(before);
    await context.close();
  }, 90_000);

  it('writes nothing at all when an import is refused', async () => {
    const { context, page } = await freshPage();
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await playCall(page, REPLIES);
    await page.goto(`${baseUrl}#/`);
    const exported = await downloadFrom(page, () => page.getByRole('button', { name: 'Export my data' }).click());
    const before = await dumpDatabase(page);
    const broken = join(tmpdir(), `callback-broken-${Date.now()}.json`);
    writeFileSync(broken, readFileSync(exported.path, 'utf8').replace('"version": 1', '"version": "one"'));
    await page.getByLabel('Data file to import').setInputFiles(broken);
    await page.getByRole('alert').filter({ hasText: "wasn't imported; nothing was changed" }).waitFor();
    expect(await dumpDatabase(page)).toBe(before);
    await context.close();
  }, 90_000);
});

describe('deeply nested files', () => {
  /** About 200 KB of brackets inside an otherwise ordinary file: deep enough to overflow any recursive walk. */
  const deep = (text: string) => text.replace(/\}\s*$/, `,"extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);

  it('imports the good results files and names the deeply nested one, with nothing else lost', async () => {
    const { context, page } = await freshPage();
    const good = resultFileText(buildResultFile('Jordan Avery', { kind: 'assignment', assignmentId: 'a-deep-0001', title: 'Practise', coach: 'Priya', items: [] }, [finishedCall('call-a')]));
    const other = resultFileText(buildResultFile('Sam Lee', { kind: 'assignment', assignmentId: 'a-deep-0001', title: 'Practise', coach: 'Priya', items: [] }, [finishedCall('call-b')]));
    const dir = tmpdir();
    const files = [
      ['jordan.json', good],
      ['nested.json', deep(good)],
      ['sam.json', other],
    ].map(([name, text]) => {
      const path = join(dir, `${Date.now()}-${name}`);
      writeFileSync(path, text as string);
      return path;
    });
    await page.goto(`${baseUrl}#/review`);
    await page.getByLabel('Import results files').setInputFiles(files);
    const alert = page.getByRole('alert').filter({ hasText: 'Imported 2 new result files' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/1 of 3 files wasn't imported:\d+-nested\.json: \(the whole file\): nested more than 64 levels deep/);
    await context.close();
  }, 90_000);

  it('explains a deeply nested assignment link instead of hanging on "Opening…"', async () => {
    const { context, page } = await freshPage();
    const text = deep(JSON.stringify({ format: 'callback-assignment', version: 1, id: 'a-deep-0002' }));
    await page.goto(`${baseUrl}#/open/${await packForLink(text)}`);
    await page.getByText('nested more than 64 levels deep').waitFor();
    await context.close();
  }, 90_000);
});
