import { createCallMachine } from '../../../machines/call-machine.ts';
import { score } from '../../domain/scoring/score-reply.ts';

/** The call machine as the app runs it: the real scorer judges replies, the wall clock stamps lines. */
export const callMachine = createCallMachine({ assess: score, now: () => Date.now() });
