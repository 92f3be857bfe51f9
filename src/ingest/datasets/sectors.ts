/**
 * Actor sectors (ICEWS writes long sector lists, POLECAT short names) as CAMEO role codes. The
 * first rule that matches any of an actor's sectors wins, so the order runs from the most
 * specific organs (military, police, intelligence, courts, legislature) to the broad ones
 * (government, civilians). Written by this project; the patterns are words, not copied lists.
 */

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(military intelligence|intelligence ministry|intelligence agency|spy|spies)\b/i, 'SPY'],
  [/\b(military|army|navy|naval|air force|marines|armed forces|special forces|troops|soldiers?)\b/i, 'MIL'],
  [/\b(police|law enforcement|border guards?|gendarmer)/i, 'COP'],
  [/\b(judicial|judiciary|courts?|judges?|prosecut\w*|legal)\b/i, 'JUD'],
  [/\b(legislat\w*|parliament\w*|lower house|upper house|unicameral|senate|congress)\b/i, 'LEG'],
  [/\bopposition\b|\bdissident\b|\bprotest\w*|popular opposition|mobs?\b/i, 'OPP'],
  [/\b(government|executive|cabinet|ministry|ministries|minister|head of state|state actor)\b/i, 'GOV'],
  [/\b(insurgen\w*|rebels?|guerrill\w*|militias?)\b/i, 'REB'],
  [/\bseparatis/i, 'SEP'],
  [/\b(radicals?|extremis\w*|fundamentalis\w*|terroris\w*)\b/i, 'RAD'],
  [/\b(criminals?|gangs?|organized violent|drug traffick\w*|cartels?)\b/i, 'CRM'],
  [/\b(media|news|journalis\w*|press|television|radio|newspapers?)\b/i, 'MED'],
  [/\b(business|corporations?|companies|company|industr\w*|enterprises?|commerce|financial services|banks?)\b/i, 'BUS'],
  [/\b(education|universit\w*|schools?|students?|academ\w*)\b/i, 'EDU'],
  [/\b(medical|health|hospitals?|doctors?)\b/i, 'HLH'],
  [/\bhuman rights\b/i, 'HRI'],
  [/\b(ngos?|nongovernmental|non-governmental|activists?|charit\w*)\b/i, 'NGO'],
  [/\b(labou?r|unions?|workers?)\b/i, 'LAB'],
  [/\b(refugees?|displaced|asylum)\b/i, 'REF'],
  [/\b(agricultur\w*|farmers?|fishing|forestry)\b/i, 'AGR'],
  [/\b(religio\w*|christian|catholic|orthodox|protestant|muslim|sunni|shia|jew\w*|hindu|buddhist|sikh|shinto|clergy)\b/i, 'REL'],
  [/\belites?\b/i, 'ELI'],
  [/\b(civilians?|general population|citizens?|social|residents?|people)\b/i, 'CVL'],
];

const CAMEO_ROLE = /^[A-Z]{3}$/;

/** The CAMEO role of a list of sectors (or of a role code given as is); undefined when none fits. */
export function roleOfSectors(sectors: readonly string[]): string | undefined {
  const clean = sectors.map((s) => s.trim()).filter((s) => s !== '' && s.toUpperCase() !== 'NA');
  for (const s of clean) if (CAMEO_ROLE.test(s) && s !== 'IGO' && s !== 'NGO') return s;
  for (const [pattern, role] of RULES) if (clean.some((s) => pattern.test(s))) return role;
  return undefined;
}

/** International organisations: coded IGO (or their named code), not as a country organ. */
export function isInternationalOrganisation(sectors: readonly string[]): boolean {
  return sectors.some((s) => /international government organi[sz]ation|\bIGOs?\b/i.test(s));
}
