/**
 * Reads a PETRARCH validation file: its <Environment> (dictionary file names, categories) and,
 * in order, its <Sentence> records and the <Config> switches between them (require_dyad,
 * new_actor_length), which apply to the records that follow.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { InputError } from '../errors.js';

/** One expected coding: a triple, or a marker that nothing should be coded. */
export type Expectation =
  | { kind: 'event'; source: string; target: string; code: string }
  | { kind: 'none' }
  | { kind: 'error'; error: string };

export interface ValidationRecord {
  id: string;
  /** ISO date. */
  date: string;
  category: string;
  /** `sentence="false"` in the file: marked by its authors as not (yet) codable. */
  sentenceFlag: boolean;
  text: string;
  parse?: string;
  expected: Expectation[];
  /** Config values in force for this record. */
  config: Record<string, string>;
  line: number;
}

export interface ValidationEnvironment {
  verbs?: string;
  actors?: string;
  agents?: string;
  discards?: string;
  include: string[];
}

export interface ValidationFile {
  environment: ValidationEnvironment;
  records: ValidationRecord[];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const sentenceAttrs = z.object({
  id: z.string().min(1, 'expected a record id'),
  date: z.string().regex(/^\d{8}$/, 'expected a date as YYYYMMDD'),
  category: z.string().optional(),
  sentence: z.string().optional(),
});

function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

function textOf(nodes: XmlNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n['#text'] === 'string' || typeof n['#text'] === 'number') out += String(n['#text']);
  }
  return out;
}

function expectationOf(attrs: Record<string, string>): Expectation {
  if (attrs.noevents !== undefined) return { kind: 'none' };
  if (attrs.error !== undefined) return { kind: 'error', error: attrs.error };
  return { kind: 'event', source: attrs.sourcecode ?? '', target: attrs.targetcode ?? '', code: attrs.eventcode ?? '' };
}

export function parseValidationXml(xml: string, file: string): ValidationFile {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError('INPUT_FORMAT', `${file} is not well-formed XML: ${valid.err.msg}`, {
      location: { file, line: valid.err.line }, hint: 'expected a PETRARCH validation file (<Validation> with <Environment> and <Sentences>)',
    });
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });
  const doc = parser.parse(xml) as XmlNode[];
  const root = doc.find((n) => tagOf(n) === 'Validation');
  if (!root) throw new InputError('INPUT_FORMAT', `${file} has no <Validation> element`, { location: { file }, hint: 'expected a PETRARCH validation file' });
  const env = childrenOf(root, 'Validation').find((n) => tagOf(n) === 'Environment');
  const environment: ValidationEnvironment = { include: [] };
  for (const n of env ? childrenOf(env, 'Environment') : []) {
    const value = textOf(childrenOf(n, tagOf(n))).trim();
    switch (tagOf(n)) {
      case 'Verbfile': environment.verbs = value; break;
      case 'Actorfile': environment.actors = value; break;
      case 'Agentfile': environment.agents = value; break;
      case 'Discardfile': environment.discards = value; break;
      case 'Include': environment.include = value.split(/\s+/).filter((s) => s !== ''); break;
    }
  }
  const sentences = childrenOf(root, 'Validation').find((n) => tagOf(n) === 'Sentences');
  const records: ValidationRecord[] = [];
  const config: Record<string, string> = {};
  for (const n of sentences ? childrenOf(sentences, 'Sentences') : []) {
    const tag = tagOf(n);
    const attrs = n[':@'] ?? {};
    if (tag === 'Config' && attrs.option !== undefined) {
      config[attrs.option] = attrs.value ?? '';
    } else if (tag === 'Sentence') {
      const line = lineOf(xml, attrs.id);
      const parsed = sentenceAttrs.safeParse(attrs);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError('INPUT_RECORD', `record ${attrs.id ?? '(no id)'}: ${issue?.message ?? 'bad attributes'}`, {
          location: { file, line, field: String(issue?.path[0] ?? 'Sentence') }, hint: 'each <Sentence> needs id="..." and date="YYYYMMDD"',
        });
      }
      const a = parsed.data;
      const body = childrenOf(n, 'Sentence');
      const text = textOf(body.filter((b) => tagOf(b) === 'Text').flatMap((b) => childrenOf(b, 'Text'))).replace(/\s+/g, ' ').trim();
      const parse = textOf(body.filter((b) => tagOf(b) === 'Parse').flatMap((b) => childrenOf(b, 'Parse'))).trim();
      const expected = body.filter((b) => tagOf(b) === 'EventCoding').map((b) => expectationOf(b[':@'] ?? {}));
      const record: ValidationRecord = {
        id: a.id, date: `${a.date.slice(0, 4)}-${a.date.slice(4, 6)}-${a.date.slice(6, 8)}`, category: a.category ?? '',
        sentenceFlag: a.sentence !== 'false', text, expected, config: { ...config }, line,
      };
      if (parse !== '') record.parse = parse;
      records.push(record);
    }
  }
  return { environment, records };
}

function lineOf(xml: string, id: string | undefined): number {
  if (id === undefined) return 0;
  const at = xml.search(new RegExp(`id\\s*=\\s*"${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  if (at < 0) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (xml.charCodeAt(i) === 10) line++;
  return line;
}
