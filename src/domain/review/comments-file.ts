import { z } from 'zod';
import { sealedFileText } from '../../lib/checksum.ts';
import { type LoadResult, parseText, type VersionedFormat } from '../../lib/versioned-format.ts';

/** The comments file format this build writes. */
export const COMMENTS_FORMAT_VERSION = 1;

const commentSchema = z
  .object({
    callId: z.string().max(80),
    /** Which of the candidate's replies in that call, from 0. */
    turn: z.number().int().min(0).max(200),
    text: z.string().trim().min(1).max(4000),
  })
  .strict();

const commentsFileSchema = z
  .object({
    format: z.literal('callback-comments', { message: 'expected "callback-comments": this is not a Callback comments file' }),
    version: z.literal(COMMENTS_FORMAT_VERSION),
    writtenAt: z.string().max(40),
    coach: z.string().max(80),
    participant: z.string().max(80),
    /** What the comments are about, for the candidate's eyes: an assignment or drill title. */
    about: z.string().max(120),
    comments: z.array(commentSchema).min(1, 'the file has no comments').max(2000),
  })
  .strict();

/** A coach's comments on a candidate's replies, going back to the candidate. */
export type CommentsFile = z.output<typeof commentsFileSchema>;
/** One comment on one reply. */
export type ReplyComment = CommentsFile['comments'][number];

export const commentsFileFormat: VersionedFormat<typeof commentsFileSchema> = {
  kind: 'comments file',
  currentVersion: COMMENTS_FORMAT_VERSION,
  schema: commentsFileSchema,
  migrations: {},
  maxChars: 4 * 1024 * 1024,
  checksummed: true,
};

export function commentsFileText(file: CommentsFile): string {
  return sealedFileText(file);
}

export function parseCommentsText(text: string): LoadResult<CommentsFile> {
  return parseText(commentsFileFormat, text);
}
