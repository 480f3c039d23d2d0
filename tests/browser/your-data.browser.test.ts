import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { playCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe("the candidate's data", () => {
  it('exports to a file, deletes, imports back, and refuses a tampered file without changing anything', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
    await playCall(page, ['Hi Tom, thanks for your time.', 'Thank you. What could I strengthen?', 'Thank you, I hope our paths cross again.']);
    await page.goto(`${baseUrl}#/`);
    const history = page.locator('.history-list li');
    await history.first().waitFor();
    expect(await history.count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my data' }).click()]);
    const exported = join(tmpdir(), `callback-export-${Date.now()}.json`);
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'callback-data', version: 1 });

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('group').getByText('Delete 1 call').waitFor();
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await page.getByText('Finished calls appear here').waitFor();

    const tampered = join(tmpdir(), `callback-tampered-${Date.now()}.json`);
    writeFileSync(tampered, readFileSync(exported, 'utf8').replace('"version": 1', '"version": 7'));
    await page.getByLabel('Data file to import').setInputFiles(tampered);
    await page.getByRole('alert').filter({ hasText: "wasn't imported; nothing was changed" }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/newer Callback/);
    expect(await history.count()).toBe(0);

    await page.getByLabel('Data file to import').setInputFiles(exported);
    await page.getByText('Imported 1 new call').waitFor();
    expect(await history.count()).toBe(1);
    await context.close();
  }, 90_000);
});
