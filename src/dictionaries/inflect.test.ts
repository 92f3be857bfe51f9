import { describe, expect, it } from 'vitest';
import type { VerbEntry } from '../domain/index.js';
import { pluralNoun, regularVerbForms, verbForms } from './index.js';

describe('regular verb forms', () => {
  it.each([
    ['TALK', ['TALK', 'TALKS', 'TALKED', 'TALKING']],
    ['AGREE', ['AGREE', 'AGREES', 'AGREED', 'AGREEING']],
    ['ACCUSE', ['ACCUSE', 'ACCUSES', 'ACCUSED', 'ACCUSING']],
    ['CARRY', ['CARRY', 'CARRIES', 'CARRIED', 'CARRYING']],
    ['DELAY', ['DELAY', 'DELAYS', 'DELAYED', 'DELAYING']],
    ['PUSH', ['PUSH', 'PUSHES', 'PUSHED', 'PUSHING']],
    ['VETO', ['VETO', 'VETOES', 'VETOED', 'VETOING']],
    ['TIE', ['TIE', 'TIES', 'TIED', 'TYING']],
    ['STOP', ['STOP', 'STOPS', 'STOPPED', 'STOPPING']],
    ['PLAN', ['PLAN', 'PLANS', 'PLANNED', 'PLANNING']],
    ['REFER', ['REFER', 'REFERS', 'REFERRED', 'REFERRING']],
    ['COMMIT', ['COMMIT', 'COMMITS', 'COMMITTED', 'COMMITTING']],
    ['EQUIP', ['EQUIP', 'EQUIPS', 'EQUIPPED', 'EQUIPPING']],
    ['OFFER', ['OFFER', 'OFFERS', 'OFFERED', 'OFFERING']],
    ['VISIT', ['VISIT', 'VISITS', 'VISITED', 'VISITING']],
    ['LIMIT', ['LIMIT', 'LIMITS', 'LIMITED', 'LIMITING']],
    ['OPEN', ['OPEN', 'OPENS', 'OPENED', 'OPENING']],
    ['FIX', ['FIX', 'FIXES', 'FIXED', 'FIXING']],
    ['CANCEL', ['CANCEL', 'CANCELS', 'CANCELED', 'CANCELLED', 'CANCELING', 'CANCELLING']],
  ])('%s', (verb, forms) => {
    expect(regularVerbForms(verb)).toEqual(forms);
  });

  it('pluralises nouns', () => {
    expect(['FARMER', 'CONGRESS', 'AUTHORITY', 'CHURCH', 'DAY', 'BOX'].map(pluralNoun))
      .toEqual(['FARMERS', 'CONGRESSES', 'AUTHORITIES', 'CHURCHES', 'DAYS', 'BOXES']);
  });
});

describe('verbForms', () => {
  const entry = (e: Partial<VerbEntry>): VerbEntry => ({ id: 'x', words: ['ASK'], forms: [], ...e });

  it('generates regular forms when none are given', () => {
    expect(verbForms(entry({}))).toEqual([['ASK'], ['ASKS'], ['ASKED'], ['ASKING']]);
  });

  it('inflects the first word of a multi-word verb, or the one marked with "+"', () => {
    expect(verbForms(entry({ words: ['STEP', 'UP'] }))).toEqual([['STEP', 'UP'], ['STEPS', 'UP'], ['STEPPED', 'UP'], ['STEPPING', 'UP']]);
    expect(verbForms(entry({ words: ['WIRE', 'TAP'], verbIndex: 1 }))).toEqual([['WIRE', 'TAP'], ['WIRE', 'TAPS'], ['WIRE', 'TAPPED'], ['WIRE', 'TAPPING']]);
  });

  it('uses exactly the explicit forms when given, `{}` meaning the base alone', () => {
    expect(verbForms(entry({ words: ['SPEED'], forms: [['SPEEDING'], ['SPEEDS'], ['SPED']] }))).toEqual([['SPEED'], ['SPEEDING'], ['SPEEDS'], ['SPED']]);
    expect(verbForms(entry({ words: ['ANGERED', 'BY'], forms: [['ANGERED', 'BY']] }))).toEqual([['ANGERED', 'BY']]);
  });
});
