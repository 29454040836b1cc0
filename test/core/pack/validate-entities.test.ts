import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../core/pack/validate-pack';
import { alias, type Breaker, entity, errorsAfter, FILE, set, validPack } from './fixture';

const BROKEN_ENTITIES: [string, Breaker, string][] = [
  ['no aliases', (p) => set(entity(p), 'aliases', []), 'entities[kim-jong-un].aliases: expected at least one alias'],
  [
    'an unknown alias language',
    (p) => set(alias(p, 0), 'lang', 'xx'),
    'entities[kim-jong-un].aliases[0].lang: expected one of en|ko|uk|ru|de|fr, got "xx"',
  ],
  [
    'a prefix flag on a Korean alias',
    (p) => set(alias(p, 1), 'prefix', true),
    'entities[kim-jong-un].aliases[1].prefix: prefix matching is for Latin or Cyrillic aliases only',
  ],
  [
    'a non-boolean flag',
    (p) => set(alias(p, 2), 'caseSensitive', 'yes'),
    'entities[kim-jong-un].aliases[2].caseSensitive: expected true or false, got "yes"',
  ],
  [
    'a repeated alias',
    (p) => entity(p).aliases.push({ text: 'Kim Jong Un', lang: 'en' }),
    'entities[kim-jong-un].aliases[3]: duplicate alias "Kim Jong Un"',
  ],
  [
    'an unknown role',
    (p) => set(entity(p), 'role', 'main'),
    'entities[kim-jong-un].role: expected one of signal|core|context, got "main"',
  ],
  [
    'a war flag on a core entity',
    (p) => set(entity(p), 'war', true),
    'entities[kim-jong-un].war: only context entities can be war context, not core ones',
  ],
  [
    'a non-boolean war flag',
    (p) => set(entity(p), 'war', 'yes'),
    'entities[kim-jong-un].war: expected true or false, got "yes"',
  ],
  [
    'an unknown entity type',
    (p) => set(entity(p), 'type', 'leader'),
    'entities[kim-jong-un].type: expected one of person|state|organisation|place|military|weapon|programme|agreement|event, got "leader"',
  ],
];

describe('validateEntity', () => {
  it.each(BROKEN_ENTITIES)('rejects %s, naming the file, entity and field', (_name, breakPack, message) => {
    expect(errorsAfter(breakPack)).toContain(`${FILE}: ${message}`);
  });

  it.each([true, false])('keeps war: %s on a context entity', (war) => {
    const pack = validPack();
    set(entity(pack), 'role', 'context');
    set(entity(pack), 'war', war);
    expect(validatePack(pack, FILE).pack?.entities[0]).toMatchObject({ id: 'kim-jong-un', war });
  });

  it('leaves war out when the pack does not set it', () => {
    expect(validatePack(validPack(), FILE).pack?.entities[0]).not.toHaveProperty('war');
  });
});

describe('checkAliasesUnique', () => {
  it('rejects an alias that two entities share, whatever its case', () => {
    expect(errorsAfter((p) => set(alias(p, 0), 'text', 'dprk'))).toEqual([
      `${FILE}: entities[north-korea].aliases[0].text: "DPRK" is also an alias of kim-jong-un`,
    ]);
  });
});
