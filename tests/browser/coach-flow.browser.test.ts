import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, downloadFrom, playCall, screenshot, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

async function checksHeading(page: Page): Promise<string> {
  return (await page.locator('#checks-title').textContent()) ?? '';
}

describe('a coach and a candidate, with only a link and files between them', () => {
  it('coach writes a scenario and an assignment; the candidate meets a goal; the coach sees it and comments back', async () => {
    const coach = await (await browser().newContext({ acceptDownloads: true })).newPage();
    coach.on('dialog', (dialog) => void dialog.accept());
    await coach.goto(`${baseUrl}#/coach`);
    await coach.getByRole('heading', { name: 'Coach', level: 1 }).waitFor();
    expect(await axeViolations(coach)).toEqual([]);

    // Write a scenario from the template.
    await coach.getByRole('button', { name: 'New scenario' }).click();
    await coach.getByRole('heading', { name: 'Edit "My scenario"' }).waitFor();
    await coach.getByLabel('Title', { exact: true }).first().fill('Call back to Northwind');
    await coach.getByLabel('Name', { exact: true }).fill('Morgan Reyes');
    await coach.getByLabel('Company', { exact: true }).fill('Northwind Analytics');
    expect(await checksHeading(coach)).toBe('Checks: ready to play');
    expect(await coach.locator('figure.graph svg .graph-box').count()).toBe(3);

    // A point nothing leads to is flagged in the checks and on the graph, then removed.
    await coach.getByLabel('New point id').fill('orphan');
    await coach.getByRole('button', { name: 'Add a point' }).click();
    expect(await checksHeading(coach)).toBe('Checks: 1 problem');
    expect(await coach.locator('.checks').textContent()).toMatch(/Point "orphan": .*unreachable/);
    expect(await coach.locator('.graph-flagged').count()).toBe(1);
    expect(await axeViolations(coach)).toEqual([]);
    await screenshot(coach, 'scenario-editor');
    await coach.getByRole('button', { name: 'Delete point orphan' }).click();
    expect(await checksHeading(coach)).toBe('Checks: ready to play');
    await coach.getByRole('button', { name: 'Save', exact: true }).click();
    await coach.getByText('All changes saved').waitFor();

    // Play it at once: the briefing of the new scenario opens.
    await coach.getByRole('button', { name: 'Play it' }).click();
    await coach.getByRole('heading', { name: 'Call back to Northwind', level: 1 }).waitFor();
    await coach.goto(`${baseUrl}#/edit/my-scenario`);
    const exported = await downloadFrom(coach, () => coach.getByRole('button', { name: 'Export file' }).click());
    expect(JSON.parse(exported.text)).toMatchObject({ version: 2, id: 'my-scenario', persona: { name: 'Morgan Reyes' } });

    // Importing runs the scenarios:check checks, lists every error and never overwrites silently.
    await coach.goto(`${baseUrl}#/coach`);
    const broken = join(tmpdir(), `callback-broken-${Date.now()}.json`);
    writeFileSync(broken, exported.text.replace('"to": "not-now"', '"to": "nowhere"'));
    await coach.getByLabel('Scenario file to import').setInputFiles(broken);
    await coach.getByRole('alert').filter({ hasText: "wasn't imported; nothing was changed" }).waitFor();
    expect(await coach.getByRole('alert').textContent()).toMatch(/nodes\.opening\.next\[1\]\.to: "nowhere" does not exist/);
    await coach.getByLabel('Scenario file to import').setInputFiles(exported.path);
    await coach.getByText('which you already have').waitFor();
    await coach.getByRole('button', { name: 'Keep both' }).click();
    await coach.getByText('Imported', { exact: false }).filter({ hasText: 'as "my-scenario-2"' }).waitFor();
    expect(await coach.locator('.library li').count()).toBe(2);

    // The assignment: the coach's scenario travels inside it.
    await coach.getByRole('link', { name: 'New assignment' }).click();
    await coach.getByRole('heading', { name: 'New assignment' }).waitFor();
    await coach.getByLabel('Title', { exact: true }).fill('Before you call Northwind');
    await coach.getByLabel('Your name, as the candidate knows you').fill('Priya');
    await coach.getByLabel('Due date').fill('2026-12-01');
    await coach.getByLabel('A note to the candidate').fill('Be brief. <b>Not bold</b>, just text.');
    await coach
      .getByLabel(/^Call back to Northwind/)
      .first()
      .check();
    await coach.getByRole('heading', { name: 'Goals for Call back to Northwind' }).waitFor();
    expect(await coach.locator('.goal-editor legend').first().textContent()).toBe('Goal 1: Reach the "Glad to help" ending');
    expect(await axeViolations(coach)).toEqual([]);
    await coach.getByRole('button', { name: 'Create assignment' }).click();
    // The coach sees the share link first: it is the first field on the page, and focus is on its heading.
    await coach.getByRole('heading', { name: 'Created "Before you call Northwind"', level: 1 }).waitFor();
    expect(await coach.evaluate(() => document.activeElement?.textContent)).toBe('Send it to your candidate');
    expect(await coach.evaluate(() => document.querySelector('main textarea, main input')?.id)).toBe('assignment-link');
    const linkBox = coach.getByLabel(/^Link/);
    await coach.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#assignment-link')?.value.includes('#/open/'));
    const link = await linkBox.inputValue();
    expect(link.startsWith(`${baseUrl}#/open/`)).toBe(true);
    expect(await axeViolations(coach)).toEqual([]);
    await screenshot(coach, 'assignment-created');

    // The candidate, in another browser, opens the link.
    const candidateContext = await browser().newContext({ acceptDownloads: true });
    const candidate = await candidateContext.newPage();
    await candidate.goto(link);
    await candidate.getByRole('heading', { name: 'An assignment from your coach' }).waitFor();
    expect(await candidate.locator('.coach-note').textContent()).toBe('Be brief. <b>Not bold</b>, just text.');
    await candidate.getByRole('button', { name: 'Start this assignment' }).click();
    await candidate.getByRole('heading', { name: 'Before you call Northwind', level: 1 }).waitFor();
    const goal = candidate.locator('.goal-checklist li').first();
    expect(await goal.textContent()).toMatch(/Not yet: Reach the "Glad to help" ending/);
    expect(await candidate.getByRole('status').filter({ hasText: 'goal' }).textContent()).toBe('0 of 1 goal met');
    expect(await axeViolations(candidate)).toEqual([]);

    await candidate.getByRole('link', { name: 'Make the call for Call back to Northwind' }).click();
    await candidate.getByText('Morgan Reyes, Northwind Analytics').waitFor();
    await playCall(candidate, ['Hi Morgan, this is Jordan Avery. Thank you for taking my call. Is now a good time for two minutes?']);
    await candidate.getByRole('heading', { name: 'Glad to help', level: 1 }).waitFor();
    await candidate.getByRole('link', { name: '← The assignment' }).click();
    await candidate.getByText('1 of 1 goal met').waitFor();
    expect(await goal.textContent()).toMatch(/^✓Met: Reach the "Glad to help" ending/);
    await screenshot(candidate, 'assignment');
    await candidate.getByLabel('Your name').fill('Jordan Avery');
    const results = await downloadFrom(candidate, () => candidate.getByRole('button', { name: 'Export my results' }).click());
    expect(JSON.parse(results.text)).toMatchObject({ format: 'callback-results', participant: 'Jordan Avery', source: { kind: 'assignment' } });

    // The coach refuses an edited results file, then imports the real one.
    await coach.goto(`${baseUrl}#/review`);
    const edited = join(tmpdir(), `callback-edited-${Date.now()}.json`);
    const editedData = JSON.parse(results.text);
    editedData.calls[0].grade.scores.professionalism = 100;
    writeFileSync(edited, JSON.stringify(editedData));
    await coach.getByLabel('Import results files').setInputFiles(edited);
    await coach.getByRole('alert').filter({ hasText: 'changed after Callback wrote it' }).waitFor();
    expect(await coach.locator('.results-table').count()).toBe(0);
    await coach.getByLabel('Import results files').setInputFiles(results.path);
    const row = coach.getByRole('row', { name: /Jordan Avery/ });
    await row.waitFor();
    expect(await row.locator('td.cell-met').count()).toBe(1);
    expect(await row.textContent()).toMatch(/1 of 1/);
    expect(await axeViolations(coach)).toEqual([]);
    await screenshot(coach, 'review');

    await coach.getByRole('link', { name: 'Call 1 by Jordan Avery' }).click();
    await coach.getByLabel('Your comment on reply 1').fill('Strong opening: name, thanks, and you asked for the time.');
    expect(await axeViolations(coach)).toEqual([]);
    await coach.getByRole('link', { name: '← Results' }).click();
    const comments = await downloadFrom(coach, () => coach.getByRole('button', { name: 'Export 1 comment for Jordan Avery' }).click());

    // The candidate's app shows the comment beside the transcript.
    await candidate.getByLabel('Comments file from your coach').setInputFiles(comments.path);
    await candidate.getByText('Priya commented on 1 call').waitFor();
    await candidate.locator('.goal-checklist').waitFor();
    await candidate.getByRole('link', { name: 'Glad to help' }).click();
    const comment = candidate.getByRole('complementary', { name: "Priya's comment on reply 1" });
    await comment.waitFor();
    expect(await comment.textContent()).toMatch(/Strong opening/);
    expect(await axeViolations(candidate)).toEqual([]);
    await candidateContext.close();
  }, 180_000);
});
