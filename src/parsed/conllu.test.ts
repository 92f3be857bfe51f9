import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { depChildren, depRoot, leaves, readConllu, sentenceText } from './index.js';

const row = (...cols: string[]): string => cols.join('\t');

// Written for this test: two sentences, one with a multi-word token and SpaceAfter=No.
const SAMPLE = [
  '# sent_id = s1',
  '# text = Tehran and Moscow signed a pact.',
  '# source = written for the entente tests',
  row('1', 'Tehran', 'Tehran', 'PROPN', 'NNP', 'Number=Sing', '4', 'nsubj', '_', '_'),
  row('2', 'and', 'and', 'CCONJ', 'CC', '_', '3', 'cc', '_', '_'),
  row('3', 'Moscow', 'Moscow', 'PROPN', 'NNP', 'Number=Sing', '1', 'conj', '_', '_'),
  row('4', 'signed', 'sign', 'VERB', 'VBD', 'Tense=Past', '0', 'root', '_', '_'),
  row('5', 'a', 'a', 'DET', 'DT', '_', '6', 'det', '_', '_'),
  row('6', 'pact', 'pact', 'NOUN', 'NN', '_', '4', 'obj', '_', 'SpaceAfter=No'),
  row('7', '.', '.', 'PUNCT', '.', '_', '4', 'punct', '_', '_'),
  '',
  '# sent_id = s2',
  row('1-2', "Iran's", '_', '_', '_', '_', '_', '_', '_', '_'),
  row('1', 'Iran', 'Iran', 'PROPN', 'NNP', '_', '3', 'nmod:poss', '_', '_'),
  row('2', "'s", "'s", 'PART', 'POS', '_', '1', 'case', '_', '_'),
  row('3', 'envoy', 'envoy', 'NOUN', 'NN', '_', '4', 'nsubj', '_', '_'),
  row('3.1', 'went', 'go', 'VERB', 'VBD', '_', '_', '_', '0:root', '_'),
  row('4', 'left', 'leave', 'VERB', 'VBD', '_', '0', 'root', '_', 'SpaceAfter=No'),
  row('5', '.', '.', 'PUNCT', '.', '_', '4', 'punct', '_', '_'),
].join('\n');

describe('readConllu', () => {
  it('reads sentences with heads, relations and comments', () => {
    const [first] = readConllu(SAMPLE);
    expect(first?.id).toBe('s1');
    expect(first?.text).toBe('Tehran and Moscow signed a pact.');
    expect(first?.comments).toEqual(['source = written for the entente tests']);
    expect(first?.tokens.map((t) => [t.form, t.head, t.deprel])).toEqual([
      ['Tehran', 4, 'nsubj'], ['and', 3, 'cc'], ['Moscow', 1, 'conj'], ['signed', 0, 'root'],
      ['a', 6, 'det'], ['pact', 4, 'obj'], ['.', 4, 'punct'],
    ]);
    expect(first?.tokens[0]).toMatchObject({ lemma: 'Tehran', upos: 'PROPN', xpos: 'NNP', feats: 'Number=Sing' });
    expect(first?.tokens[1]?.feats).toBeUndefined();
    expect(first && depRoot(first)?.form).toBe('signed');
    expect(first && depChildren(first, 4).map((t) => t.form)).toEqual(['Tehran', 'pact', '.']);
    expect(first && leaves(first).map((l) => `${l.tag}/${l.word}/${l.index}`).slice(0, 2)).toEqual(['NNP/Tehran/0', 'CC/and/1']);
  });

  it('keeps multi-word tokens and empty nodes apart and rebuilds the text from them', () => {
    const second = readConllu(SAMPLE)[1];
    expect(second?.tokens.map((t) => t.form)).toEqual(['Iran', "'s", 'envoy', 'left', '.']);
    expect(second?.multiwords).toEqual([{ from: 1, to: 2, form: "Iran's" }]);
    expect(second?.emptyNodes).toEqual([{ id: '3.1', form: 'went', deps: '0:root' }]);
    expect(second?.text).toBeUndefined();
    expect(second && sentenceText(second)).toBe("Iran's envoy left.");
    expect(second?.line).toBe(12);
  });

  it.each([
    [row('1', 'Iran', 'Iran', 'PROPN', 'NNP', '_', '0', 'root', '_'), /expected 10 tab-separated columns/, undefined],
    ['1 Iran Iran PROPN NNP _ 0 root _ _', /found 1/, undefined],
    [row('x', 'Iran', '_', 'PROPN', '_', '_', '0', 'root', '_', '_'), /ID "x"/, 'ID'],
    [row('2', 'Iran', '_', 'PROPN', '_', '_', '0', 'root', '_', '_'), /out of order \(expected 1\)/, 'ID'],
    [row('1', 'Iran', '_', 'PROPN', '_', '_', '_', 'root', '_', '_'), /HEAD "_"/, 'HEAD'],
    [row('1', 'Iran', '_', 'PROPN', '_', '_', '0', '_', '_', '_'), /DEPREL is missing/, 'DEPREL'],
    [row('1', 'Iran', '_', 'PROPN', '_', '_', '5', 'nsubj', '_', '_'), /points past the last word/, 'HEAD'],
  ])('rejects a malformed line with its line number (%#)', (bad, message, field) => {
    const text = `# text = fine\n${row('1', 'ok', '_', 'X', '_', '_', '0', 'root', '_', '_')}\n\n# sent_id = broken\n${bad}\n`;
    let error: unknown;
    try {
      readConllu(text, 'sample.conllu');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(message);
    expect((error as InputError).location).toEqual({ file: 'sample.conllu', line: 5, ...(field ? { field } : {}) });
  });

  it('tolerates CRLF line ends and a missing final blank line', () => {
    const text = `${row('1', 'Go', 'go', 'VERB', 'VB', '_', '0', 'root', '_', '_')}\r\n`;
    expect(readConllu(text)[0]?.tokens[0]?.form).toBe('Go');
  });
});
