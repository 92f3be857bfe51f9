/**
 * Step 3 — part-of-speech. The universal tags come from the same wink pass as the tokens (one
 * readDoc per document); this step corrects the one mistake that costs the coder events: in
 * terse news syntax wink reads a present-tense verb after a proper-noun subject as a plural noun
 * ("Israel strikes Iran", "US sanctions Tehran's oil exports").
 */
import type { Token } from '../domain/index.js';

const OBJECT_TAGS: ReadonlySet<string> = new Set(['PROPN', 'DET', 'PRON', 'NUM']);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);
/** Plural nouns for people that stand before a name in apposition ("EU leaders Merkel and ..."). */
const GROUP_NOUNS = /(?:ians|ials|ists|leaders|members|ministers|lawmakers|diplomats|forces|troops|workers|voters|residents|citizens|authorities|supporters|sources|reporters|analysts|experts|talks|news|headquarters)$/;
const CALENDAR = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Corrects tags in place (the tokens are fresh from step 2) and returns the same array. */
export function tagTokens(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (token?.pos !== 'NOUN' || !isThirdPersonForm(token.lower)) continue;
    const subject = tokens[i - 1];
    const object = tokens[i + 1];
    const beforeSubject = tokens[i - 2];
    const subjectLike = subject !== undefined &&
      (subject.pos === 'PROPN' || (subject.pos === 'PRON' && SUBJECT_PRONOUNS.has(subject.lower)));
    // Headline syntax: the subject opens the clause. After "the" or "in" it is a noun compound
    // ("the Israel strikes"), and an object that is a weekday is a time, not a target.
    const opensClause = beforeSubject === undefined || beforeSubject.pos === 'PUNCT' || beforeSubject.pos === 'CCONJ';
    const objectLike = object !== undefined && OBJECT_TAGS.has(object.pos) && !CALENDAR.test(object.lower);
    if (subjectLike && opensClause && objectLike) token.pos = 'VERB';
  }
  return tokens;
}

function isThirdPersonForm(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is|ics)$/.test(lower) && !GROUP_NOUNS.test(lower);
}
