/**
 * Packs text into a URL fragment and back: deflate, then base64url. The fragment never reaches a
 * server, so an assignment shared as a link stays between the coach and the candidate.
 */

/** The most text a link may unpack to; a link that inflates past it is refused, not decoded. */
export const MAX_LINK_TEXT_CHARS = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Compresses text for a link fragment. */
export async function packForLink(text: string): Promise<string> {
  const compressed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
  return toBase64Url(compressed);
}

/** What unpacking a link gave: the text, or a sentence a candidate can act on. */
export type UnpackResult = { ok: true; text: string } | { ok: false; message: string };

/** Unpacks a link fragment; a cut-off, altered or oversized link gets a clear message, never a throw. */
export async function unpackLink(packed: string): Promise<UnpackResult> {
  const bytes = fromBase64Url(packed.trim());
  if (!bytes || bytes.length === 0) {
    return { ok: false, message: 'This link is damaged: it has characters a Callback link never contains, or nothing after the #. Ask for the link again, or for the file.' };
  }
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_LINK_TEXT_CHARS * 4);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    if (text.length > MAX_LINK_TEXT_CHARS) throw new RangeError('too large');
    return { ok: true, text };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: 'This link unpacks to more than Callback accepts (2 MB), so it was not opened.' };
    return { ok: false, message: 'This link is incomplete or damaged; it may have been cut off when it was copied. Ask for the link again, or for the file.' };
  }
}
