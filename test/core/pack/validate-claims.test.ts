import { describe, expect, it } from 'vitest';
import { type Breaker, claim, errorsAfter, figure, FILE, set } from './fixture';

const BROKEN_CLAIMS: [string, Breaker, string][] = [
  [
    'an unknown certainty',
    (p) => set(claim(p), 'certainty', 'sure'),
    'claims[troops-austin].certainty: expected one of confirmed|estimate|reported|unverified|opinion, got "sure"',
  ],
  [
    'an id that is not kebab-case',
    (p) => set(claim(p), 'id', 'Troops Austin'),
    'claims[0].id: expected a kebab-case id, got "Troops Austin"',
  ],
  [
    'a missing date',
    (p) => set(claim(p), 'date', undefined),
    'claims[troops-austin].date: expected an ISO date YYYY-MM-DD, got nothing',
  ],
  [
    'an impossible date',
    (p) => set(claim(p), 'date', '2024-02-30'),
    'claims[troops-austin].date: expected an ISO date YYYY-MM-DD, got "2024-02-30"',
  ],
  ['an unknown source', (p) => set(claim(p), 'source', 'nope'), 'claims[troops-austin].source: unknown source "nope"'],
  [
    'an unknown entity',
    (p) => set(claim(p), 'entities', ['nobody']),
    'claims[troops-austin].entities[0]: unknown entity "nobody"',
  ],
  ['no entities', (p) => set(claim(p), 'entities', []), 'claims[troops-austin].entities: expected at least one entity'],
  [
    'a misspelt field',
    (p) => set(claim(p), 'certainity', 'confirmed'),
    'claims[troops-austin].certainity: unexpected field',
  ],
  [
    'a statement with a double space',
    (p) => set(claim(p), 'statement', 'Austin  confirmed.'),
    'claims[troops-austin].statement: expected one trimmed line with single spaces, got "Austin  confirmed."',
  ],
  [
    'a statement without a full stop',
    (p) => set(claim(p), 'statement', 'Austin confirmed'),
    'claims[troops-austin].statement: expected a sentence ending in a full stop',
  ],
  [
    'a quote with surrounding space',
    (p) => set(claim(p), 'quote', ' thousands '),
    'claims[troops-austin].quote: expected one line with no surrounding whitespace',
  ],
  [
    'an unknown attribution type',
    (p) => set(claim(p).attribution, 'type', 'journalist'),
    'claims[troops-austin].attribution.type: expected one of official|author|expert|organisation|unnamed|reports, got "journalist"',
  ],
  [
    'figures that are not a list',
    (p) => set(claim(p), 'figures', {}),
    'claims[troops-austin].figures: expected an array, got an object',
  ],
  [
    'an unknown quantity',
    (p) => set(figure(p), 'quantity', 'shells'),
    'claims[troops-austin].figures[0].quantity: unknown quantity "shells"',
  ],
  [
    'a figure text missing from the quote',
    (p) => set(figure(p), 'text', '12,000'),
    'claims[troops-austin].figures[0].text: "12,000" does not occur in the quote',
  ],
  [
    'min above max',
    (p) => set(figure(p), 'max', 10),
    'claims[troops-austin].figures[0].max: expected max >= min (2000), got 10',
  ],
  [
    'a string min',
    (p) => set(figure(p), 'min', '2000'),
    'claims[troops-austin].figures[0].min: expected a finite number, got "2000"',
  ],
];

describe('validateClaim', () => {
  it.each(BROKEN_CLAIMS)('rejects %s, naming the file, claim and field', (_name, breakPack, message) => {
    expect(errorsAfter(breakPack)).toContain(`${FILE}: ${message}`);
  });
});
