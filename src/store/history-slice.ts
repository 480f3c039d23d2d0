import type { StateCreator } from 'zustand';
import type { CallRecord } from '../domain/call/call-record.ts';

/** Every finished call, newest first. */
export interface HistorySlice {
  calls: CallRecord[];
  addCall: (record: CallRecord) => void;
}

export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set) => ({
  calls: [],
  addCall: (record) => set((state) => ({ calls: [record, ...state.calls.filter((call) => call.id !== record.id)] })),
});
