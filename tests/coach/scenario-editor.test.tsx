// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPEAKERS } from '../../src/domain/scenario/scenario-schema.ts';
import { newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { ScenarioEditor } from '../../src/features/coach/scenario-editor/scenario-editor.tsx';
import { useAppStore } from '../../src/store/app-store.ts';

const ID = 'my-scenario';

function renderEditor(scenarioId = ID) {
  const user = userEvent.setup();
  render(<ScenarioEditor scenarioId={scenarioId} />);
  return user;
}

function checksHeading(): string {
  return screen.getByRole('heading', { level: 2, name: /^Checks:/ }).textContent ?? '';
}

function branchTargets(point: string): string[] {
  const section = screen.getByRole('region', { name: `Point "${point}"` });
  return within(section)
    .getAllByLabelText('Goes to')
    .map((select) => (select as HTMLSelectElement).value);
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ customScenarios: { [ID]: newScenarioTemplate(ID) } });
});

afterEach(() => {
  cleanup();
});

describe('the scenario editor', () => {
  it('opens the stored scenario with every check passing', () => {
    renderEditor();
    expect(screen.getByRole('heading', { level: 1, name: 'Edit "My scenario"' })).toBeTruthy();
    expect(checksHeading()).toBe('Checks: ready to play');
    expect(screen.getByRole('status').textContent).toBe('✓ All changes saved');
    // Nothing to save, so no Save button beside the tick.
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('renaming an ending through its id field moves the branch that led there, in its select and its legend', async () => {
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Open every card' }));
    const ending = screen.getByRole('region', { name: 'Ending "not-now"' });
    const idField = within(ending).getByLabelText('Id of this ending');
    await user.clear(idField);
    await user.type(idField, 'maybe-later');
    await user.click(within(ending).getByRole('button', { name: 'Rename not-now' }));

    expect(screen.getByRole('region', { name: 'Ending "maybe-later"' })).toBeTruthy();
    expect(branchTargets('opening')).toEqual(['glad-to-help', 'maybe-later']);
    const branch = screen.getByRole('group', { name: 'Branch 2: to maybe-later' });
    const options = within(within(branch).getByLabelText('Goes to')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['opening', 'glad-to-help', 'maybe-later']);
    expect(checksHeading()).toBe('Checks: ready to play');
  });

  it('will not rename onto an id in use, and says why', async () => {
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Open every card' }));
    const ending = screen.getByRole('region', { name: 'Ending "not-now"' });
    const idField = within(ending).getByLabelText('Id of this ending');
    await user.clear(idField);
    await user.type(idField, 'opening');
    expect(within(ending).getByText('"opening" is already used.')).toBeTruthy();
    expect(within(ending).getByRole<HTMLButtonElement>('button', { name: 'Rename not-now' }).disabled).toBe(true);
  });

  it('adding a branch shows a new row leading to the first point', async () => {
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Open every card' }));
    expect(screen.queryByRole('group', { name: /^Branch 3/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add a branch from opening' }));
    expect(screen.getByRole('group', { name: 'Branch 3: to opening' })).toBeTruthy();
    expect(branchTargets('opening')).toEqual(['glad-to-help', 'not-now', 'opening']);
    expect(screen.getByRole('status').textContent).toBe('● Unsaved changes');
  });

  it('keeps commas while the coach types the phrases a reply must mention', async () => {
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Open every card' }));
    const branch = screen.getByRole('group', { name: 'Branch 2: to not-now' });
    const field = within(branch).getByLabelText('Reply mentions any of (comma-separated)');
    await user.type(field, 'sorry, my mistake');
    expect((field as HTMLInputElement).value).toBe('sorry, my mistake');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(useAppStore.getState().customScenarios[ID]?.nodes.opening?.next[1]?.when).toEqual({ mentions: ['sorry', 'my mistake'] });
  });

  it('flags a point nothing leads to, and clears the flag when it is deleted', async () => {
    const user = renderEditor();
    await user.type(screen.getByLabelText('New point id'), 'orphan');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(checksHeading()).toBe('Checks: 1 problem');
    expect(screen.getByRole('region', { name: /^Checks/ }).textContent).toMatch(/Point "orphan": .*unreachable/);
    await user.click(screen.getByRole('button', { name: 'Delete point orphan' }));
    expect(checksHeading()).toBe('Checks: ready to play');
  });

  it('offers the speakers the schema allows, in its order', async () => {
    const user = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Open every card' }));
    const speaker = within(screen.getByRole('region', { name: 'Point "opening"' })).getByLabelText('Who speaks');
    expect(
      within(speaker)
        .getAllByRole('option')
        .map((option) => (option as HTMLOptionElement).value),
    ).toEqual([...SPEAKERS]);
  });

  it('saves the edited persona to the library', async () => {
    const user = renderEditor();
    const name = screen.getByLabelText('Name', { exact: true });
    await user.clear(name);
    await user.type(name, 'Morgan Reyes');
    expect(screen.getByRole('status').textContent).toBe('● Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('All changes saved').textContent).toBe('✓ All changes saved');
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(useAppStore.getState().customScenarios[ID]?.persona.name).toBe('Morgan Reyes');
  });

  it('treats an id from the address bar that names an Object.prototype member as missing', () => {
    renderEditor('constructor');
    expect(screen.getByRole('heading', { level: 1, name: "That scenario isn't in your library" })).toBeTruthy();
  });
});

describe('finding your way round a long scenario', () => {
  it('starts with every card closed, opens one from the outline with focus on it, and opens a card just added', async () => {
    const user = userEvent.setup();
    renderEditor();
    const cards = () => [...document.querySelectorAll<HTMLElement>('.node-editor, .ending-editor')];
    const isOpen = (card: HTMLElement) => card.querySelector('.card-toggle')?.getAttribute('aria-expanded') === 'true';
    expect(cards().length).toBeGreaterThan(2);
    expect(cards().every((card) => !isOpen(card))).toBe(true);
    const outline = screen.getByRole('navigation', { name: 'Points and endings' });
    const [first] = Object.keys(useAppStore.getState().customScenarios[ID]!.nodes);
    await user.click(within(outline).getByRole('button', { name: first! }));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const opened = cards().filter(isOpen);
    expect(opened.map((card) => card.id)).toEqual([`node-card-${first}`]);
    expect(document.activeElement).toBe(opened[0]!.querySelector('.card-toggle'));
    expect(within(opened[0]!).getByRole('heading', { level: 3 }).textContent).toBe(`▾ Point "${first}"`);
    await user.type(screen.getByLabelText('New point id'), 'orphan');
    await user.click(screen.getByRole('button', { name: 'Add a point' }));
    expect(document.getElementById('node-title-orphan')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('opens the card of a point clicked on the graph', async () => {
    const user = renderEditor();
    const ending = Object.keys(useAppStore.getState().customScenarios[ID]!.endings)[0]!;
    await user.click(document.querySelector(`.graph-box[data-point="${ending}"]`)!);
    expect(document.getElementById(`ending-title-${ending}`)?.getAttribute('aria-expanded')).toBe('true');
  });

  it('deletes the scenario only when asked twice, from the foot of the page', async () => {
    const user = userEvent.setup();
    renderEditor();
    expect(within(document.querySelector('.editor-bar')!).queryByRole('button', { name: /Delete/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete scenario…' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(Object.hasOwn(useAppStore.getState().customScenarios, ID)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Delete scenario…' }));
    await user.click(screen.getByRole('button', { name: 'Delete scenario' }));
    expect(Object.hasOwn(useAppStore.getState().customScenarios, ID)).toBe(false);
  });
});
