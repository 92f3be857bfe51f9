import { describe, expect, it } from 'vitest';
import { actorName, capitalise, count, formatDate, formatPeriod, inSentence, listOf, percent, possessive, signed } from './english.js';

describe('english', () => {
  it('writes dates as day, month name and year', () => {
    expect(formatDate('2025-06-13')).toBe('13 June 2025');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatPeriod('2025-03')).toBe('March 2025');
    expect(formatPeriod('2025-W24')).toBe('2025-W24');
  });

  it('puts a standalone name back in the middle of a sentence', () => {
    expect(inSentence(capitalise(actorName('USA')))).toBe('the United States');
    expect(inSentence('Iran')).toBe('Iran');
    expect(inSentence('Theodore')).toBe('Theodore');
  });

  it('makes counts agree with their nouns', () => {
    expect(count(1, 'event')).toBe('1 event');
    expect(count(0, 'event')).toBe('0 events');
    expect(count(12, 'event')).toBe('12 events');
    expect(count(2, 'reply')).toBe('2 replies');
    expect(count(3, 'speech')).toBe('3 speeches');
    expect(count(2, 'warning or condemnation', 'warnings or condemnations')).toBe('2 warnings or condemnations');
  });

  it('joins lists the English way', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Iran'])).toBe('Iran');
    expect(listOf(['Iran', 'Russia'])).toBe('Iran and Russia');
    expect(listOf(['Iran', 'Russia', 'China'])).toBe('Iran, Russia and China');
  });

  it('signs figures with a true minus and one decimal', () => {
    expect(signed(12.46)).toBe('+12.5');
    expect(signed(-3)).toBe('−3.0');
    expect(signed(0.04)).toBe('0.0');
    expect(percent(0.25)).toBe('+25%');
    expect(percent(-0.4)).toBe('−40%');
  });

  it('names actors from the model, with articles and possessives', () => {
    expect(actorName('RUS')).toBe('Russia');
    expect(actorName('USA')).toBe('the United States');
    expect(actorName('IRNGOV')).toBe("Iran's government");
    expect(actorName('USAGOV')).toBe("the United States' government");
    expect(actorName('')).toBe('an unidentified actor');
    expect(actorName('ZZZ')).toBe('ZZZ');
    expect(possessive('Iran')).toBe("Iran's");
  });
});
