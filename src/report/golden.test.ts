/**
 * Golden briefs: the seed article alone and the demo corpus, each run through the real pipeline
 * (src/ingest → src/nlp → src/coding with the own lexicon → store) and briefed in HTML, Markdown
 * and JSON. The coder is still being tuned, so its output — and these goldens — will change.
 * After checking the change is intended, regenerate all of them with one line:
 *
 *   UPDATE_GOLDEN=1 npx vitest run src/report/golden.test.ts
 *
 * The content checks below (what the seed brief must say, and that no claim lacks evidence) do
 * not read the goldens, so regenerating them cannot hide a lost claim. The seed's goldens hold
 * fingerprints of its sentences, not its words: the repo commits no third-party text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithShared } from '../../test/shared.js';
import { matchesActor } from '../analysis/index.js';
import { renderHtml, renderJson, renderMarkdown } from './render/index.js';
import { checkEvidence } from './test-helpers/check-evidence.js';
import { expectGolden, readInput, runCase } from './test-helpers/golden.js';
import { redactSources } from './test-helpers/redact.js';
import type { PipelineRun } from './test-helpers/pipeline.js';
import { htmlErrors } from './test-helpers/validate-html.js';
import type { Brief, Claim, EvidenceRef, SectionId } from './types.js';

const SEED = 'brief-seed';
const DEMO = 'brief-demo';

const claimsIn = (b: Brief, id: SectionId): Claim[] => b.sections.find((s) => s.id === id)?.paragraphs.flatMap((p) => p.claims) ?? [];
const refsIn = (b: Brief, id: SectionId): EvidenceRef[] => claimsIn(b, id).flatMap((c) => c.evidence);

/** `thirdParty`: the input is not the project's own text, so the pinned files hold fingerprints
 * of its sentences instead of the sentences (see test-helpers/redact.ts). */
function goldenSuite(name: string, state: { run?: PipelineRun; brief?: Brief }, thirdParty: boolean): void {
  it('ingests without errors', () => {
    expect(state.run?.errors.map((e) => e.describe())).toEqual([]);
    expect(state.run?.saved.events).toBeGreaterThan(0);
  });

  it('matches the pinned HTML, Markdown and JSON', () => {
    const brief = thirdParty ? redactSources(state.brief as Brief) : state.brief as Brief;
    expectGolden(name, 'brief.json', renderJson(brief));
    expectGolden(name, 'brief.md', renderMarkdown(brief));
    expectGolden(name, 'brief.html', renderHtml(brief));
  });

  it('has no claim without evidence: every ref is in the store, its sentence stored, its actors named', async () => {
    const json = JSON.parse(renderJson(state.brief as Brief)) as Brief;
    const check = await checkEvidence(json, (state.run as PipelineRun).store);
    expect(check.problems).toEqual([]);
    expect(check.refs).toBeGreaterThan(check.claims);
  });

  it('is valid HTML', async () => {
    expect(await htmlErrors(renderHtml(state.brief as Brief))).toEqual([]);
  });
}

describeWithShared('brief of the seed article', ['seeds', '000_91aeb563d4901a78.txt'], () => {
  const state: { run?: PipelineRun; brief?: Brief } = {};
  beforeAll(async () => { Object.assign(state, await runCase(SEED)); });
  afterAll(async () => { await state.run?.store.close(); });

  it('is pinned to the case input', () => {
    expect(readInput(SEED).ingest.date).toBe('2025-06-20');
  });

  goldenSuite(SEED, state, true);

  const brief = (): Brief => state.brief as Brief;

  it('cites the payment-system and tariff cooperation and the treaty in the partnership', () => {
    const sentences = refsIn(brief(), 'partnership').map((r) => r.sentence);
    expect(sentences.some((s) => /payment systems/.test(s))).toBe(true);
    expect(sentences.some((s) => /tariffs/.test(s))).toBe(true);
    expect(sentences.some((s) => /treaty/.test(s))).toBe(true);
  });

  it('shows the condemnation of Israel\'s strikes and the warnings to the US as Russia\'s protective stance', () => {
    const refs = refsIn(brief(), 'protective-stance');
    const condemnation = refs.find((r) => matchesActor(r.source, 'RUS', 'prefix') && matchesActor(r.target, 'ISR', 'prefix') && /condemn/i.test(r.sentence));
    expect(condemnation?.sentence).toMatch(/Israeli strikes|air strikes|attacks/);
    const warnings = refs.filter((r) => matchesActor(r.source, 'RUS', 'prefix') && matchesActor(r.target, 'USA', 'prefix'));
    expect(warnings.map((r) => r.sentence).some((s) => /warn/i.test(s))).toBe(true);
    expect(warnings.map((r) => r.sentence).some((s) => /not to strike Iran/.test(s))).toBe(true);
  });

  it('lists the unmet request for fighter jets and air defences, linked to its sentence', () => {
    const unmet = refsIn(brief(), 'expectations').filter((r) =>
      (matchesActor(r.source, 'IRN', 'prefix') && matchesActor(r.target, 'RUS', 'prefix') && /^(02|10)/.test(r.code))
      || (matchesActor(r.source, 'RUS', 'prefix') && matchesActor(r.target, 'IRN', 'prefix') && /^12/.test(r.code)));
    expect(unmet.map((r) => r.sentence).some((s) => /advanced military capabilities|fighter jets|air defen[cs]es/.test(s))).toBe(true);
  });

  it('gives the Russian officials\' quotes with speaker and date', () => {
    const quotes = claimsIn(brief(), 'voices').flatMap((c) => c.quotes ?? []);
    for (const name of ['Zakharova', 'Ryabkov', 'Peskov', 'Lavrov']) {
      const q = quotes.find((x) => x.speaker?.includes(name));
      expect(q, `a quote of ${name}`).toBeDefined();
      expect(q?.speakerCode?.startsWith('RUS'), `${name} resolved to Russia`).toBe(true);
      expect(q?.date).toBe('2025-06-20');
      expect(q?.sentence).toContain(q?.text.trim() ?? '?');
    }
  });
});

describe('brief of the demo corpus', () => {
  const state: { run?: PipelineRun; brief?: Brief } = {};
  beforeAll(async () => { Object.assign(state, await runCase(DEMO)); });
  afterAll(async () => { await state.run?.store.close(); });

  goldenSuite(DEMO, state, false);

  it('covers the demo storyline: partnership, protective stance, unmet requests, voices of both sides', () => {
    const b = state.brief as Brief;
    expect(b.contents.map((c) => c.id)).toEqual(expect.arrayContaining(['partnership', 'protective-stance', 'expectations', 'voices']));
    expect(refsIn(b, 'expectations').some((r) => /Su-35|S-400|fighter jets|air defen/.test(r.sentence))).toBe(true);
    const voices = b.sections.find((s) => s.id === 'voices')?.paragraphs.map((p) => p.heading);
    expect(voices).toEqual(expect.arrayContaining(['Voices from Iran', 'Voices from Russia']));
  });
});
