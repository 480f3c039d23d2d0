import type { StateCreator } from 'zustand';
import type { CallRecord } from '../domain/call/call-record.ts';
import { buildResultFile, mergeResults, type ResultFile, type ResultSource, resultKey } from '../domain/result/result-file.ts';
import { removeItems, saveItems } from './persistence.ts';

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
    const before = new Set(get().results);
    const { results, added, replaced, older } = mergeResults(get().results, files);
    set({ results });
    void saveItems(
      'results',
      results.filter((file) => !before.has(file)),
    );
    return { added, replaced, older };
  },
  fileDrillRound: (participant, source, record, firstRound) => {
    const key = resultKey({ participant, source });
    const earlier = firstRound ? [] : (get().results.find((file) => resultKey(file) === key)?.calls ?? []);
    const file = buildResultFile(participant, source, [...earlier, record]);
    set((state) => ({ results: [...state.results.filter((kept) => resultKey(kept) !== key), file] }));
    void saveItems('results', [file]);
    return file;
  },
  removeResults: (key) => {
    set((state) => ({ results: state.results.filter((file) => resultKey(file) !== key) }));
    void removeItems('results', [key]);
  },
  writeComment: (key, callId, turn, text) => {
    const drafts = new Map(Object.entries(get().draftComments));
    const forFile = new Map(Object.entries(drafts.get(key) ?? {}));
    const forCall = new Map(Object.entries(forFile.get(callId) ?? {}));
    if (text.trim() === '') forCall.delete(String(turn));
    else forCall.set(String(turn), text);
    forFile.set(callId, Object.fromEntries(forCall));
    drafts.set(key, Object.fromEntries(forFile));
    set({ draftComments: Object.fromEntries(drafts) });
    const draft = { resultKey: key, callId, turn: String(turn), text };
    void (text.trim() === '' ? removeItems('draftComments', [JSON.stringify([key, callId, String(turn)])]) : saveItems('draftComments', [draft]));
  },
});
