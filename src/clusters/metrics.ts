/**
 * Pairwise clustering errors against a labelled set. Over all pairs of reports: a wrong merge is
 * a pair put in one cluster that belongs to two stories; a missed merge is a pair of one story
 * left in two clusters. Rates: wrong merges / predicted same-cluster pairs, missed merges / true
 * same-story pairs.
 */
export interface ClusterErrors {
  pairs: number;
  truePairs: number;
  predictedPairs: number;
  wrongMerges: number;
  missedMerges: number;
  wrongMergeRate: number;
  missedMergeRate: number;
}

export function clusterErrors(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): ClusterErrors {
  const ids = [...gold.keys()];
  let truePairs = 0;
  let predictedPairs = 0;
  let wrongMerges = 0;
  let missedMerges = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i] as string, ids[j] as string];
      const same = gold.get(a) === gold.get(b);
      const together = predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b);
      if (same) truePairs++;
      if (together) predictedPairs++;
      if (together && !same) wrongMerges++;
      if (same && !together) missedMerges++;
    }
  }
  const pairs = (ids.length * (ids.length - 1)) / 2;
  return {
    pairs, truePairs, predictedPairs, wrongMerges, missedMerges,
    wrongMergeRate: predictedPairs === 0 ? 0 : wrongMerges / predictedPairs,
    missedMergeRate: truePairs === 0 ? 0 : missedMerges / truePairs,
  };
}
