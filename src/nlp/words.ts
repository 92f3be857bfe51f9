/**
 * Closed word lists the steps share. Lower-case, without the trailing period.
 */

/** Words that precede a name, so a period after them never ends a sentence ("Gen. Milley"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'prof', 'rev', 'fr', 'hon', 'st', 'mt', 'ft',
  'gen', 'gens', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig',
  'sen', 'sens', 'rep', 'reps', 'gov', 'pres', 'amb', 'supt', 'insp', 'vs', 'v', 'cf', 'approx',
]);

/** Abbreviations that stay inside a sentence when a number follows ("Jan. 5", "No. 2"). */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'art', 'fig', 'p', 'pp', 'ch', 'sec', 'para',
]);

/** Lemmas of verbs that introduce reported speech. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'state', 'add', 'warn', 'note', 'declare', 'announce', 'explain', 'argue',
  'stress', 'emphasise', 'emphasize', 'confirm', 'claim', 'assert', 'write', 'insist', 'reply',
  'respond', 'remark', 'acknowledge', 'admit', 'comment', 'observe', 'recall', 'conclude',
  'maintain', 'reiterate', 'tweet', 'post', 'urge', 'caution', 'predict', 'vow', 'pledge',
  'promise', 'threaten', 'deny', 'ask', 'demand', 'suggest', 'complain', 'contend',
  'describe', 'call', 'dismiss', 'accuse', 'quip', 'retort', 'tout', 'underline', 'underscore',
]);

/** Nouns that carry a possessor's words: "Lavrov's announcement that ...". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'announcement', 'statement', 'remark', 'remarks', 'comment', 'comments', 'words', 'warning',
  'assertion', 'claim', 'declaration', 'pledge', 'promise', 'message', 'tweet', 'post', 'insistence',
  'assurance', 'vow', 'threat', 'demand', 'call', 'appeal', 'reply', 'response',
]);

/** Words of an office or institution; a name is what follows them ("Foreign Minister Sergei Lavrov"). */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'minister', 'ministry', 'deputy', 'foreign', 'prime', 'president', 'vice', 'secretary',
  'general', 'state', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'chancellor', 'premier', 'governor', 'senator', 'representative', 'commander', 'chief', 'head',
  'leader', 'supreme', 'ayatollah', 'king', 'queen', 'prince', 'crown', 'emir', 'sheikh', 'sultan',
  'mayor', 'director', 'chairman', 'chairwoman', 'chair', 'official', 'officials', 'army',
  'defense', 'defence', 'interior', 'affairs', 'council', 'committee', 'office', 'agency',
  'government', 'cabinet', 'adviser', 'advisor', 'aide', 'lawmaker', 'diplomat', 'negotiator',
  'speaker', 'parliament', 'senate', 'press', 'attache', 'counselor', 'counsellor', 'mission',
  'delegation', 'permanent', 'security', 'national', 'justice', 'finance', 'economy', 'trade',
  'energy', 'oil', 'military', 'staff', 'joint', 'chiefs', 'marshal', 'colonel', 'major',
  'captain', 'admiral', 'lieutenant', 'sergeant', 'secretary-general', 'undersecretary',
  'under-secretary', 'gen.', 'adm.', 'col.', 'lt.', 'maj.', 'capt.', 'sgt.', 'brig.', 'sen.',
  'rep.', 'gov.', 'pres.', 'amb.',
]);

/** Courtesy titles: part of a name phrase, never an office on their own. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr']);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
