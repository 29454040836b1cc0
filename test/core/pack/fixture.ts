/** A small valid topic pack and helpers that break copies of it, shared by the validator tests. */

import { expect } from 'vitest';
import type { TopicPack } from '../../../core/pack/types';
import { validatePack } from '../../../core/pack/validate-pack';

/** The file name every expected message starts with. */
export const FILE = 'data/topic-pack.json';

/** A small valid pack; each call returns a fresh copy that a test may break. */
export function validPack(): TopicPack {
  return {
    topic: { id: 'nk-troops-russia', title: 'Title', summary: 'Summary.', version: '1.0.0', updated: '2026-11-22' },
    sources: [
      {
        id: 'doran',
        title: 'Title',
        outlet: null,
        author: 'Peter Doran',
        published: null,
        url: null,
        textFile: 'sources/doran.txt',
      },
    ],
    entities: [
      {
        id: 'kim-jong-un',
        name: 'Kim Jong Un',
        type: 'person',
        description: 'Leader of North Korea.',
        role: 'core',
        aliases: [
          { text: 'Kim Jong Un', lang: 'en' },
          { text: '김정은', lang: 'ko' },
          { text: 'Ким Чен Ын', lang: 'ru', prefix: true },
        ],
      },
      {
        id: 'north-korea',
        name: 'North Korea',
        type: 'state',
        description: 'A state.',
        role: 'core',
        aliases: [{ text: 'DPRK', lang: 'en', caseSensitive: true }],
      },
    ],
    quantities: [{ id: 'nk-troops-sent', label: 'Troops sent', unit: 'troops', cues: ['troops', '명'] }],
    claims: [
      {
        id: 'troops-austin',
        statement: 'Austin confirmed thousands of troops.',
        quote: 'dispatching thousands of troops to Russia',
        source: 'doran',
        attribution: { who: 'Lloyd Austin', role: 'US Secretary of Defense', type: 'official' },
        kind: 'fact',
        certainty: 'confirmed',
        date: '2024-10-23',
        entities: ['north-korea'],
        figures: [{ quantity: 'nk-troops-sent', text: 'thousands', min: 2000, max: null, approx: true }],
      },
    ],
  };
}

/** Breaks a copy of the valid pack in place. */
export type Breaker = (pack: TopicPack) => void;

/** Writes a field of any type, as corrupt JSON would. */
export const set = (target: object, key: string, value: unknown): void => {
  Reflect.set(target, key, value);
};

function must<T>(value: T | undefined): T {
  return value ?? expect.unreachable('the fixture has this record');
}

/** The fixture's only claim. */
export const claim = (pack: TopicPack) => must(pack.claims[0]);
/** The only figure of the fixture's claim. */
export const figure = (pack: TopicPack) => must(claim(pack).figures[0]);
/** The fixture's first entity, `kim-jong-un` (aliases: en, ko, ru with prefix). */
export const entity = (pack: TopicPack) => must(pack.entities[0]);
/** One alias of `kim-jong-un`. */
export const alias = (pack: TopicPack, index: number) => must(entity(pack).aliases[index]);
/** The fixture's only source. */
export const source = (pack: TopicPack) => must(pack.sources[0]);
/** The fixture's only quantity. */
export const quantity = (pack: TopicPack) => must(pack.quantities[0]);

/** The errors `validatePack` reports for a valid pack broken by `breakPack`, or `null` if it still passes. */
export function errorsAfter(breakPack: Breaker): string[] | null {
  const pack = validPack();
  breakPack(pack);
  const result = validatePack(pack, FILE);
  return result.pack === null ? result.errors : null;
}
