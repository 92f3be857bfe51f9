/**
 * Checks at the edge of analysis: options come from users (CLI flags, HTTP queries) and rows from
 * imported datasets, so both get a clear error naming the field and what was expected.
 */
import { InputError, ValidationError } from '../errors.js';
import { GRANULARITIES, parseDay } from './periods.js';
import type { AnalysisEvent, Granularity } from './types.js';
import type { Dyad } from '../domain/index.js';

/** The day number of an option date, or a ValidationError naming the option. */
export function optionDay(value: string, field: string): number {
  const day = parseDay(value);
  if (day === undefined) {
    throw new ValidationError('VALIDATION', `${field} must be a calendar date YYYY-MM-DD, got "${value}"`, {
      location: { field },
      hint: 'write dates as 2025-06-13',
    });
  }
  return day;
}

export function optionWindow(from: string, to: string): { from: number; to: number } {
  const f = optionDay(from, 'from');
  const t = optionDay(to, 'to');
  if (f > t) {
    throw new ValidationError('VALIDATION', `window starts (${from}) after it ends (${to})`, {
      location: { field: 'from' },
      hint: 'give from <= to',
    });
  }
  return { from: f, to: t };
}

export function optionGranularity(value: string): Granularity {
  if (!(GRANULARITIES as readonly string[]).includes(value)) {
    throw new ValidationError('VALIDATION', `granularity must be one of ${GRANULARITIES.join(', ')}, got "${value}"`, {
      location: { field: 'granularity' },
    });
  }
  return value as Granularity;
}

/** A number option inside [min, max] (and an integer when asked). */
export function optionNumber(value: number, field: string, min: number, max: number, integer = false): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'an integer' : 'a number';
    throw new ValidationError('VALIDATION', `${field} must be ${kind} in [${min}, ${max}], got ${value}`, {
      location: { field },
    });
  }
  return value;
}

export function optionDyad(dyad: Dyad): Dyad {
  for (const side of ['a', 'b'] as const) {
    if (typeof dyad[side] !== 'string' || dyad[side].trim() === '') {
      throw new ValidationError('VALIDATION', `dyad.${side} must be an actor code such as RUS or IRNGOV`, {
        location: { field: `dyad.${side}` },
      });
    }
  }
  if (dyad.a === dyad.b) {
    throw new ValidationError('VALIDATION', `a dyad needs two different actors, got ${dyad.a} twice`, {
      location: { field: 'dyad' },
    });
  }
  return dyad;
}

function bad(e: AnalysisEvent, index: number, field: string, expected: string, got: unknown): InputError {
  return new InputError('INPUT_RECORD', `event ${JSON.stringify(e.id)} (row ${index}): ${field} is ${JSON.stringify(got)}; expected ${expected}`, {
    location: { field: `events[${index}].${field}` },
    hint: 'fix or drop the row in the store before analysing',
  });
}

/** Validates one event row and returns its day number. */
export function eventDay(e: AnalysisEvent, index: number): number {
  const day = parseDay(e.date);
  if (day === undefined) throw bad(e, index, 'date', 'a calendar date YYYY-MM-DD', e.date);
  if (e.quad !== 1 && e.quad !== 2 && e.quad !== 3 && e.quad !== 4) throw bad(e, index, 'quad', 'a quad class 1..4', e.quad);
  if (!Number.isFinite(e.goldstein) || e.goldstein < -10 || e.goldstein > 10) {
    throw bad(e, index, 'goldstein', 'a Goldstein score in [-10, 10]', e.goldstein);
  }
  return day;
}

/** A window whose ends may be open (±Infinity). */
export function optionalWindow(from: string | undefined, to: string | undefined): { from: number; to: number } {
  const f = from === undefined ? -Infinity : optionDay(from, 'from');
  const t = to === undefined ? Infinity : optionDay(to, 'to');
  if (f > t) {
    throw new ValidationError('VALIDATION', `window starts (${from}) after it ends (${to})`, { location: { field: 'from' }, hint: 'give from <= to' });
  }
  return { from: f, to: t };
}
