import { describe, expect, it } from 'vitest';
import { type Breaker, errorsAfter, FILE, quantity, set, source } from './fixture';

const BROKEN_SOURCES: [string, Breaker, string][] = [
  [
    'a non-ISO publication date',
    (p) => set(source(p), 'published', '24/10/2024'),
    'sources[doran].published: expected an ISO date YYYY-MM-DD, got "24/10/2024"',
  ],
  [
    'a non-http URL',
    (p) => set(source(p), 'url', 'ftp://example.org/a'),
    'sources[doran].url: expected an http(s) URL or null, got "ftp://example.org/a"',
  ],
  [
    'a text file elsewhere',
    (p) => set(source(p), 'textFile', '../doran.txt'),
    'sources[doran].textFile: expected "sources/doran.txt", got "../doran.txt"',
  ],
];

const BROKEN_QUANTITIES: [string, Breaker, string][] = [
  [
    'an upper-case cue',
    (p) => set(quantity(p), 'cues', ['Troops']),
    'quantities[nk-troops-sent].cues[0]: expected a lower-case word or phrase, got "Troops"',
  ],
  ['no cues', (p) => set(quantity(p), 'cues', []), 'quantities[nk-troops-sent].cues: expected at least one cue'],
];

describe('validateTopic', () => {
  it('rejects a version that is not semver, naming the file and field', () => {
    expect(errorsAfter((p) => set(p.topic, 'version', 'v1'))).toEqual([
      `${FILE}: topic.version: expected a version MAJOR.MINOR.PATCH, got "v1"`,
    ]);
  });

  it('rejects a missing update date', () => {
    expect(errorsAfter((p) => set(p.topic, 'updated', undefined))).toEqual([
      `${FILE}: topic.updated: expected an ISO date YYYY-MM-DD, got nothing`,
    ]);
  });
});

describe('validateSource', () => {
  it.each(BROKEN_SOURCES)('rejects %s, naming the file, source and field', (_name, breakPack, message) => {
    expect(errorsAfter(breakPack)).toContain(`${FILE}: ${message}`);
  });
});

describe('validateQuantity', () => {
  it.each(BROKEN_QUANTITIES)('rejects %s, naming the file, quantity and field', (_name, breakPack, message) => {
    expect(errorsAfter(breakPack)).toContain(`${FILE}: ${message}`);
  });
});
