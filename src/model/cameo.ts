import type { QuadClass } from '../domain/index.js';
import codes from './data/cameo-codes.json' with { type: 'json' };

/** entente's analytic domains; every CAMEO code belongs to exactly one. */
export const DOMAINS = ['diplomatic', 'economic', 'military', 'security', 'humanitarian', 'political'] as const;
export type Domain = (typeof DOMAINS)[number];

/** How a code got its PLOVER type: the 2021 CAMEO->PLOVER table, a parent in it, or entente's choice. */
export type PloverBasis = 'plover' | 'inherited' | 'entente';

export interface PloverMapping {
  type: string;
  mode?: string;
  context?: string[];
  basis: PloverBasis;
}

export interface CameoCode {
  /** Full code, 2–4 digits ("0232"). */
  code: string;
  /** Codebook description. */
  name: string;
  /** Two-digit root ("02"). */
  root: string;
  quad: QuadClass;
  /** Goldstein (1992) weight, -10..+10. */
  goldstein: number;
  /** True when the codebook gives no weight for this code and it was taken from its parent. */
  goldsteinInherited?: boolean;
  /** PLOVER event type. */
  plover: string;
  domain: Domain;
}

interface Row {
  code: string;
  name: string;
  root: string;
  quad: number;
  goldstein: number;
  goldsteinInherited?: boolean;
  plover: string;
  ploverMode?: string;
  ploverContext?: string[];
  ploverBasis: string;
  domain: string;
}

const rows = codes as Row[];
const byCode = new Map<string, { code: CameoCode; plover: PloverMapping }>();
for (const r of rows) {
  const code: CameoCode = {
    code: r.code,
    name: r.name,
    root: r.root,
    // The generator derives quad from the root, so the cast only narrows what it wrote.
    quad: r.quad as QuadClass,
    goldstein: r.goldstein,
    plover: r.plover,
    domain: r.domain as Domain,
  };
  if (r.goldsteinInherited) code.goldsteinInherited = true;
  const plover: PloverMapping = { type: r.plover, basis: r.ploverBasis as PloverBasis };
  if (r.ploverMode) plover.mode = r.ploverMode;
  if (r.ploverContext) plover.context = [...r.ploverContext];
  byCode.set(r.code, { code: Object.freeze(code), plover: Object.freeze(plover) });
}

/** Every CAMEO event code (roots, base and sub-codes), in codebook order. */
export const CAMEO_CODES: readonly CameoCode[] = Object.freeze([...byCode.values()].map((v) => v.code));

export function isCameoCode(code: string): boolean {
  return byCode.has(code);
}

export function cameoCode(code: string): CameoCode | undefined {
  return byCode.get(code)?.code;
}

/** The two-digit root of a CAMEO code, or undefined when it is not one. */
export function rootOf(code: string): string | undefined {
  return byCode.get(code)?.code.root;
}

export function ploverOf(code: string): PloverMapping | undefined {
  return byCode.get(code)?.plover;
}

export function domainOf(code: string): Domain | undefined {
  return byCode.get(code)?.code.domain;
}
