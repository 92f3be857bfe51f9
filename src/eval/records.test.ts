import { describe, expect, it } from 'vitest';
import { EntenteError } from '../errors.js';
import { parseValidationXml } from './records.js';

// A validation file written for this test, in the PETRARCH layout.
const XML = `<Validation>
<!-- a comment with <EventCoding sourcecode="XXX"> inside must not count -->
<Environment>
  <Verbfile>test.verbs.txt</Verbfile>
  <Actorfile>test.actors.txt</Actorfile>
  <Include>valid ONE TWO</Include>
</Environment>
<Sentences>
<Sentence date="20240102" id="ONE-01" category="ONE" sentence="true">
<EventCoding sourcecode="RUS" targetcode="IRN" eventcode="040"></EventCoding>
<Text>
Russia met
Iran.
</Text>
<Parse>(ROOT (S (NP (NNP Russia)) (VP (VBD met) (NP (NNP Iran))) (. .)))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20240103" id ="TWO-01" category="TWO" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing &amp; nobody.</Text>
</Sentence>
<Sentence date="20240104" id="TWO-02" category="TWO" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>A football match.</Text>
</Sentence>
</Sentences>
</Validation>`;

describe('validation records', () => {
  it('reads the environment, records, expectations and config switches in order', () => {
    const f = parseValidationXml(XML, 'test.xml');
    expect(f.environment).toEqual({ verbs: 'test.verbs.txt', actors: 'test.actors.txt', include: ['valid', 'ONE', 'TWO'] });
    expect(f.records.map((r) => r.id)).toEqual(['ONE-01', 'TWO-01', 'TWO-02']);
    const [one, two, three] = f.records;
    expect(one).toMatchObject({ date: '2024-01-02', category: 'ONE', sentenceFlag: true, text: 'Russia met Iran.', config: {} });
    expect(one!.expected).toEqual([{ kind: 'event', source: 'RUS', target: 'IRN', code: '040' }]);
    expect(one!.parse).toContain('(NNP Russia)');
    expect(two).toMatchObject({ sentenceFlag: false, text: 'Nothing & nobody.', config: { require_dyad: 'false' }, expected: [{ kind: 'none' }] });
    expect(three!.expected).toEqual([{ kind: 'error', error: 'sentencediscard' }]);
    expect(one!.line).toBe(9);
  });

  it('rejects malformed files with a clear error naming the file, line and field', () => {
    expect(() => parseValidationXml('<Validation><Sentences>', 'bad.xml')).toThrow(EntenteError);
    expect(() => parseValidationXml('<Other/>', 'x.xml')).toThrow(/no <Validation>/);
    try {
      parseValidationXml('<Validation><Sentences>\n<Sentence id="A-1" date="2024"><Text>x</Text></Sentence></Sentences></Validation>', 'd.xml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EntenteError);
      expect((e as EntenteError).location).toEqual({ file: 'd.xml', line: 2, field: 'date' });
      expect((e as EntenteError).message).toMatch(/A-1.*YYYYMMDD/);
    }
  });
});
