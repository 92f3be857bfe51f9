/** Format detection, line counting and actor normalisation, without a store. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { normaliseActor } from './actors.js';
import { detectDataset } from './detect.js';
import { ICEWS, POLECAT, names } from './layouts.js';
import { LineCounter, linesOfAccepted } from './lines.js';
import { cameoOfPlover } from './plover-cameo.js';
import { roleOfSectors } from './sectors.js';

const row = (width: number, id = '1'): string => [id, ...Array.from({ length: width - 1 }, (_, i) => `v${i}`)].join('\t');

it('tells the formats apart by content', () => {
  expect(detectDataset(`${row(61)}\n${row(61, '2')}\n`)).toEqual({ format: 'gdelt2', header: false });
  expect(detectDataset(`${row(57)}\n${row(58, '2')}\n`)).toEqual({ format: 'gdelt1', header: false, widths: [57, 58] });
  expect(detectDataset('5\t20150218230000\t20150218230000\t1\tx\n')).toBeUndefined();
  expect(detectDataset(`5\t20150218230000\t20150218230000\t${Array.from({ length: 13 }, () => 'x').join('\t')}\n`)?.format).toBe('gdelt2-mentions');
  expect(detectDataset(`${names(ICEWS).join('\t')}\n`)).toEqual({ format: 'icews', header: true });
  expect(detectDataset(`${names(POLECAT).join('\t')}\r\n`)).toEqual({ format: 'polecat', header: true });
  expect(detectDataset('[\n{"id": "x", "event": "AGREE", "date": "2020-01-01"}]')?.format).toBe('plover');
  expect(detectDataset('{"title": "news", "text": "hello"}\n')).toBeUndefined();
  expect(detectDataset('a,b,c\n1,2,3\n')).toBeUndefined();
  // One broken row among the first does not hide the layout.
  expect(detectDataset([row(61), row(61, '2'), row(30, '3'), row(61, '4'), row(61, '5'), row(61, '6')].join('\n'))?.format).toBe('gdelt2');
});

it('counts non-empty lines however the bytes are split into chunks (property)', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '\r\n', '\r', 'xyz')), fc.integer({ min: 1, max: 7 }), (parts, size) => {
    const text = parts.join('');
    const expected = text.split('\n').filter((l) => l !== '' && l !== '\r').length;
    const bytes = Buffer.from(text);
    const counter = new LineCounter();
    for (let i = 0; i < bytes.length; i += size) counter.push(bytes.subarray(i, i + size));
    expect(counter.end()).toBe(expected);
  }));
});

it('maps accepted-row positions back to file lines, skipping header, blanks and rejected lines', async () => {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield Buffer.from('head\nr0\n\nbad\nr1\nr2');
  }
  expect(await linesOfAccepted(chunks(), [0, 2], new Set([4]), true)).toEqual(new Map([[0, 2], [2, 6]]));
});

it('codes named actors: country + role from sectors, IGOs by name, unknowns flagged', () => {
  expect(normaliseActor({ name: 'Police (India)', country: 'India', sectors: ['Police'] })).toEqual({ code: 'INDCOP', unresolved: false });
  expect(normaliseActor({ name: 'Foreign Affairs (Bangladesh)', country: 'Bangladesh', sectors: ['Executive', 'Foreign Ministry', 'Government'] }).code).toBe('BGDGOV');
  expect(normaliseActor({ name: 'Military (Russia)', country: 'Russian Federation', sectors: ['Military', 'Government'] }).code).toBe('RUSMIL');
  expect(normaliseActor({ name: 'Citizen (Occupied Palestinian Territory)', country: 'Occupied Palestinian Territory', sectors: ['General Population / Civilian / Social'] }).code).toBe('PSECVL');
  expect(normaliseActor({ name: 'United Nations', country: null, sectors: ['International Government Organization', 'Global'] }).code).toBe('IGOUNO');
  expect(normaliseActor({ name: 'Southeast Asia', country: null, sectors: [] })).toEqual({ code: '', unresolved: true });
  expect(roleOfSectors(['Opposition Major Party (Out Of Government)'])).toBe('OPP');
  expect(roleOfSectors(['GOV'])).toBe('GOV');
});

it('maps PLOVER types, current and earlier-draft, to CAMEO codes', () => {
  expect(cameoOfPlover('agree')).toEqual({ plover: 'AGREE', code: '03' });
  expect(cameoOfPlover('DEMAND')).toEqual({ plover: 'REQUEST', code: '10' });
  expect(cameoOfPlover('FIGHT')).toEqual({ plover: 'ASSAULT', code: '19' });
  expect(cameoOfPlover('DANCE')).toBeUndefined();
});
