// Reproducible randomness for the bootstrap intervals: the same data must give
// the same interval on every recomputation, on every machine, so an editor
// never sees a figure move when nothing changed. mulberry32 (Tommy Ettinger's
// 32-bit generator: one multiply-xorshift chain per draw, full 2^32 period) is
// plenty for 1,000 resamples and needs no dependency; the seed is a 32-bit
// FNV-1a hash of the data the resampling reads.

/** A generator of uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the bytes of typed arrays (in order), as a 32-bit seed. */
export function seedFromData(...parts: readonly (Int32Array | Float64Array)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    hash = Math.imul(hash ^ 0xff, 0x01000193); // a separator, so [1][2,3] and [1,2][3] differ
  }
  return hash >>> 0;
}
