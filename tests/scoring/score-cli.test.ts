import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const CLI = ['--import', 'tsx', join(root, 'scripts', 'score-cli.ts')];

function runCli(input: string): string[] {
  return execFileSync(process.execPath, CLI, { cwd: root, input, encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '');
}

describe('npm run score', () => {
  it('answers one line per input line: a byte-order mark and a bare carriage return inside a line change nothing', () => {
    const lines = runCli(['\uFEFF' + JSON.stringify({ text: 'Thank you for your time.' }), JSON.stringify({ text: 'I was fired.\rBut I learned a lot.' }), '{oops'].join('\n'));
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toHaveProperty('professionalism');
    expect(second).toHaveProperty('defensiveness');
    expect(third).toHaveProperty('error');
  });

  it('exits quietly when the reader of its output closes the pipe early (as `| head -1` does)', async () => {
    const child = spawn(process.execPath, CLI, { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdin.write(Array.from({ length: 2000 }, () => JSON.stringify({ text: 'Thanks, that is really useful to hear.' })).join('\n'));
    child.stdin.end();
    await firstLine;
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
