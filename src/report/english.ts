/**
 * The small grammar briefs need: dates as "13 June 2025", counts that agree ("1 event", "2 events"),
 * lists ("A, B and C"), signed figures, and actor names read as English ("the United States",
 * "Iran's government") from the model's actor table.
 */
import { actorInfo, countryByCode } from '../model/index.js';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2025-06-13" -> "13 June 2025"; a value that is not an ISO day is returned unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "2025-03" -> "March 2025"; week keys ("2025-W24") and quarters pass through. */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : period;
}

/** "1 event", "12 events", "1 reply", "3 replies"; `plural` for irregular nouns. */
export function count(n: number, noun: string, plural?: string): string {
  return `${n} ${n === 1 ? noun : plural ?? pluralOf(noun)}`;
}

function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A figure with its sign and one decimal: "+12.5", "−3.0" (a true minus sign), "0.0". */
export function signed(x: number): string {
  const rounded = Math.round(x * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** One decimal without sign, for means and weights. */
export function decimal(x: number): string {
  return (Math.round(x * 10) / 10).toFixed(1);
}

/** "+25%" / "−40%". */
export function percent(x: number): string {
  const r = Math.round(x * 100);
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r)}%`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A display name ("The United States", capitalised to stand alone) as it reads mid-sentence. */
export function inSentence(name: string): string {
  return name.startsWith('The ') ? `t${name.slice(1)}` : name;
}

// Country names English writes with an article ("the United States", "the Netherlands").
const WITH_ARTICLE = /^(United |Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Czech Republic|Central African|Dominican Republic)|(Republic|Kingdom|Islands|Emirates)$/;

/** The English name of a country code, with its article when English uses one. */
function countryName(code: string): string | undefined {
  const c = countryByCode(code);
  if (!c) return undefined;
  return WITH_ARTICLE.test(c.name) ? `the ${c.name}` : c.name;
}

/** "Russia's", "the United States'". */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/**
 * The name a brief uses for an actor code: "Russia" (RUS), "Russia's government" (RUSGOV),
 * "the United States" (USA), a named body ("the Kremlin", "Hamas") as the model names it. An
 * unknown code is shown as itself, so nothing is hidden.
 */
export function actorName(code: string): string {
  if (code === '') return 'an unidentified actor';
  const info = actorInfo(code);
  if (!info) return code;
  const country = info.country !== undefined && code.length >= 3 ? countryName(code.slice(0, 3)) : undefined;
  if (code.length === 3 && country) return country;
  if (country && info.name.includes(' — ')) {
    const roles = info.name.split(' — ')[1] ?? '';
    return `${possessive(country)} ${roles}`;
  }
  return info.name;
}

/** The flag emoji of an actor's country, when it has one. */
export function actorFlag(code: string): string | undefined {
  return actorInfo(code)?.flag;
}
