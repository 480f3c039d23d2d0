import { describe, expect, inject, it } from 'vitest';
import { BUILTIN_SCENARIOS, builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { seedWhere, type SimulatedCall } from '../support/simulate-call.ts';
import { playCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

/** Replies a well-prepared candidate might give in any of the five calls. */
const GRACIOUS = [
  "Hi, it's Sam Carter. Thank you for taking my call. I'm calling about the role. Is now a good time?",
  "That's fair, and thank you for asking. I'd value your view on one thing: what could I strengthen? I led a team of 6 for 3 years and cut costs by 12%.",
  'I understand. Thank you for your time and for being straight with me. I hope our paths cross again.',
];
const HOSTILE = ['What do you want? This is ridiculous.', "That's not fair. You people made a mistake and I deserve to know why.", 'Whatever. Your loss.'];

function endingTitle(call: SimulatedCall): string {
  return call.output.outcome.kind === 'ending' ? call.output.outcome.title : `(no ending: ${call.output.outcome.kind})`;
}

async function playInBrowser(scenarioId: string, seed: number, replies: readonly string[]) {
  const context = await browser().newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/call/${scenarioId}?seed=${seed}`);
  const said = await playCall(page, replies);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const youLines = await page.locator('.transcript .line-you').count();
  await context.close();
  return { said, title, youLines };
}

describe('one whole call per scenario, by typing', () => {
  it.each(BUILTIN_SCENARIOS.map((scenario) => scenario.id))('%s reaches the ending the engine predicts', async (scenarioId) => {
    const scenario = builtinScenario(scenarioId)!;
    const { seed, result } = seedWhere(scenario, GRACIOUS, (r) => r.firstSpeaker !== 'voicemail' && r.output.outcome.kind === 'ending');
    const played = await playInBrowser(scenarioId, seed, GRACIOUS);
    expect(played.title).toBe(endingTitle(result));
    expect(played.said).toBe(result.repliesUsed);
    expect(played.youLines).toBe(result.repliesUsed);
  });
});

describe('two different endings of one scenario', () => {
  it('change-of-heart ends one way for gracious replies and another for hostile ones', async () => {
    const scenario = builtinScenario('change-of-heart')!;
    const manager = (r: { firstSpeaker: string }) => r.firstSpeaker === 'manager';
    const gracious = seedWhere(scenario, GRACIOUS, manager);
    const hostile = seedWhere(scenario, HOSTILE, manager);
    expect(endingTitle(gracious.result)).not.toBe(endingTitle(hostile.result));

    const kind = await playInBrowser('change-of-heart', gracious.seed, GRACIOUS);
    const harsh = await playInBrowser('change-of-heart', hostile.seed, HOSTILE);
    expect(kind.title).toBe(endingTitle(gracious.result));
    expect(harsh.title).toBe(endingTitle(hostile.result));
  });
});
