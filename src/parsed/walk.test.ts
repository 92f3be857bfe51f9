import { describe, expect, it } from 'vitest';
import { baseLabel, detokenize, findNodes, headLeaf, readPennTree, unescapePtb } from './index.js';

// Written for this test.
const TREE = readPennTree(`
(ROOT (S
  (NP-SBJ (NP (DT The) (JJ Iranian) (NN envoy)) (PP (IN in) (NP (NNP Moscow))))
  (VP (VBZ has) (VP (VBN been) (VP (VBN expelled) (PP (IN by) (NP (DT the) (NNS hosts))))))
  (. .)))`);

describe('tree helpers', () => {
  it('finds phrases by base label, outermost first', () => {
    expect(findNodes(TREE, 'NP').map((n) => n.label)).toEqual(['NP-SBJ', 'NP', 'NP', 'NP']);
    expect(findNodes(TREE, 'VP')).toHaveLength(3);
    expect(findNodes(TREE, (n) => n.children.length === 4)).toHaveLength(0);
    expect(baseLabel('NP-SBJ-1')).toBe('NP');
    expect(baseLabel('-NONE-')).toBe('-NONE-');
  });

  it('finds the head noun of a noun phrase and the main verb of a clause', () => {
    const [subject, inner, moscow, hosts] = findNodes(TREE, 'NP');
    expect(subject && headLeaf(subject)?.word).toBe('envoy');
    expect(inner && headLeaf(inner)?.word).toBe('envoy');
    expect(moscow && headLeaf(moscow)?.word).toBe('Moscow');
    expect(hosts && headLeaf(hosts)?.word).toBe('hosts');
    expect(headLeaf(TREE.root)?.word).toBe('expelled');
    const vp = findNodes(TREE, 'VP')[0];
    expect(vp && headLeaf(vp)?.index).toBe(7);
    const pp = findNodes(TREE, 'PP')[0];
    expect(pp && headLeaf(pp)?.word).toBe('in');
  });

  it('stops at the auxiliary when the nested phrase holds no verb', () => {
    const t = readPennTree('(S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB act)))))))');
    expect(headLeaf(t.root)?.word).toBe('is');
  });

  it('undoes PTB escapes and spacing', () => {
    expect(unescapePtb('-LRB-')).toBe('(');
    expect(unescapePtb('-rcb-')).toBe('}');
    expect(unescapePtb('1\\/2')).toBe('1/2');
    expect(detokenize(['He', 'said', '``', 'no', "''", 'and', 'did', "n't", 'go', '-LRB-', 'twice', '-RRB-', '.']))
      .toBe('He said "no" and didn\'t go (twice).');
    expect(detokenize(['a', '"', 'b', '"', 'c', '$', '5', '%', ';', 'd'])).toBe('a "b" c $5%; d');
  });
});
