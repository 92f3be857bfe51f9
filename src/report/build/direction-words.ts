/**
 * How every view names a relationship's direction: the brief's title, lede and conclusion, and the
 * web dashboard's summary, which imports this file so the two cannot drift apart. The word is the
 * one analysis calls (deepening, cooling, shifting, stable), never a synonym: "steady" in the
 * brief beside "Stable" on the dashboard read as two findings. The phrase adds the balance of the
 * record — a partnership when net cooperation is zero or more, a rivalry below.
 * Nothing but a type is imported: the web app bundles this file as it is.
 */
import type { RelationDirection } from '../../analysis/index.js';

export const DIRECTION_WORDS: Readonly<Record<RelationDirection, string>> = {
  deepening: 'deepening', cooling: 'cooling', shifting: 'shifting', stable: 'stable',
};

/** "a stable partnership", "a cooling partnership", "a shifting rivalry"… */
export function relationPhrase(direction: RelationDirection, net: number): string {
  const word = DIRECTION_WORDS[direction];
  if (net >= 0) return direction === 'shifting' ? `a ${word} alliance` : `a ${word} partnership`;
  // "A deepening rivalry" would say the opposite of what deepening means for a partnership.
  switch (direction) {
    case 'deepening': return 'a rivalry with deepening ties';
    case 'cooling': return 'a rivalry, cooling further';
    case 'shifting': case 'stable': return `a ${word} rivalry`;
  }
}
