import type { StateCreator } from 'zustand';
import type { Assignment } from '../domain/assignment/assignment-format.ts';
import type { CommentsFile } from '../domain/review/comments-file.ts';
import { removeItems, saveItems } from './persistence.ts';
import type { ReceivedComments } from './stored-tables.ts';

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
  saveAssignment: (assignment) => {
    set((state) => ({ assignments: Object.fromEntries([...Object.entries(state.assignments), [assignment.id, assignment]]) }));
    void saveItems('assignments', [assignment]);
  },
  deleteAssignment: (id) => {
    set((state) => ({ assignments: Object.fromEntries(Object.entries(state.assignments).filter(([key]) => key !== id)) }));
    void removeItems('assignments', [id]);
  },
  receiveComments: (file) => {
    const byCall = new Map<string, Record<string, string>>();
    for (const comment of file.comments) byCall.set(comment.callId, { ...byCall.get(comment.callId), [String(comment.turn)]: comment.text });
    const received = new Map(Object.entries(get().receivedComments));
    const filed: ReceivedComments[] = [];
    for (const [callId, byTurn] of byCall) {
      // An older file never replaces the coach's later thoughts on the same call.
      if ((received.get(callId)?.writtenAt ?? '') > file.writtenAt) continue;
      const comments = { callId, coach: file.coach, about: file.about, writtenAt: file.writtenAt, byTurn };
      received.set(callId, comments);
      filed.push(comments);
    }
    set({ receivedComments: Object.fromEntries(received) });
    void saveItems('receivedComments', filed);
    return filed.length;
  },
});
