/** An unordered pair of actors studied together; `a` is listed first in reports. */
export interface Dyad {
  a: string;
  b: string;
}

export function dyadKey(d: Dyad): string {
  return d.a <= d.b ? `${d.a}|${d.b}` : `${d.b}|${d.a}`;
}
