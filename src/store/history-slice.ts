import type { StateCreator } from 'zustand';
import type { CallOutput } from '../../machines/call-machine.ts';
import type { CallGrade } from '../scoring/grade-call.ts';

/** A finished call as the history keeps it. */
export interface CallRecord {
  id: string;
  finishedAt: string;
  output: CallOutput;
  grade: CallGrade;
  /** The assignment this call was practice for, so its goals count it. */
  assignmentId?: string;
}

/** Every finished call, newest first. */
export interface HistorySlice {
  calls: CallRecord[];
  addCall: (record: CallRecord) => void;
}

export const createHistorySlice: StateCreator<HistorySlice, [], [], HistorySlice> = (set) => ({
  calls: [],
  addCall: (record) => set((state) => ({ calls: [record, ...state.calls.filter((call) => call.id !== record.id)] })),
});
