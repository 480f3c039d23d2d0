import { DIFFICULTIES, DIRECTIONS, OUTCOMES, SPEAKERS, type Outcome, type Speaker } from '../../../domain/scenario/scenario-schema.ts';

type Difficulty = (typeof DIFFICULTIES)[number];
type Direction = (typeof DIRECTIONS)[number];

// Keyed by the schema's own lists, so a value added there fails the type check until it has a label here.
const SPEAKER_LABELS: Record<Speaker, string> = { manager: 'Hiring manager', gatekeeper: 'Gatekeeper (HR, assistant)', voicemail: 'Voicemail greeting' };
const OUTCOME_LABELS: Record<Outcome, string> = {
  yes: 'Yes (the best case)',
  open: 'Open (a next step)',
  no: 'No (check the thank-you)',
  voicemail: 'Voicemail left',
  'screened-out': 'Screened out',
};
const DIFFICULTY_LABELS: Record<Difficulty, string> = { gentle: 'Gentle', moderate: 'Moderate', hard: 'Hard' };
const DIRECTION_LABELS: Record<Direction, string> = { outgoing: 'The candidate calls', incoming: 'The company calls the candidate' };

/** Who can speak at a point, in the schema's order. */
export const SPEAKER_OPTIONS = SPEAKERS.map((value) => ({ value, label: SPEAKER_LABELS[value] }));
/** How an ending can leave the candidate, in the schema's order. */
export const OUTCOME_OPTIONS = OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }));
/** How hard a scenario is, easiest first. */
export const DIFFICULTY_OPTIONS = DIFFICULTIES.map((value) => ({ value, label: DIFFICULTY_LABELS[value] }));
/** Who dials. */
export const DIRECTION_OPTIONS = DIRECTIONS.map((value) => ({ value, label: DIRECTION_LABELS[value] }));
