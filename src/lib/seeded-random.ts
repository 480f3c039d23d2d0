/**
 * A seeded random generator whose whole state is one 32-bit number, so a call in progress can be
 * saved, restored and replayed. mulberry32: small, fast and well distributed for picking lines.
 */
export interface RandomDraw {
  /** A number in [0, 1). */
  value: number;
  /** The generator state to use for the next draw. */
  state: number;
}

export function nextRandom(state: number): RandomDraw {
  const advanced = (state + 0x6d2b79f5) | 0;
  let t = advanced;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: advanced };
}

/** Turns any text or number into a generator state, so drill codes and URLs can carry seeds. */
export function seedFrom(source: string | number): number {
  const text = String(source);
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash | 0;
}

/** A fresh seed for a new call or drill, from the browser's cryptographic generator. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] as number;
}
