// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightedText } from '../../src/components/highlighted-text.tsx';
import type { Finding } from '../../src/domain/scoring/score-types.ts';

// Two spaces, a leading and a trailing one: the reply must come back exactly as typed.
const TEXT = ' To be  honest, I have  twelve years of it. ';

function finding(phrase: string, dimension: Finding['dimension'], points: number, heard: string): Finding {
  const start = TEXT.indexOf(phrase);
  return { dimension, start, end: start + phrase.length, phrase, points, rule: `rule-${phrase}`, heard };
}

const HEDGE = finding('To be  honest', 'credibility', -5, 'Sounds like what came before was less than honest.');
const EVIDENCE = finding('twelve years', 'credibility', 8, 'A concrete number makes the claim believable.');
const NAME_IT = finding('twelve years of it', 'professionalism', 3, 'Owns the experience.');

afterEach(cleanup);

describe('highlighted text', () => {
  it('renders the text exactly, spaces included, whether or not phrases are marked', () => {
    const { container } = render(<HighlightedText text={TEXT} findings={[HEDGE, EVIDENCE, NAME_IT]} onSelect={vi.fn()} />);
    expect(container.textContent).toBe(TEXT);
  });

  it('renders markup in a reply as text, never as HTML', () => {
    const text = 'I <b>really</b> want it <img src=x onerror=alert(1)>';
    const { container } = render(<HighlightedText text={text} findings={[{ ...HEDGE, start: 2, end: 15, phrase: '<b>really</b>' }]} onSelect={vi.fn()} />);
    expect(container.textContent).toBe(text);
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByRole('button', { name: '<b>really</b>. Cost points. Show how the manager heard it.' })).toBeTruthy();
  });

  it('makes each phrase one button, overlapping findings merged, named for its words and whether it cost or earned points', () => {
    render(<HighlightedText text={TEXT} findings={[HEDGE, EVIDENCE, NAME_IT]} onSelect={vi.fn()} />);
    expect(screen.getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'To be  honest. Cost points. Show how the manager heard it.',
      'twelve years of it. Earned points. Show how the manager heard it.',
    ]);
  });

  it("leaves the punctuation and spaces at a phrase's edges out of its highlight", () => {
    const text = 'Fine. Do you have a minute?';
    const phrase = '. Do you have a minute?';
    const asks: Finding = { dimension: 'professionalism', start: 4, end: 4 + phrase.length, phrase, points: 4, rule: 'asks-good-time', heard: 'Respectful.' };
    const { container } = render(<HighlightedText text={text} findings={[asks]} onSelect={vi.fn()} />);
    expect(screen.getByRole('button').textContent).toBe('Do you have a minute');
    expect(container.textContent).toBe(text);
  });

  it('hands back every finding on the selected phrase, overlapping ones included', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<HighlightedText text={TEXT} findings={[HEDGE, EVIDENCE, NAME_IT]} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /^twelve years of it\./ }));
    expect(onSelect).toHaveBeenLastCalledWith([NAME_IT, EVIDENCE]);
    await user.click(screen.getByRole('button', { name: /^To be honest\./ }));
    expect(onSelect).toHaveBeenLastCalledWith([HEDGE]);
  });

  it('shows which phrase is selected as pressed', () => {
    render(<HighlightedText text={TEXT} findings={[HEDGE, EVIDENCE]} onSelect={vi.fn()} selected={[EVIDENCE]} />);
    expect(screen.getByRole('button', { name: /^twelve years\./, pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^To be honest\./, pressed: false })).toBeTruthy();
  });

  it('only marks phrases, with no buttons, when nothing can be selected', () => {
    const { container } = render(<HighlightedText text={TEXT} findings={[HEDGE]} />);
    expect(screen.queryByRole('button')).toBeNull();
    const mark = container.querySelector('mark');
    expect(mark?.textContent).toBe('To be  honest');
    expect(mark?.getAttribute('title')).toBe('credibility: Sounds like what came before was less than honest.');
  });

  it('marks nothing for a whole-reply finding or one that runs past the text', () => {
    const whole: Finding = { dimension: 'professionalism', start: 0, end: 0, phrase: '', points: -10, rule: 'whole', heard: 'Curt.' };
    const past: Finding = { ...HEDGE, start: 40, end: 400 };
    const { container } = render(<HighlightedText text={TEXT} findings={[whole, past]} onSelect={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.textContent).toBe(TEXT);
  });
});
