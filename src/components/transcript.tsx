import type { ReactNode } from 'react';
import { scoresInWords } from './score-meters.tsx';
import type { CallOutput } from '../domain/call/call-types.ts';
import { speakerLabel } from '../domain/call/speaker-label.ts';
import { type ScoredLine, type TranscriptLine, transcriptWithTurns } from '../domain/call/transcript-turns.ts';

/** What a screen shows of a finished call's transcript, and what it adds to each reply. */
export interface TranscriptProps {
  output: Pick<CallOutput, 'transcript' | 'turns'>;
  /** How the company's side is named where the scenario doesn't say who. */
  managerName: string;
  /** The name on a candidate's line: "You" in the debrief, the participant's name in a review. */
  candidateName: (line: TranscriptLine) => string;
  /** The words of a scored reply; plain text unless the screen marks its findings. */
  replyText?: (line: ScoredLine) => ReactNode;
  /** What the screen adds under a scored reply, after its scores. */
  underReply?: (line: ScoredLine) => ReactNode;
}

/** A finished call, line by line, each reply with its three scores. Text is rendered as text, never as HTML. */
export function Transcript({ output, managerName, candidateName, replyText, underReply }: TranscriptProps) {
  return (
    <ol className="transcript">
      {transcriptWithTurns(output).map((line, index) => {
        if (line.speaker !== 'candidate') {
          return (
            <li key={index} className="line line-them">
              <span className="line-who">{speakerLabel(line.speaker, managerName)}</span>
              <span className="line-text">{line.text}</span>
            </li>
          );
        }
        return (
          <li key={index} className="line line-you">
            <span className="line-who">{candidateName(line)}</span>
            <span className="line-text">{line.turn && replyText ? replyText(line) : line.text}</span>
            {line.turn ? (
              <>
                <span className="line-scores muted">{scoresInWords(line.turn.score)}</span>
                {underReply?.(line)}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
