import { describe, expect, it } from 'vitest';
import { countryByCode } from './countries.js';
import {
  OFFICE_HOLDERS, OFFICE_TERMS, officeAt, officeHolderById, officeHoldersNamed, officesAt, personCodeAt,
} from './office-holders.js';
import type { OfficeTerm } from './office-holders.js';

const iso = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string): boolean => new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

function holderOn(country: string, title: string, day: string): string[] {
  return OFFICE_TERMS.filter((t) => t.country === country && t.title === title && t.from <= day && (!t.to || day <= t.to))
    .map((t) => t.person);
}

describe('office-holder table consistency', () => {
  it('has real dates and every range runs forwards', () => {
    expect(OFFICE_TERMS.length).toBeGreaterThan(700);
    for (const t of OFFICE_TERMS) {
      const where = `${t.person} (${t.title}, ${t.source})`;
      expect(t.from, where).toMatch(iso);
      expect(isRealDate(t.from), where).toBe(true);
      if (t.to !== undefined) {
        expect(isRealDate(t.to), where).toBe(true);
        expect(t.from <= t.to, `${where}: ${t.from} > ${t.to}`).toBe(true);
      }
    }
  });

  it('never has two holders of the same single-seat office on the same day', () => {
    const groups = new Map<string, OfficeTerm[]>();
    for (const t of OFFICE_TERMS.filter((x) => !x.concurrent)) {
      const key = `${t.country ?? t.org}|${t.office}|${t.title}`;
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    const clashes: string[] = [];
    for (const [key, terms] of groups) {
      const sorted = [...terms].sort((a, b) => a.from.localeCompare(b.from));
      sorted.forEach((t, i) => {
        const next = sorted[i + 1];
        if (next && (t.to === undefined || t.to >= next.from)) {
          clashes.push(`${key}: ${t.person} ${t.from}..${t.to ?? 'open'} overlaps ${next.person} from ${next.from}`);
        }
      });
    }
    expect(clashes).toEqual([]);
  });

  it('uses codes that start with a known country or an organisation', () => {
    for (const t of OFFICE_TERMS) {
      const head = t.code.slice(0, 3);
      expect(head === 'IGO' || countryByCode(head) !== undefined, `${t.person}: ${t.code}`).toBe(true);
      if (t.country) expect(t.code.startsWith(t.country), `${t.person}: ${t.code} vs ${t.country}`).toBe(true);
    }
  });

  it('covers the G20, the Middle East and the permanent Security Council members', () => {
    const required = ['USA', 'GBR', 'FRA', 'DEU', 'ITA', 'JPN', 'CAN', 'RUS', 'CHN', 'IND', 'BRA', 'MEX', 'ARG', 'AUS',
      'ZAF', 'KOR', 'IDN', 'SAU', 'TUR', 'IRN', 'ISR', 'IRQ', 'SYR', 'ARE', 'QAT', 'KWT', 'BHR', 'OMN', 'YEM', 'JOR',
      'LBN', 'EGY'];
    for (const country of required) {
      const offices = new Set(OFFICE_TERMS.filter((t) => t.country === country).map((t) => t.office));
      expect(offices.has('foreign-minister'), `${country} foreign minister`).toBe(true);
      expect(offices.has('head-of-state') || offices.has('head-of-government'), `${country} leader`).toBe(true);
      const since2000 = OFFICE_TERMS.some((t) => t.country === country && t.from <= '2000-01-01');
      expect(since2000, `${country} reaches back to 2000`).toBe(true);
    }
    expect(new Set(OFFICE_TERMS.filter((t) => t.org === 'European Union').map((t) => t.title)).size).toBe(3);
  });
});

describe('office holders by name and date', () => {
  it('finds Lavrov by surname and alternative spelling, as Russia\'s government in June 2025', () => {
    const [lavrov] = officeHoldersNamed('Lavrov');
    expect(lavrov?.name).toBe('Sergei Lavrov');
    expect(officeHoldersNamed('Sergey Lavrov')[0]?.id).toBe(lavrov?.id);
    expect(officeAt(lavrov?.id ?? '', '2025-06-20')).toMatchObject({ office: 'foreign-minister', code: 'RUSGOV' });
    expect(officeAt(lavrov?.id ?? '', '2004-03-08')).toBeUndefined();
    expect(personCodeAt(lavrov?.id ?? '', '2003-01-01')).toBe('RUSELI');
  });

  it('knows the officials of the seed article', () => {
    const day = '2025-06-20';
    for (const [name, title] of [
      ['Zakharova', 'Foreign Ministry Spokesperson'], ['Ryabkov', 'Deputy Foreign Minister'],
      ['Peskov', 'Presidential Press Secretary'],
    ] as const) {
      const person = officeHoldersNamed(name)[0];
      expect(officeAt(person?.id ?? '', day)?.title, name).toBe(title);
      expect(personCodeAt(person?.id ?? '', day)).toBe('RUSGOV');
    }
    const peskov = officeHoldersNamed('Dmitry Peskov')[0]?.id ?? '';
    expect(officeAt(peskov, '2010-01-01')?.title).toBe('Press Secretary to the Prime Minister');
  });

  it('changes Iran\'s president between 2024-01-01 and 2025-01-01', () => {
    expect(holderOn('IRN', 'President', '2024-01-01')).toEqual(['Ebrahim Raisi']);
    expect(holderOn('IRN', 'President', '2025-01-01')).toEqual(['Masoud Pezeshkian']);
    expect(holderOn('USA', 'President', '2025-01-19')).toEqual(['Joe Biden']);
    expect(holderOn('USA', 'President', '2025-01-20')).toEqual(['Donald Trump']);
  });

  it('keeps Putin on RUSGOV as president and as prime minister', () => {
    const putin = officeHoldersNamed('Putin')[0]?.id ?? '';
    expect(officeAt(putin, '2005-06-01')?.office).toBe('head-of-state');
    expect(officeAt(putin, '2010-06-01')?.office).toBe('head-of-government');
    expect(personCodeAt(putin, '2005-06-01')).toBe('RUSGOV');
    expect(personCodeAt(putin, '2010-06-01')).toBe('RUSGOV');
  });

  it('codes the IRGC commander as IRNMIL and a group leader as the group when out of office', () => {
    const salami = officeHoldersNamed('Hossein Salami')[0]?.id ?? '';
    expect(personCodeAt(salami, '2020-01-01')).toBe('IRNMIL');
    const haniyeh = officeHoldersNamed('Haniyeh')[0]?.id ?? '';
    expect(personCodeAt(haniyeh, '2017-03-01')).toBe('PSEREBHMS');
    expect(personCodeAt(haniyeh, '2006-06-01')).toBe('PSEGOV');
  });

  it('lists every office held at once, most senior first', () => {
    const rubio = officeHoldersNamed('Marco Rubio')[0]?.id ?? '';
    expect(officesAt(rubio, '2025-06-01').map((t) => t.title)).toEqual(['Secretary of State', 'National Security Advisor']);
    expect(officeHolderById(rubio)?.country).toBe('USA');
  });

  it('matches names without accents or case', () => {
    expect(officeHoldersNamed('erdogan')[0]?.name).toBe('Recep Tayyip Erdoğan');
    expect(officeHoldersNamed('Binali Yildirim')[0]?.name).toBe('Binali Yıldırım');
    expect(officeHoldersNamed('nobody at all')).toEqual([]);
  });

  it('gives each person one id and no blank names', () => {
    const ids = OFFICE_HOLDERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of OFFICE_HOLDERS) {
      expect(p.name.trim()).not.toBe('');
      expect(p.terms.length, p.name).toBeGreaterThan(0);
    }
  });
});
