/**
 * Story clustering on the project's labelled set (test/fixtures/clusters/labelled.jsonl: reports
 * written for this test, each labelled with the story it tells). Prints the pairwise wrong-merge
 * and missed-merge rates (recorded in bench/RESULTS.md) and holds them under bounds.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { CodedDocument, Event } from '../domain/index.js';
import { DuckDbStore } from '../store/index.js';
import type { ClusterInput } from './index.js';
import { assignClusters, clusterErrors, clusterEvents, countStories } from './index.js';

const FIXTURE = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/clusters/labelled.jsonl');
type Labelled = ClusterInput & { story: string };
const labelled = readFileSync(FIXTURE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Labelled);
const gold = new Map(labelled.map((e) => [e.id, e.story]));

it('the labelled set has stories told several times and look-alike distractors', () => {
  const stories = new Set(labelled.map((e) => e.story));
  expect(labelled.length).toBeGreaterThanOrEqual(30);
  expect(stories.size).toBeLessThan(labelled.length);
});

it('wrong-merge and missed-merge rates on the labelled set', () => {
  const errors = clusterErrors(gold, clusterEvents(labelled));
  console.log(`clusters (window 2 days, similarity 0.3): ${JSON.stringify(errors)}`);
  expect(errors.wrongMergeRate).toBeLessThanOrEqual(0.1);
  expect(errors.missedMergeRate).toBeLessThanOrEqual(0.35);
});

it('the window and the similarity threshold change what merges', () => {
  const strictWindow = clusterErrors(gold, clusterEvents(labelled, { windowDays: 0 }));
  const loose = clusterErrors(gold, clusterEvents(labelled, { minSimilarity: 0.02 }));
  const base = clusterErrors(gold, clusterEvents(labelled));
  console.log(`clusters (window 0): ${JSON.stringify(strictWindow)}\nclusters (similarity 0.02): ${JSON.stringify(loose)}`);
  expect(strictWindow.missedMerges).toBeGreaterThan(base.missedMerges);
  expect(loose.wrongMerges).toBeGreaterThan(base.wrongMerges);
});

it('reports without text merge only on the same day; a cluster is named by its earliest report', () => {
  const bare = (id: string, date: string): ClusterInput => ({ id, date, source: 'RUS', target: 'IRN', root: '04' });
  const clusters = clusterEvents([bare('x2', '2025-01-01'), bare('x1', '2025-01-01'), bare('x3', '2025-01-02')]);
  expect(clusters).toEqual(new Map([['x1', 'x1'], ['x2', 'x1'], ['x3', 'x3']]));
});

it('stores cluster ids per event and counts clusters as well as reports', async () => {
  const store = await DuckDbStore.open({ path: ':memory:' });
  const events: Event[] = labelled.map((e, i) => ({
    id: e.id, date: e.date, source: e.source, target: e.target, code: e.root, root: e.root, quad: 1, goldstein: 0, plover: 'CONSULT',
    confidence: 1, negated: false, modality: 'asserted',
    ...(e.text ? { evidence: { docId: 'labelled', sentenceIndex: i, sentence: e.text, span: { start: 0, end: e.text.length }, highlights: {}, rule: 'test' } } : {}),
    ...(e.url ? { url: e.url } : {}),
  }));
  const doc: CodedDocument = { document: { id: 'labelled', contentHash: 'labelled', format: 'text', text: 'x' }, sentences: [], quotes: [], actors: [], events };
  await store.saveCoded([doc]);
  const before = await countStories(store);
  expect(before).toEqual({ events: labelled.length, clusters: labelled.length });
  const run = await assignClusters(store);
  const inMemory = clusterEvents(labelled);
  const expected = new Set(inMemory.values()).size;
  expect(run).toEqual({ events: labelled.length, clusters: expected, merged: labelled.length - expected });
  expect(await countStories(store)).toEqual({ events: labelled.length, clusters: expected });
  expect(await countStories(store, { actor: 'ISR' })).toEqual({
    events: labelled.filter((e) => e.source.startsWith('ISR') || e.target.startsWith('ISR')).length,
    clusters: new Set(labelled.filter((e) => e.source.startsWith('ISR') || e.target.startsWith('ISR')).map((e) => inMemory.get(e.id))).size,
  });
  await store.close();
});
