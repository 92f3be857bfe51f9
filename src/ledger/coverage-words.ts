/**
 * How every view words a feed's holes in a window — the CLI's dyad report, the brief's notes and
 * the web dashboard's summary, which imports this file, so the three cannot drift apart. Nothing
 * is imported: the web app bundles this file as it is.
 */

/** A continuous feed loaded for part of a window only. */
export interface FeedCoverage {
  dataset: string;
  unit: '15min' | 'day';
  /** Slots (15-minute files) or days in the window. */
  expected: number;
  present: number;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** "gdelt2 has 1 of 69,408 15-minute files; icews has events on 2 of 723 days" */
export function describeCoverage(coverage: readonly FeedCoverage[]): string {
  return coverage.map((c) => (c.unit === '15min'
    ? `${c.dataset} has ${count(c.present)} of ${count(c.expected)} 15-minute files`
    : `${c.dataset} has events on ${count(c.present)} of ${count(c.expected)} days`)).join('; ');
}
