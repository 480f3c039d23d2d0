import type { z } from 'zod';

/** One JSON Lines input line read against a schema: the value, or the reason it can't be used. */
export type JsonLineResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses one line of a JSON Lines command's input; never throws. */
export function parseJsonLine<Schema extends z.ZodType>(line: string, schema: Schema): JsonLineResult<z.infer<Schema>> {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ') };
  return { ok: true, value: parsed.data };
}
