import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateSavedState } from '../../src/store/app-store.ts';
import { finishedCall } from '../support/finished-call.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings-slice.ts';

describe('saved data', () => {
  const good = finishedCall('call-a');
  const saved = { calls: [good], settings: { ...DEFAULT_SETTINGS, practiceMode: true }, scripts: { 'ask-why': { opening: 'Hi Tom', reason: '', ask: '', thankYou: '' } } };

  it('round-trips through JSON unchanged', () => {
    expect(migrateSavedState(JSON.parse(JSON.stringify(saved)), 1)).toEqual(saved);
  });

  it('drops only the damaged call and keeps everything else', () => {
    const damaged = { ...saved, calls: [good, { id: 'call-b', output: 'garbage' }, { ...good, id: 'call-c' }] };
    const result = migrateSavedState(JSON.parse(JSON.stringify(damaged)), 1);
    expect(result.calls.map((call) => call.id)).toEqual(['call-a', 'call-c']);
    expect(result.settings.practiceMode).toBe(true);
    expect(result.scripts['ask-why']?.opening).toBe('Hi Tom');
  });

  it('falls back to default settings when they are corrupt, without losing the history', () => {
    const result = migrateSavedState({ ...saved, settings: { voiceOn: 'yes', rate: 99 } }, 1);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.calls).toHaveLength(1);
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = migrateSavedState(value, 1);
        expect(Array.isArray(result.calls)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
