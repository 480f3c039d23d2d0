import { packForLink, unpackLink } from '../../lib/link-codec.ts';
import type { LoadResult } from '../../lib/versioned-format.ts';
import { type Assignment, assignmentFileText, parseAssignmentText } from './assignment-format.ts';

/** The hash route that opens an assignment carried in the link itself. */
export const ASSIGNMENT_LINK_PREFIX = '#/open/';

/** A link to this app that carries the whole assignment in its fragment, which no server sees. */
export async function assignmentLink(assignment: Assignment, appUrl: string): Promise<string> {
  const base = appUrl.replace(/#.*$/, '');
  return `${base}${ASSIGNMENT_LINK_PREFIX}${await packForLink(assignmentFileText(assignment))}`;
}

/** Reads the assignment out of a link's packed fragment: the same checks as a file. */
export async function assignmentFromLink(packed: string): Promise<LoadResult<Assignment>> {
  const unpacked = await unpackLink(packed);
  if (!unpacked.ok) return { ok: false, problems: [{ path: '(the link)', message: unpacked.message }] };
  return parseAssignmentText(unpacked.text);
}
