import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../errors.js';
import { parseActorCode } from './index.js';

describe('parseActorCode', () => {
  it('reads undated, compound and null codes', () => {
    expect(parseActorCode('USAGOV')).toEqual({ code: 'USAGOV', dated: false });
    expect(parseActorCode(' FRO/BIL/SAM ')).toEqual({ code: 'FRO/BIL/SAM', dated: false });
    expect(parseActorCode('---')).toEqual({ code: '---', dated: false });
  });

  it('turns strict < and > bounds into inclusive ISO days', () => {
    expect(parseActorCode('IRNGOV >20130803')).toEqual({ code: { code: 'IRNGOV', from: '2013-08-04' }, dated: true });
    expect(parseActorCode('HOB < 950601')).toEqual({ code: { code: 'HOB', to: '1995-05-31' }, dated: true });
    expect(parseActorCode('X <20000301')).toEqual({ code: { code: 'X', to: '2000-02-29' }, dated: true });
    expect(parseActorCode('X >19991231')).toEqual({ code: { code: 'X', from: '2000-01-01' }, dated: true });
  });

  it('reads inclusive ranges, six-digit years pivoting at 30', () => {
    expect(parseActorCode('USAGOV 20010120-20090120')).toEqual({ code: { code: 'USAGOV', from: '2001-01-20', to: '2009-01-20' }, dated: true });
    expect(parseActorCode('AFGELI 730717-070723')).toEqual({ code: { code: 'AFGELI', from: '1973-07-17', to: '2007-07-23' }, dated: true });
    expect(parseActorCode('HOBGOV 19950601 - 19990815').code).toEqual({ code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' });
    expect(parseActorCode('A <291231').code).toEqual({ code: 'A', to: '2029-12-30' });
    expect(parseActorCode('A >300101').code).toEqual({ code: 'A', from: '1930-01-02' });
  });

  it.each([
    ['MNEGOV 20121204', /should be "<DATE", ">DATE" or "DATE-DATE"/],
    ['ARMUNR 9008223-911221', /has 7 digits/],
    ['EGYGOV 20121207-20120802', /ends before it starts/],
    ['X 20130230-20130301', /not a calendar day/],
    ['X >20131301', /not a calendar day/],
    ['X Y', /should be/],
    ['~GOV', /does not start with an actor code/],
    ['', /does not start with an actor code/],
  ])('rejects [%s]', (text, message) => {
    expect(() => parseActorCode(text)).toThrow(DictionaryError);
    expect(() => parseActorCode(text)).toThrow(message);
  });
});
