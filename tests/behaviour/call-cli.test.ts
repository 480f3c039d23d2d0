import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function runCli(input: string): string[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'call-cli.ts')], { cwd: root, input, encoding: 'utf8' });
  return out.split('\n').filter((line) => line !== '');
}

describe('npm run call', () => {
  it('plays each line as a whole call, in order, with an error line for a bad one and nothing else on stdout', () => {
    const good = { scenario: 'request-to-talk', seed: 7, replies: ["Hi Jordan, yes, now's fine.", "Honestly, it was the base. At 101,000 I'd sign this week."] };
    const lines = runCli(
      ['\uFEFF' + JSON.stringify(good), '{oops', JSON.stringify({ scenario: 'scenarios/appeal.json', seed: 2, replies: [] }), JSON.stringify({ scenario: 'nope', seed: 1, replies: ['hi'] })].join(
        '\n',
      ),
    );
    expect(lines).toHaveLength(4);
    const [first, second, third, fourth] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ scenario: 'request-to-talk', seed: 7 });
    expect(Object.keys(first ?? {})).toEqual(['scenario', 'seed', 'outcome', 'transcript', 'turns']);
    expect((first?.turns as unknown[]).length).toBe(2);
    expect(second).toHaveProperty('error');
    // A scenario file by path; no replies, so the candidate hangs up at once.
    expect(third).toMatchObject({ outcome: { kind: 'hung-up', endingId: null } });
    expect(String(fourth?.error)).toMatch(/nope/);
  });

  it('replays the same call from the same seed and replies', () => {
    const line = JSON.stringify({ scenario: 'ask-why', seed: 11, replies: ['Hi Tom, it is Sam.', 'Could you tell me what held me back?', 'Thank you, that helps.'] });
    expect(runCli(line)).toEqual(runCli(line));
  });
});
