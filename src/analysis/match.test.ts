import { describe, expect, it } from 'vitest';
import { actorKey, dyadDirection, involvesDyad, matchesActor } from './match.js';

describe('dyad matching', () => {
  const dyad = { a: 'RUS', b: 'IRN' };

  it('matches by code prefix by default and by whole code when exact', () => {
    expect(dyadDirection({ source: 'RUSGOV', target: 'IRNMIL' }, dyad, 'prefix')).toBe('ab');
    expect(dyadDirection({ source: 'IRN', target: 'RUSGOV' }, dyad, 'prefix')).toBe('ba');
    expect(dyadDirection({ source: 'RUSGOV', target: 'IRNMIL' }, dyad, 'exact')).toBeUndefined();
    expect(dyadDirection({ source: 'RUS', target: 'IRN' }, dyad, 'exact')).toBe('ab');
    // A role-level actor matches its own organs only.
    expect(matchesActor('RUSGOVFM', 'RUSGOV', 'prefix')).toBe(true);
    expect(matchesActor('RUSMIL', 'RUSGOV', 'prefix')).toBe(false);
  });

  it('never matches an unknown side and ignores other pairs', () => {
    expect(matchesActor('', '', 'exact')).toBe(false);
    expect(dyadDirection({ source: 'RUS', target: 'ISR' }, dyad, 'prefix')).toBeUndefined();
    expect(involvesDyad({ source: 'USA', target: 'IRNGOV' }, dyad, 'prefix')).toBe(true);
    expect(involvesDyad({ source: 'USA', target: 'ISR' }, dyad, 'prefix')).toBe(false);
  });

  it('keys counterparts by country, keeping organisations apart', () => {
    expect(actorKey('ISRMIL', 'prefix')).toBe('ISR');
    expect(actorKey('IGOUNO', 'prefix')).toBe('IGOUNO');
    expect(actorKey('IGONATMIL', 'prefix')).toBe('IGONAT');
    expect(actorKey('ISRMIL', 'exact')).toBe('ISRMIL');
  });
});
