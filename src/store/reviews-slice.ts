import type { StateCreator } from 'zustand';
import type { CallRecord } from '../domain/call/call-record.ts';
import { buildResultFile, mergeResults, type ResultFile, type ResultSource, resultKey } from '../domain/result/result-file.ts';

/** What importing result files did, for the message the reviewer sees. */
export interface ResultsImport {
  added: number;
  replaced: number;
  older: number;
}

/**
 * Results a coach or facilitator has gathered: imported result files, and drills run on this
 * machine. Comments a coach is writing are kept per file and call, so nothing typed is lost.
 */
export interface ReviewsSlice {
  results: ResultFile[];
  /** Draft comments: result key → call id → reply index → text. */
  draftComments: Record<string, Record<string, Record<string, string>>>;
  addResults: (files: readonly ResultFile[]) => ResultsImport;
  removeResults: (key: string) => void;
  /**
   * Files one finished drill round under the participant's results, as it finishes, so a room
   * sharing one machine has its class summary without files. The first round starts the file afresh.
   */
  fileDrillRound: (participant: string, source: ResultSource, record: CallRecord, firstRound: boolean) => ResultFile;
  writeComment: (key: string, callId: string, turn: number, text: string) => void;
}

export const createReviewsSlice: StateCreator<ReviewsSlice, [], [], ReviewsSlice> = (set, get) => ({
  results: [],
  draftComments: {},
  addResults: (files) => {
    const { results, added, replaced, older } = mergeResults(get().results, files);
    set({ results });
    return { added, replaced, older };
  },
  fileDrillRound: (participant, source, record, firstRound) => {
    const key = resultKey({ participant, source });
    const earlier = firstRound ? [] : (get().results.find((file) => resultKey(file) === key)?.calls ?? []);
    const file = buildResultFile(participant, source, [...earlier, record]);
    set((state) => ({ results: [...state.results.filter((kept) => resultKey(kept) !== key), file] }));
    return file;
  },
  removeResults: (key) => set((state) => ({ results: state.results.filter((file) => resultKey(file) !== key) })),
  writeComment: (key, callId, turn, text) =>
    set((state) => {
      const forFile = state.draftComments[key] ?? {};
      const forCall = { ...forFile[callId], [String(turn)]: text };
      if (text.trim() === '') delete forCall[String(turn)];
      return { draftComments: { ...state.draftComments, [key]: { ...forFile, [callId]: forCall } } };
    }),
});
