import { afterEach, describe, expect, it } from 'vitest';
import { EntenteError } from '../../errors.js';
import type { Store } from '../../store/index.js';
import { renderJson } from '../render/index.js';
import { checkEvidence } from '../test-helpers/check-evidence.js';
import { storeWith } from '../test-helpers/scenario.js';
import type { Story } from '../test-helpers/scenario.js';
import { STORIES } from '../test-helpers/stories.js';
import type { Brief, Claim, Section, SectionId } from '../types.js';
import { buildBrief } from './build-brief.js';

let store: Store | undefined;
afterEach(async () => { await store?.close(); store = undefined; });

async function briefOf(stories: readonly Story[], request: Partial<Parameters<typeof buildBrief>[1]> = {}): Promise<Brief> {
  store = await storeWith(stories);
  return buildBrief(store, { a: 'IRN', b: 'RUS', ...request });
}

const section = (b: Brief, id: SectionId): Section | undefined => b.sections.find((s) => s.id === id);
const claimsOf = (s: Section | undefined): Claim[] => s?.paragraphs.flatMap((p) => p.claims) ?? [];
const cited = (claims: Claim[]): string[] => [...new Set(claims.flatMap((c) => c.evidence.map((r) => r.eventId)))].sort();

describe('buildBrief on a hand-built record', () => {
  it('writes every section the record supports, each claim citing its events', async () => {
    const brief = await briefOf(STORIES);
    expect(brief.contents.map((c) => c.id)).toEqual(['partnership', 'protective-stance', 'expectations', 'outlook', 'voices', 'conclusion', 'related', 'headlines']);
    // The record holds an appeal for jets and a promise of defence cooperation that nothing
    // delivered: the title says so and a lede line, citing them, backs it.
    expect(brief.title).toBe('Iran and Russia: a stable partnership with unmet expectations');
    expect(brief.lede[0]?.text).toBe('Between 10 January 2025 and 19 June 2025 the record holds 5 events between Iran and Russia: 5 cooperative and 0 conflictual, a net cooperation of +29.4.');
    const unmetLine = brief.lede.find((c) => c.text.startsWith('Between them,'));
    expect(unmetLine?.text).toBe('Between them, 2 material requests and promises went unmet or were refused.');
    const expectationIds = cited(claimsOf(section(brief, 'expectations')));
    expect(unmetLine?.evidence.map((r) => r.eventId)).toEqual(expect.arrayContaining(['story-jets-e0', 'story-treaty-e1']));
    expect(unmetLine?.evidence.map((r) => r.eventId).every((id) => expectationIds.includes(id))).toBe(true);
    const check = await checkEvidence(brief, store as Store);
    expect(check.problems).toEqual([]);
    expect(check.claims).toBeGreaterThan(20);
  });

  it('has an evidence check that catches a wrong sentence, a missing event and an unnamed actor', async () => {
    const brief = await briefOf(STORIES);
    const first = brief.lede[0];
    const ref = first?.evidence[0];
    if (!first || !ref) throw new Error('the lede cites nothing');
    const tampered: Brief = {
      ...brief,
      lede: [
        { ...first, evidence: [{ ...ref, sentence: `${ref.sentence} (edited)` }] },
        { ...first, evidence: [{ ...ref, eventId: 'no-such-event' }] },
        { ...first, actors: ['IRN'] },
        { ...first, evidence: [] },
      ],
      sections: [],
    };
    const problems = (await checkEvidence(tampered, store as Store)).problems.join('\n');
    expect(problems).toMatch(/sentence differs from the stored evidence/);
    expect(problems).toMatch(/no-such-event is not in the store/);
    expect(problems).toMatch(/involves RUS, not named by the claim/);
    expect(problems).toMatch(/cites nothing/);
  });

  it('groups cooperation by domain and cites exactly that domain\'s events', async () => {
    const brief = await briefOf(STORIES);
    const p = section(brief, 'partnership');
    expect(p?.paragraphs.map((x) => x.heading).filter(Boolean)).toEqual(['Economic', 'Military', 'Diplomatic']);
    const economic = p?.paragraphs.find((x) => x.heading === 'Economic')?.claims[0];
    expect(economic?.text).toBe('2 economic cooperative events on 10 January 2025, all of them material rather than words.');
    expect(cited(economic ? [economic] : [])).toEqual(['story-trade-e0', 'story-trade-e1']);
  });

  it('finds the protective stance: the triad after the strike and the warning that names the partner', async () => {
    const brief = await briefOf(STORIES);
    const s = section(brief, 'protective-stance');
    expect(s?.title).toBe("Russia's protective stance");
    const [triad, warning] = [s?.paragraphs[0]?.claims[0], s?.paragraphs[2]?.claims[0]];
    expect(triad?.text).toMatch(/^Russia took Iran's side against Israel: 2 conflictual responses to Israel within a week of 1 hostile act/);
    expect(cited(triad ? [triad] : [])).toEqual(['story-strike-e0', 'story-strike-e1', 'story-strike-e2']);
    expect(warning?.text).toBe('Russia addressed 1 warning or condemnation to the United States in sentences that also name Iran.');
    expect(cited(warning ? [warning] : [])).toEqual(['story-warning-e0']);
    // The Kremlin's quote rides with the response coded from its sentence.
    const quoted = claimsOf(s).find((c) => c.quotes?.length);
    expect(quoted?.quotes?.[0]?.text).toBe('This is unprovoked,');
  });

  it('keeps the title plain and the lede without an unmet line when everything asked was given', async () => {
    const brief = await briefOf(STORIES.filter((s) => s.id === 'story-trade' || s.id === 'story-strike'));
    expect(brief.title).toBe('Iran and Russia: a stable partnership');
    expect(brief.lede.some((c) => c.text.startsWith('Between them,'))).toBe(false);
  });

  it('lists the unmet requests with the sentence saying they went unmet', async () => {
    const brief = await briefOf(STORIES);
    const claims = claimsOf(section(brief, 'expectations'));
    const jets = claims.find((c) => c.text.startsWith('Iran asked Russia for military help on 3 February 2025'));
    expect(jets?.text).toContain('the record says it was not delivered');
    expect(cited(jets ? [jets] : [])).toEqual(['story-jets-e0', 'story-warning-e1']);
  });

  it('keeps voices with speaker, office and date', async () => {
    const brief = await briefOf(STORIES);
    const texts = claimsOf(section(brief, 'voices')).map((c) => c.text);
    expect(texts).toEqual([
      'The Russian foreign minister, 17 January 2025: “covers defence”',
      'The Kremlin spokesman, 13 June 2025: “This is unprovoked”',
    ]);
  });

  it('leaves out sections the record does not support', async () => {
    const coopOnly = STORIES.filter((s) => s.id === 'story-trade');
    const brief = await briefOf(coopOnly);
    const ids = brief.sections.map((s) => s.id);
    expect(ids).toContain('partnership');
    for (const absent of ['protective-stance', 'expectations', 'voices'] as const) expect(ids).not.toContain(absent);
    expect(brief.lede.at(1)?.text).toBe('With 2 events the record is too thin to call a direction.');
  });

  it('says so, briefly, when the dyad has no events', async () => {
    const brief = await briefOf([], { from: '2025-01-01', to: '2025-06-30' });
    expect(brief.direction).toBe('none');
    expect(brief.sections).toEqual([]);
    expect(brief.lede).toEqual([]);
    expect(brief.notes.join(' ')).toMatch(/no events/);
  });

  it('says so when the two actors have events but none with each other', async () => {
    const brief = await briefOf(STORIES, { a: 'ISR', b: 'CHN' });
    expect(brief.title).toBe('Israel and China: no recorded events');
    expect(brief.notes.join(' ')).toMatch(/^The store holds no events between Israel and China/);
  });

  it('counts what lies outside the window instead of dropping it silently', async () => {
    const brief = await briefOf(STORIES, { from: '2025-06-01' });
    expect(brief.figures.beforeWindow).toBe(5);
    expect(brief.figures.negated).toBe(1);
    expect(brief.notes.join(' ')).toContain('5 earlier events between Iran and Russia, dated before 1 June 2025, lie outside the window');
  });

  it('says first, as a note, when a feed covers only part of the window', async () => {
    store = await storeWith(STORIES);
    const asked: string[] = [];
    const brief = await buildBrief(store, { a: 'IRN', b: 'RUS' }, {
      coverage: (from, to) => {
        asked.push(`${from}..${to}`);
        return Promise.resolve([{ dataset: 'gdelt2', unit: '15min', expected: 15_936, present: 96 }]);
      },
    });
    expect(asked).toEqual([`${brief.window.from}..${brief.window.to}`]);
    expect(brief.notes[0]).toBe('Incomplete data: gdelt2 has 96 of 15,936 15-minute files in this window, so a change may be missing data rather than a shift.');
    const plain = await buildBrief(store, { a: 'IRN', b: 'RUS' }, { coverage: () => Promise.resolve([]) });
    expect(plain.notes.some((n) => n.startsWith('Incomplete data'))).toBe(false);
  });

  it('is deterministic: the same store gives byte-identical JSON', async () => {
    const first = renderJson(await briefOf(STORIES));
    await store?.close();
    const second = renderJson(await briefOf([...STORIES].reverse()));
    expect(second).toBe(first);
  });

  it('rejects bad requests with errors naming the field', async () => {
    store = await storeWith([]);
    const fails = async (req: Parameters<typeof buildBrief>[1]): Promise<EntenteError> => {
      const error = await buildBrief(store as Store, req).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EntenteError);
      return error as EntenteError;
    };
    expect((await fails({ a: 'IRN', b: 'IRN' })).location?.field).toBe('b');
    expect((await fails({ a: 'I-R', b: 'RUS' })).location?.field).toBe('a');
    expect((await fails({ a: 'IRN', b: 'RUS', from: '2025-02-30' })).location?.field).toBe('from');
    expect((await fails({ a: 'IRN', b: 'RUS', from: '2025-06-01', to: '2025-01-01' })).location?.field).toBe('from');
  });
});
