/**
 * Story clustering: the many reports of one happening grouped into one cluster that keeps them
 * all; window and similarity adjustable; cluster ids stored per event (`events.cluster_id`).
 */
export { DEFAULT_CLUSTER_OPTIONS, clusterBlock, clusterEvents } from './cluster.js';
export type { ClusterInput, ClusterOptions } from './cluster.js';
export { clusterErrors } from './metrics.js';
export type { ClusterErrors } from './metrics.js';
export { contentWords, jaccard, urlWords } from './similarity.js';
export { assignClusters, countStories } from './store.js';
export type { ClusterRun, StoryCounts } from './store.js';
