import { seedFrom } from '../../lib/seeded-random.ts';
import { BUILTIN_SCENARIO_IDS } from '../scenario/builtin-scenarios.ts';

/**
 * A workshop drill, as the facilitator sets it up. Everyone who enters the same code gets the
 * same scenarios, rounds, time limit and seeded manager, so their results compare fairly.
 */
export interface DrillSetup {
  /** Built-in scenario ids, in the home screen's order; the rounds cycle through them. */
  scenarioIds: string[];
  rounds: number;
  secondsPerReply: number;
  seed: number;
  /** Who answers: as each scenario says (a screener, voicemail…), or always the manager. */
  pickup: DrillPickup;
}

/** Who picks up in a drill; declared once, here, for the setup form and the code. */
export const DRILL_PICKUPS = ['scenario', 'manager'] as const;
export type DrillPickup = (typeof DRILL_PICKUPS)[number];

/** The time limits a facilitator can choose, in seconds; the code stores the index. */
export const REPLY_TIME_LIMITS = [15, 20, 30, 45, 60, 90, 120, 180] as const;
export const MAX_ROUNDS = 8;

// The code packs 60 bits into 12 Crockford base-32 characters. Format 2:
// format 3 | pickup 1 | scenarios 7 | rounds-1 3 | time limit 3 | seed 32 | check 11.
// Format 1 had 8 scenario bits and no pickup bit; its codes still open (see `fromFormat1`).
const CODE_FORMAT = 2n;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MISTYPED = "That code doesn't add up: a letter or digit is probably mistyped. Check it against the facilitator's screen.";

function checkBits(payload: bigint): bigint {
  return BigInt(seedFrom(payload.toString(16)) >>> 0) & 0x7ffn;
}

/** The drill code for a setup, like `7K2Q-M9XD-4HPA`. */
export function encodeDrillCode(setup: DrillSetup): string {
  let mask = 0n;
  for (const id of setup.scenarioIds) {
    const index = BUILTIN_SCENARIO_IDS.indexOf(id as (typeof BUILTIN_SCENARIO_IDS)[number]);
    if (index < 0) throw new Error(`a drill code can carry built-in scenarios only, not "${id}"`);
    mask |= 1n << BigInt(index);
  }
  const limit = REPLY_TIME_LIMITS.indexOf(setup.secondsPerReply as (typeof REPLY_TIME_LIMITS)[number]);
  const pickup = BigInt(DRILL_PICKUPS.indexOf(setup.pickup));
  if (mask === 0n || mask >= 1n << 7n || limit < 0 || pickup < 0n || setup.rounds < 1 || setup.rounds > MAX_ROUNDS) throw new Error('not a drill setup a code can carry');
  // A drill where the scenario decides who picks up is written in format 1, so a participant whose
  // app is older than the pickup choice can still join it.
  const format = setup.pickup === 'scenario' ? 1n : CODE_FORMAT;
  const payload = (format << 46n) | (format === 1n ? 0n : pickup << 45n) | (mask << 38n) | (BigInt(setup.rounds - 1) << 35n) | (BigInt(limit) << 32n) | BigInt(setup.seed >>> 0);
  let bits = (payload << 11n) | checkBits(payload);
  let code = '';
  for (let index = 0; index < 12; index++) {
    code = (ALPHABET[Number(bits & 31n)] as string) + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * A format 1 payload as format 2 reads it: the same scenarios, rounds, limit and seed, with the
 * scenario picking up, as every format 1 drill did. Its eighth scenario bit was never used.
 */
function fromFormat1(payload: bigint): bigint {
  const rest = payload & ((1n << 45n) - 1n);
  return (2n << 46n) | (BigInt(DRILL_PICKUPS.indexOf('scenario')) << 45n) | rest;
}

/** What reading a typed code gave: the setup, or a sentence saying what is wrong with it. */
export type DrillCodeResult = { ok: true; setup: DrillSetup; code: string } | { ok: false; message: string };

/**
 * Reads a code as a participant types it: any case, with or without hyphens or spaces, and with
 * the letters people confuse with digits (O, I, L) read as the digits.
 */
export function decodeDrillCode(typed: string): DrillCodeResult {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== 12) return { ok: false, message: `A drill code has 12 letters and digits, like 7K2Q-M9XD-4HPA; this has ${cleaned.length}.` };
  let bits = 0n;
  for (const char of cleaned) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return { ok: false, message: `A drill code never contains "${char}". Check it against the facilitator's screen.` };
    bits = (bits << 5n) | BigInt(value);
  }
  const payload = bits >> 11n;
  const format = payload >> 46n;
  // A format 0 code was never made: a typo that happens to pass the check.
  if ((bits & 0x7ffn) !== checkBits(payload) || format < 1n) return { ok: false, message: MISTYPED };
  if (format > CODE_FORMAT) return { ok: false, message: 'That code was made by a newer Callback. Update the app to join this drill.' };
  const current = format === 1n ? fromFormat1(payload) : payload;
  const mask = Number((current >> 38n) & 0x7fn);
  const scenarioIds = BUILTIN_SCENARIO_IDS.filter((_, index) => mask & (1 << index));
  if (scenarioIds.length === 0 || mask >> BUILTIN_SCENARIO_IDS.length !== 0)
    return { ok: false, message: 'That code names scenarios this version of Callback does not have. Update the app to join this drill.' };
  const setup: DrillSetup = {
    scenarioIds: [...scenarioIds],
    rounds: Number((current >> 35n) & 7n) + 1,
    secondsPerReply: REPLY_TIME_LIMITS[Number((current >> 32n) & 7n)] as number,
    seed: Number(current & 0xffffffffn),
    pickup: DRILL_PICKUPS[Number((current >> 45n) & 1n)] as DrillPickup,
  };
  return { ok: true, setup, code: `${cleaned.slice(0, 4)}-${cleaned.slice(4, 8)}-${cleaned.slice(8)}` };
}

/** One round of a drill: which scenario, and the seed everyone's manager uses for it. */
export interface DrillRound {
  index: number;
  scenarioId: string;
  seed: number;
}

export function drillRounds(setup: DrillSetup): DrillRound[] {
  return Array.from({ length: setup.rounds }, (_, index) => ({
    index,
    scenarioId: setup.scenarioIds[index % setup.scenarioIds.length] as string,
    seed: seedFrom(`${setup.seed}:${index}`) >>> 0,
  }));
}
