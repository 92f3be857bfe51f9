import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import type { Claim, Section } from '../../api/index.js';
import { ClaimText } from './claim-text.js';
import { Ticker } from './ticker.js';

const ref = (eventId: string) => ({
  eventId, date: '2025-01-17', docId: 'd1', sentenceIndex: 0, span: { start: 0, end: 5 }, sentence: 'Iran and Russia signed a treaty.',
  highlights: {}, source: 'IRN', target: 'RUS', code: '057', codeName: 'Sign formal agreement',
});
const claim = (text: string, evidence = 0, count?: number): Claim => ({
  text, actors: ['IRN', 'RUS'], evidence: Array.from({ length: evidence }, (_, i) => ref(`e${i}`)), ...(count ? { count } : {}),
});

describe('ClaimText', () => {
  it('makes a claim with evidence a button that says how many events stand behind it', () => {
    const html = render(<ClaimText claim={claim('They signed a treaty.', 2, 12)} onOpen={() => undefined} />);
    expect(html).toContain('<button type="button" class="claim-link" aria-haspopup="dialog">They signed a treaty.');
    expect(html).toContain('(open the evidence: 12 events)');
  });

  it('leaves a claim without evidence as plain text', () => {
    const html = render(<ClaimText claim={claim('Framing only.')} onOpen={() => undefined} />);
    expect(html).toBe('<span class="claim">Framing only.</span>');
  });
});

describe('Ticker', () => {
  const section = (n: number): Section => ({ id: 'headlines', title: 'Headlines', paragraphs: [{ list: true, claims: Array.from({ length: n }, (_, i) => claim(`Headline ${i}`, 1)) }] });

  it('loops long lists with a copy hidden from assistive technology and the keyboard', () => {
    const html = render(<Ticker section={section(3)} onOpen={() => undefined} />);
    expect(html).toContain('ticker scrolling');
    expect(html.match(/Headline 0/g)).toHaveLength(2);
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(3);
    expect(html.match(/tabindex="-1"/g)).toHaveLength(3);
  });

  it('keeps short lists still, and draws nothing without headlines', () => {
    expect(render(<Ticker section={section(2)} onOpen={() => undefined} />)).not.toContain('scrolling');
    expect(render(<Ticker section={section(0)} onOpen={() => undefined} />)).toBe('');
  });
});
