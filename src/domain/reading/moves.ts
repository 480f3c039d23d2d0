import movesFile from '../../../data/reading/moves.json';

/** A move id from data/reading/moves.json: what one clause of a reply does. */
export type MoveId = string;

/** How a move bears on the call: the groups the debrief and the closing check reason with. */
export type MoveKind = 'opening' | 'substance' | 'listening' | 'closing' | 'defensive' | 'unprofessional' | 'credibility' | 'neutral';

/** One move as the data defines it. */
export interface MoveDefinition {
  id: MoveId;
  kind: MoveKind;
  description: string;
}

/** Every move the reader knows, by id. */
export const MOVES: ReadonlyMap<MoveId, MoveDefinition> = new Map(movesFile.moves.map((move) => [move.id, { id: move.id, kind: move.kind as MoveKind, description: move.description }]));

/** Moves that show the candidate on the defensive: pushing back on the manager rather than listening. */
export function isDefensiveMove(move: MoveId): boolean {
  return MOVES.get(move)?.kind === 'defensive';
}

/** The move a clause is given when it does none of the others. */
export const NO_MOVE: MoveId = 'other';
