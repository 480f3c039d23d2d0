import type { StateCreator } from 'zustand';
import type { Assignment } from '../domain/assignment/assignment-format.ts';
import type { CommentsFile } from '../domain/review/comments-file.ts';

/** A coach's comments on one call, as the candidate's debrief shows them. */
export interface ReceivedComments {
  coach: string;
  about: string;
  writtenAt: string;
  /** Comment text by reply index, from 0. */
  byTurn: Record<string, string>;
}

/** Assignments this browser holds (received from a coach, or written here), and coaches' comments. */
export interface AssignmentsSlice {
  assignments: Record<string, Assignment>;
  receivedComments: Record<string, ReceivedComments>;
  saveAssignment: (assignment: Assignment) => void;
  deleteAssignment: (id: string) => void;
  /** Files a coach's comments under the calls they are about; returns how many calls got comments. */
  receiveComments: (file: CommentsFile) => number;
}

export const createAssignmentsSlice: StateCreator<AssignmentsSlice, [], [], AssignmentsSlice> = (set, get) => ({
  assignments: {},
  receivedComments: {},
  saveAssignment: (assignment) => set((state) => ({ assignments: { ...state.assignments, [assignment.id]: assignment } })),
  deleteAssignment: (id) =>
    set((state) => {
      const { [id]: _removed, ...rest } = state.assignments;
      return { assignments: rest };
    }),
  receiveComments: (file) => {
    const byCall = new Map<string, Record<string, string>>();
    for (const comment of file.comments) byCall.set(comment.callId, { ...byCall.get(comment.callId), [String(comment.turn)]: comment.text });
    const received = { ...get().receivedComments };
    let filed = 0;
    for (const [callId, byTurn] of byCall) {
      // An older file never replaces the coach's later thoughts on the same call.
      if ((received[callId]?.writtenAt ?? '') > file.writtenAt) continue;
      received[callId] = { coach: file.coach, about: file.about, writtenAt: file.writtenAt, byTurn };
      filed++;
    }
    set({ receivedComments: received });
    return filed;
  },
});
