/**
 * The project's own model data: the CAMEO event codebook with Goldstein weights, PLOVER types and
 * analytic domains; countries, capitals, metonyms, IGOs, groups and regions; roles and agent
 * nouns; office holders with dates; and all of it compiled to the coder's Lexicon.
 */
export { CAMEO_CODES, DOMAINS, cameoCode, domainOf, isCameoCode, ploverOf, rootOf } from './cameo.js';
export type { CameoCode, Domain, PloverBasis, PloverMapping } from './cameo.js';
export { PLOVER_EXTENSION_TYPES, PLOVER_LEGACY_TYPES, PLOVER_TYPES, ploverType } from './plover.js';
export type { PloverType } from './plover.js';
export { COUNTRIES, countryByCode } from './countries.js';
export type { Country, CountryStatus } from './countries.js';
export { CREATED_CODES, NAMED_ACTORS } from './actors.js';
export type { NamedActor, NamedActorCategory } from './actors.js';
export { AGENT_NOUNS, ROLES, pluralAgent, roleName } from './roles.js';
export type { AgentNoun, Role } from './roles.js';
export {
  OFFICE_HOLDERS, OFFICE_KINDS, OFFICE_TERMS, officeAt, officeHolderById, officeHoldersNamed, officesAt, personCodeAt,
} from './office-holders.js';
export type { OfficeHolder, OfficeKind, OfficeTerm } from './office-holders.js';
export { datedCodesOf } from './dated-codes.js';
export { ownActorLexicon } from './lexicon.js';
export type { DroppedName, OwnLexicon } from './lexicon.js';
export { actorInfo } from './actor-info.js';
export type { ActorInfo } from './actor-info.js';
export { searchActors } from './search.js';
export type { ActorSearchResult, PersonTerm, SearchVia } from './search.js';
