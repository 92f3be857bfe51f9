import { describe, expect, it } from 'vitest';
import { addCounts, emptyScore, finish, rootOf, sameSet } from './compare.js';
import { formatReport } from './format.js';
import { runEvaluation } from './run.js';

// A tiny validation set written for this test, with its own dictionaries, read from memory.
const FILES: Record<string, string> = {
  '/v/text/t.xml': `<Validation><Environment><Verbfile>t.verbs</Verbfile><Actorfile>t.actors</Actorfile><Discardfile>t.discards</Discardfile></Environment><Sentences>
<Sentence date="20240102" id="A-1" category="A" sentence="true"><EventCoding sourcecode="RUS" targetcode="IRN" eventcode="111"></EventCoding><Text>Russia condemned Iran.</Text>
<Parse>(ROOT (S (NP (NNP Russia)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))</Parse></Sentence>
<Sentence date="20240102" id="A-2" category="A" sentence="true"><EventCoding sourcecode="IRN" targetcode="RUS" eventcode="111"></EventCoding><Text>Iran praised Russia.</Text></Sentence>
<Sentence date="20240102" id="B-1" category="B" sentence="true"><EventCoding noevents="True"></EventCoding><Text>The weather was fine.</Text></Sentence>
<Sentence date="20240102" id="B-2" category="B" sentence="true"><EventCoding error="sentencediscard"></EventCoding><Text>Russia condemned Iran over a football match.</Text></Sentence>
</Sentences></Validation>`,
  '/v/dictionaries/t.verbs': '--- CONDEMN [111] ---\nCONDEMN\n\n--- PRAISE [051] ---\nPRAISE\n',
  '/v/dictionaries/t.actors': 'RUSSIA_ [RUS]\nIRAN_ [IRN]\n',
  '/v/dictionaries/t.discards': 'FOOTBALL\n',
};
const readText = async (path: string): Promise<string> => {
  const text = FILES[path];
  if (text === undefined) throw new Error(`no such file ${path}`);
  return text;
};

describe('runEvaluation', () => {
  it('resolves the dictionaries, codes every record and scores records, categories and triples', async () => {
    const r = await runEvaluation({ file: '/v/text/t.xml', readText });
    expect(r.dictionaries).toEqual(['/v/dictionaries/t.verbs', '/v/dictionaries/t.actors', '/v/dictionaries/t.discards']);
    expect(r.results.map((x) => [x.id, x.correct])).toEqual([['A-1', true], ['A-2', false], ['B-1', true], ['B-2', true]]);
    expect(r.results[1]!.got).toEqual([{ source: 'IRN', target: 'RUS', code: '051' }]);
    expect(r.results[3]!.note).toBe('sentencediscard');
    expect(r).toMatchObject({ records: 4, correct: 3, accuracy: 0.75, byCategory: { A: { records: 2, correct: 1 }, B: { records: 2, correct: 2 } } });
    expect(r.full).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    // At root level 051 vs 111 still differ.
    expect(r.root.tp).toBe(1);
  });

  it('codes from the parse with useParse, and falls back to the text without one', async () => {
    const r = await runEvaluation({ file: '/v/text/t.xml', readText, useParse: true, dictDir: '/v/dictionaries' });
    expect(r.mode).toBe('parse');
    expect(r.results[0]!.correct).toBe(true);
  });

  it('reports an unreadable dictionary as an input error naming it', async () => {
    await expect(runEvaluation({ file: '/v/text/t.xml', readText, dictDir: '/nowhere' })).rejects.toThrow(/nowhere/);
  });

  it('formats a summary, a diff and JSON', async () => {
    const r = await runEvaluation({ file: '/v/text/t.xml', readText });
    const text = formatReport(r);
    expect(text).toMatch(/3\/4 records fully correct \(75\.0%\)/);
    expect(text).toMatch(/full code\s+precision 50\.0%/);
    expect(text).not.toMatch(/A-2/);
    const diff = formatReport(r, { diff: true });
    expect(diff).toMatch(/A-2 \[A\][\s\S]*expected: IRN→RUS 111[\s\S]*got:\s+IRN→RUS 051/);
    expect(JSON.parse(formatReport(r, { json: true })).correct).toBe(3);
  });
});

describe('scoring', () => {
  it('compares sets, counts triples and computes F1', () => {
    const t = (code: string) => ({ source: 'A', target: 'B', code });
    expect(sameSet([t('1'), t('2')], [t('2'), t('1')])).toBe(true);
    expect(sameSet([t('1')], [])).toBe(false);
    const s = emptyScore();
    addCounts(s, [t('0232'), t('111')], [t('0232'), t('120')], false);
    expect(finish(s)).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    const root = emptyScore();
    addCounts(root, [t('0232')], [t('020')], true);
    expect(root.tp).toBe(1);
    expect(rootOf('1717')).toBe('17');
  });
});
