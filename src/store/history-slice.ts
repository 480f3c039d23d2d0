import type { StateCreator } from 'zustand';
import type { CallRecord } from '../domain/call/call-record.ts';
import type { Script } from '../domain/script/script.ts';
import { saveItems, saveTogether } from './persistence.ts';
import type { ScriptPartRecord } from './stored-tables.ts';

/** Every finished call, newest first. */
export interface HistorySlice {
  calls: CallRecord[];
  /** Keeps a finished call: in memory at once, then in the database (a failed write is reported, never silent). */
  addCall: (record: CallRecord) => void;
  /** Tries again to save finished calls whose first save failed. */
  retrySaving: (calls: readonly CallRecord[]) => Promise<boolean>;
  /** Adds imported calls and scripts, each as its own record: calls by id, none lost or doubled. */
  importHistory: (calls: readonly CallRecord[], scripts: Readonly<Record<string, Script>>) => Promise<boolean>;
}

export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set) => ({
  calls: [],
  addCall: (record) => {
    set((state) => ({ calls: [record, ...state.calls.filter((call) => call.id !== record.id)] }));
    void saveItems('calls', [record]);
  },
  retrySaving: (calls) => saveItems('calls', calls),
  importHistory: (calls, scripts) => {
    const parts = Object.entries(scripts).flatMap(([scenarioId, script]) => Object.entries(script).map(([part, text]) => ({ scenarioId, part, text }) as ScriptPartRecord));
    // One transaction: an import lands whole or not at all.
    return saveTogether([
      { name: 'calls', items: calls },
      { name: 'scripts', items: parts },
    ]);
  },
});
