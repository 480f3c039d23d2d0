import { describe, expect, it } from 'vitest';
import { problemPlace } from '../../src/domain/scenario/problem-place.ts';

describe('where a form problem is, in words', () => {
  it.each([
    ['nodes.opening.next[0].to', 'Point "opening", branch 1, goes to'],
    ['endings.start-tomorrow.farewell[1]', `Ending "start-tomorrow", the manager's last words, line 2`],
    ['persona.name', 'The manager, name'],
    ['briefing.facts[2]', 'Briefing, fact 3'],
    ['pickup[0].to', 'Who picks up, option 1, goes to'],
    ['items', 'Scenarios to practise'],
    ['title', 'Title'],
  ])('%s reads as "%s"', (path, words) => {
    expect(problemPlace(path)).toBe(words);
  });

  it('names an assignment item by its scenario', () => {
    expect(problemPlace('items[1].goals[0].minimum', (index) => ['Ask why', 'They want to talk'][index] ?? '')).toBe('They want to talk, goal 1, minimum');
  });

  it('keeps a name it has no words for, and a point named like a builtin', () => {
    expect(problemPlace('nodes.constructor.lines')).toBe('Point "constructor", what they say, line');
    expect(problemPlace('mystery')).toBe('Mystery');
  });
});
