/**
 * A seeded generator so bootstrap intervals are reproducible: the same seed and data give the
 * same interval on every machine. Math.random cannot be seeded.
 */

/** 32-bit FNV-1a hash, to derive an independent stream per period from one user seed. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Mulberry32: small, fast, passes the usual statistical batteries for this kind of use. Returns
 * floats in [0, 1). bootstrap.ts inlines these same steps in its loop: change both or neither. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
