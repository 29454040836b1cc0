import { describe, expect, it } from 'vitest';
import { formatPack } from '../../../core/pack/format-pack';
import type { Claim, Quantity, TopicPack } from '../../../core/pack/types';

const quantity = (id: string, cues: string[]): Quantity => ({ id, label: 'Label', unit: 'troops', cues });

const claim = (id: string): Claim => ({
  id,
  statement: 'A statement.',
  quote: 'a quote',
  source: 'src',
  attribution: { who: 'Someone', role: 'A role', type: 'author' },
  kind: 'fact',
  certainty: 'reported',
  date: '2024-10-25',
  entities: ['north-korea'],
  figures: [],
});

function pack(overrides: Partial<TopicPack> = {}): TopicPack {
  return {
    topic: { id: 'topic', title: 'Title', summary: 'Summary.', version: '1.0.0', updated: '2026-11-22' },
    sources: [],
    entities: [],
    quantities: [],
    claims: [],
    ...overrides,
  };
}

/** The line of `text` that holds `"cues":`. */
const cuesLine = (text: string): string => text.split('\n').find((line) => line.includes('"cues"')) ?? '';

describe('formatPack', () => {
  it('sorts every record list by id', () => {
    const text = formatPack(pack({ claims: [claim('b-claim'), claim('a-claim'), claim('c-claim')] }));
    const ids = [...text.matchAll(/"id": "([a-z]+-claim)"/g)].map((match) => match[1]);
    expect(ids).toEqual(['a-claim', 'b-claim', 'c-claim']);
  });

  it('writes keys in the order of types.ts, whatever the input order', () => {
    const shuffled: TopicPack = {
      claims: [],
      quantities: [],
      entities: [],
      sources: [],
      topic: { updated: '2026-11-22', version: '1.0.0', summary: 'Summary.', title: 'Title', id: 'topic' },
    };
    expect(formatPack(shuffled)).toBe(formatPack(pack()));
    expect(formatPack(pack()).indexOf('"topic"')).toBeLessThan(formatPack(pack()).indexOf('"sources"'));
  });

  it('indents by two spaces and ends with one newline', () => {
    const text = formatPack(pack());
    expect(text.startsWith('{\n  "topic": {\n    "id": "topic",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes alias flags only when they are true', () => {
    const entity = {
      id: 'kim-jong-un',
      name: 'Kim Jong Un',
      type: 'person' as const,
      description: 'Leader.',
      role: 'core' as const,
      aliases: [
        { text: 'Kim Jong Un', lang: 'en' as const, prefix: false, caseSensitive: false },
        { text: 'Ким Чен Ын', lang: 'ru' as const, prefix: true },
      ],
    };
    const text = formatPack(pack({ entities: [entity] }));
    expect(text.match(/"prefix"/g)).toHaveLength(1);
    expect(text).not.toContain('caseSensitive');
  });

  it('writes the war flag after the role, and only when it is true', () => {
    const entity = (id: string, war: boolean | undefined) => ({
      id,
      name: 'Russia',
      type: 'state' as const,
      description: 'A state.',
      role: 'context' as const,
      ...(war === undefined ? {} : { war }),
      aliases: [{ text: id, lang: 'en' as const }],
    });
    const text = formatPack(pack({ entities: [entity('a', true), entity('b', false), entity('c', undefined)] }));
    expect(text.match(/"war"/g)).toHaveLength(1);
    expect(text).toContain('"role": "context",\n      "war": true,\n      "aliases"');
  });

  it.each([
    { cues: ['troops', 'soldiers'], oneLine: true },
    { cues: Array.from({ length: 12 }, (_, i) => `cue${i}`), oneLine: false },
    // Hangul is two columns wide, as Prettier counts it: 35 syllables overflow where 35 letters fit.
    { cues: ['병'.repeat(35)], oneLine: false },
    { cues: ['b'.repeat(35)], oneLine: true },
  ])('puts $cues.length cue(s) on one line only when they fit in 80 columns', ({ cues, oneLine }) => {
    const line = cuesLine(formatPack(pack({ quantities: [quantity('q', cues)] })));
    expect(line.endsWith(']')).toBe(oneLine);
  });

  it('reproduces its own output after a JSON round trip', () => {
    const text = formatPack(pack({ claims: [claim('one')], quantities: [quantity('q', ['troops'])] }));
    expect(formatPack(JSON.parse(text) as TopicPack)).toBe(text);
  });
});
