import { expect, it } from 'vitest';
import { fileTimeFromName, missingDays, missingSlots } from './gaps.js';

/** GDELT 2.0 file names for every 15-minute slot of a day, from a start time. */
function slotNames(day: string): string[] {
  const names: string[] = [];
  for (let m = 0; m < 24 * 60; m += 15) {
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    names.push(`${day.replaceAll('-', '')}${hh}${mm}00.export.CSV.zip`);
  }
  return names;
}

it('reads the slot from GDELT file names, 15-minute and daily', () => {
  expect(fileTimeFromName('/data/20150218231500.export.CSV.zip')).toBe('2015-02-18T23:15:00');
  expect(fileTimeFromName('20160728.export.CSV')).toBe('2016-07-28T00:00:00');
  expect(fileTimeFromName('events.2018.sample.tab')).toBeUndefined();
  expect(fileTimeFromName('20151399000000.export.CSV')).toBeUndefined();
});

it('finds the missing 15-minute files of a generated day, as runs', () => {
  const names = slotNames('2024-03-10');
  expect(names).toHaveLength(96);
  const dropped = new Set([5, 6, 7, 50, 95]);
  const times = names.filter((_, i) => !dropped.has(i)).map((n) => fileTimeFromName(n) ?? '');
  const gaps = missingSlots(times, '2024-03-10', '2024-03-10');
  expect(gaps).toEqual([
    { from: '2024-03-10T01:15:00', to: '2024-03-10T01:45:00', count: 3 },
    { from: '2024-03-10T12:30:00', to: '2024-03-10T12:30:00', count: 1 },
    { from: '2024-03-10T23:45:00', to: '2024-03-10T23:45:00', count: 1 },
  ]);
  expect(missingSlots(names.map((n) => fileTimeFromName(n) ?? ''))).toEqual([]);
});

it('without a range, judges between the first and last file seen', () => {
  const times = ['2024-03-10T10:00:00', '2024-03-10T11:00:00'];
  expect(missingSlots(times)).toEqual([{ from: '2024-03-10T10:15:00', to: '2024-03-10T10:45:00', count: 3 }]);
});

it('finds the days of a range with nothing loaded', () => {
  expect(missingDays(['2024-01-01', '2024-01-02', '2024-01-05'], '2024-01-01', '2024-01-06')).toEqual([
    { from: '2024-01-03', to: '2024-01-04', count: 2 },
    { from: '2024-01-06', to: '2024-01-06', count: 1 },
  ]);
});
