/**
 * The deepest nesting Callback's files ever need is about a dozen levels (an assignment holding a
 * scenario with its branches). Anything far deeper is hostile or broken; refusing it before any
 * recursive code (the checksum, the schema) runs keeps those from overflowing the stack.
 */
export const MAX_NESTING = 64;

/** How deeply arrays and objects nest in JSON text, found in one pass without recursion; stops counting past `limit`. */
export function jsonTextDepth(text: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

/** How deeply a parsed value nests, walked with an explicit stack; stops counting past `limit`. */
export function valueDepth(value: unknown, limit = MAX_NESTING): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop() as { value: unknown; depth: number };
    if (next.value === null || typeof next.value !== 'object') continue;
    const depth = next.depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Object.values(next.value)) if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
  }
  return deepest;
}
