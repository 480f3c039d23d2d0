/**
 * A content checksum for files Callback writes (assignments, results, comments). It is not a
 * signature: it catches a file edited by hand or damaged in transit, so the coach never reviews
 * scores that the scorer did not give.
 */

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// cyrb53: a fast, well-mixed 53-bit string hash; synchronous, so it works while parsing.
function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The checksum of a file's content, leaving out its own `checksum` field. */
export function checksumOf(data: Record<string, unknown>): string {
  const { checksum: _ignored, ...body } = data;
  return cyrb53(canonicalJson(body)).toString(36);
}

/** The data with its checksum set, ready to write. */
export function sealed<T extends Record<string, unknown>>(data: T): T & { checksum: string } {
  return { ...data, checksum: checksumOf(data) };
}

/** A file's text: its content with the checksum, indented for people who open it. */
export function sealedFileText(data: object): string {
  return JSON.stringify(sealed({ ...data }), null, 2);
}
