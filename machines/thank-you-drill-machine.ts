import { assertEvent, assign, setup } from 'xstate';
import { nextRandom } from '../src/lib/seeded-random.ts';
import type { ClosingCheck } from '../src/domain/scoring/grade-call.ts';

/** Judges a closing reply to a "no". The real closing check plugs in; tests pass a fake. */
export type ClosingJudge = (reply: string, noLine: string) => ClosingCheck;

/** One round of the drill: the manager's no, the candidate's close, and the verdict. */
export interface DrillRound {
  noLine: string;
  reply: string;
  check: ClosingCheck;
}

/** The drill's input: the ways a manager says no, and a seed that picks among them. */
export interface DrillInput {
  noLines: readonly string[];
  seed: number;
}

/** What a finished drill hands back. */
export interface DrillOutput {
  rounds: DrillRound[];
  bestStreak: number;
}

interface DrillContext {
  noLines: readonly string[];
  rngState: number;
  currentNo: string;
  rounds: DrillRound[];
  streak: number;
  bestStreak: number;
}

type DrillEvent = { type: 'candidate.reply'; text: string } | { type: 'drill.next' } | { type: 'drill.finish' };

/** Builds the drill around its judge: the manager says no in varied ways; gracious closes build a streak. */
export function createThankYouDrillMachine({ judge }: { judge: ClosingJudge }) {
  return setup({
    types: { context: {} as DrillContext, events: {} as DrillEvent, input: {} as DrillInput, output: {} as DrillOutput },
    guards: {
      hasText: ({ event }) => event.type === 'candidate.reply' && event.text.trim().length > 0,
      isGracious: ({ context }) => context.rounds[context.rounds.length - 1]?.check.gracious === true,
    },
    actions: {
      sayNo: assign(({ context }) => {
        const draw = nextRandom(context.rngState);
        // Never the same no twice in a row, so the drill doesn't feel like a loop.
        const others = context.noLines.length > 1 ? context.noLines.filter((line) => line !== context.currentNo) : context.noLines;
        return { currentNo: others[Math.floor(draw.value * others.length)] ?? '', rngState: draw.state };
      }),
      recordClose: assign(({ context, event }) => {
        assertEvent(event, 'candidate.reply');
        const reply = event.text.trim();
        return { rounds: [...context.rounds, { noLine: context.currentNo, reply, check: judge(reply, context.currentNo) }] };
      }),
      extendStreak: assign(({ context }) => ({ streak: context.streak + 1, bestStreak: Math.max(context.bestStreak, context.streak + 1) })),
      breakStreak: assign({ streak: 0 }),
    },
  }).createMachine({
    id: 'thankYouDrill',
    context: ({ input }) => ({ noLines: input.noLines, rngState: input.seed, currentNo: '', rounds: [], streak: 0, bestStreak: 0 }),
    initial: 'hearingNo',
    states: {
      hearingNo: {
        tags: ['candidateTurn'],
        entry: 'sayNo',
        on: {
          'candidate.reply': { guard: 'hasText', target: 'verdict', actions: 'recordClose' },
          'drill.finish': 'finished',
        },
      },
      verdict: {
        always: [
          { guard: 'isGracious', target: 'feedback', actions: 'extendStreak' },
          { target: 'feedback', actions: 'breakStreak' },
        ],
      },
      feedback: {
        on: { 'drill.next': 'hearingNo', 'drill.finish': 'finished' },
      },
      finished: { type: 'final' },
    },
    output: ({ context }) => ({ rounds: context.rounds, bestStreak: context.bestStreak }),
  });
}
