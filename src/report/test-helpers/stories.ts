/**
 * A small Iran–Russia record written for the report tests: trade and defence cooperation, a
 * request for jets that goes unanswered, an Israeli strike on Iran that Russia condemns, a
 * Russian warning to Washington naming Iran, and quoted officials.
 */
import type { Story } from './scenario.js';

export const STORIES: Story[] = [
  {
    id: 'story-trade', date: '2025-01-10', title: 'Card networks linked',
    sentences: ['Russia and Iran agreed to link their card payment networks.', 'Iran cut tariffs on Russian grain.'],
    events: [
      { s: 0, source: 'RUS', target: 'IRN', code: '061', verb: 'agreed' },
      { s: 1, source: 'IRN', target: 'RUS', code: '061', verb: 'cut' },
    ],
  },
  {
    id: 'story-treaty', date: '2025-01-17', title: 'Treaty signed',
    sentences: ['Russia signed a partnership treaty with Iran.', 'The Russian foreign minister said the pact covers defence.'],
    events: [
      { s: 0, source: 'RUSGOV', target: 'IRNGOV', code: '057', verb: 'signed' },
      { s: 1, source: 'RUSGOV', target: 'IRN', code: '0312', verb: 'said' },
    ],
    quotes: [{ s: 1, text: 'covers defence', speaker: 'the Russian foreign minister', speakerCode: 'RUSGOV', office: 'Foreign Minister' }],
  },
  {
    id: 'story-jets', date: '2025-02-03', title: 'Tehran asks for jets',
    sentences: ['Iran asked Russia for fighter jets.'],
    events: [{ s: 0, source: 'IRN', target: 'RUS', code: '0232', verb: 'asked' }],
  },
  {
    id: 'story-strike', date: '2025-06-13', title: 'Strikes and condemnation',
    sentences: [
      'Israel struck Iranian nuclear sites overnight.',
      'Russia condemned Israel for the <script>alert(1)</script> strikes on Iran.',
      '"This is unprovoked," said the Kremlin spokesman.',
    ],
    events: [
      { s: 0, source: 'ISR', target: 'IRN', code: '195', verb: 'struck' },
      { s: 1, source: 'RUS', target: 'ISR', code: '111', verb: 'condemned' },
      { s: 2, source: 'RUSGOV', target: 'ISR', code: '111', verb: 'said' },
    ],
    quotes: [{ s: 2, text: 'This is unprovoked,', speaker: 'the Kremlin spokesman', speakerCode: 'RUSGOV' }],
    mentions: [{ s: 1, text: 'Iran', codes: ['IRN'] }],
  },
  {
    id: 'story-warning', date: '2025-06-19', title: 'Moscow warns Washington',
    sentences: ['Russia warned the United States not to strike Iran.', 'Russia did not deliver air defences to Iran.'],
    events: [
      { s: 0, source: 'RUS', target: 'USA', code: '138', verb: 'warned' },
      { s: 1, source: 'RUS', target: 'IRN', code: '072', negated: true, verb: 'deliver' },
    ],
    mentions: [{ s: 0, text: 'Iran', codes: ['IRN'] }, { s: 0, text: 'the United States', codes: ['USA'] }],
  },
];
