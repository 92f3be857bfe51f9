/**
 * Reads a discard file (Phoenix.discards.txt): one phrase a line; a leading `+` discards the
 * whole story, otherwise only the sentence. Words follow the TABARI stem rule (see phrase.ts).
 */
import type { DiscardEntry } from '../domain/index.js';
import type { WarningSink } from './lines.js';
import { bad, dictionaryLines } from './lines.js';
import { checkPhraseText, parsePhrase } from './phrase.js';

export function readDiscards(text: string, sink: WarningSink): DiscardEntry[] {
  const discards: DiscardEntry[] = [];
  for (const line of dictionaryLines(text, sink)) {
    const entry = sink.attempt(line.no, () => {
      const t = line.text.trim();
      const story = t.startsWith('+');
      const phrase = story ? t.slice(1) : t;
      checkPhraseText(phrase, 'discard phrase');
      const words = parsePhrase(phrase);
      if (words.length === 0) bad(`discard "${t}" has no words`);
      const found: DiscardEntry = { id: sink.id(line.no), words, scope: story ? 'story' : 'sentence' };
      return found;
    });
    if (entry) discards.push(entry);
  }
  return discards;
}
