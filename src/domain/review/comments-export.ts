import type { ResultFile } from '../result/result-file.ts';
import { COMMENTS_FORMAT_VERSION, type CommentsFile } from './comments-file.ts';

/** The comments a coach wrote on one result file, as the file that goes back to the candidate. */
export function buildCommentsFile(results: ResultFile, drafts: Readonly<Record<string, Readonly<Record<string, string>>>>, now = new Date()): CommentsFile | null {
  const callIds = new Set(results.calls.map((call) => call.id));
  const comments = Object.entries(drafts).flatMap(([callId, byTurn]) =>
    callIds.has(callId)
      ? Object.entries(byTurn)
          .filter(([, text]) => text.trim() !== '')
          .map(([turn, text]) => ({ callId, turn: Number(turn), text: text.trim() }))
          .sort((a, b) => a.turn - b.turn)
      : [],
  );
  if (comments.length === 0) return null;
  return {
    format: 'callback-comments',
    version: COMMENTS_FORMAT_VERSION,
    writtenAt: now.toISOString(),
    coach: results.source.kind === 'assignment' ? results.source.coach : '',
    participant: results.participant,
    about: results.source.kind === 'assignment' ? results.source.title : `drill ${results.source.code}`,
    comments,
  };
}
