import { describe, expect, it } from 'vitest';
import { assertValidPack, validatePack } from '../../../core/pack/validate-pack';
import { type Breaker, claim, entity, errorsAfter, FILE, set, validPack } from './fixture';

const BROKEN_LISTS: [string, Breaker, string][] = [
  [
    'a repeated claim id',
    (p) => p.claims.push({ ...claim(p) }),
    'claims[troops-austin].id: duplicate id "troops-austin" in claims',
  ],
  [
    'a repeated entity id',
    (p) => p.entities.push({ ...entity(p) }),
    'entities[kim-jong-un].id: duplicate id "kim-jong-un" in entities',
  ],
  ['a claim that is not an object', (p) => set(p.claims, '0', 'claim'), 'claims[0]: expected an object, got "claim"'],
  ['claims that are not a list', (p) => set(p, 'claims', { id: 'x' }), 'claims: expected an array, got an object'],
  ['a topic that is a list', (p) => set(p, 'topic', []), 'topic: expected an object, got a list'],
  ['an unknown top-level field', (p) => set(p, 'extra', []), 'extra: unexpected field'],
];

describe('validatePack', () => {
  it('accepts a valid pack and returns an equal one', () => {
    expect(validatePack(validPack(), FILE)).toEqual({ pack: validPack(), errors: [] });
  });

  it.each(BROKEN_LISTS)('rejects %s, naming the file, record and field', (_name, breakPack, message) => {
    expect(errorsAfter(breakPack)).toContain(`${FILE}: ${message}`);
  });

  it('reports every error of the file in one pass', () => {
    const errors = errorsAfter((p) => {
      set(claim(p), 'certainty', 'sure');
      set(entity(p), 'role', 'main');
    });
    expect(errors).toHaveLength(2);
  });

  it('does not blame claims for a reference to a record that exists but is itself invalid', () => {
    const errors = errorsAfter((p) => {
      set(claim(p), 'entities', ['kim-jong-un']);
      set(entity(p), 'role', 'main');
    });
    expect(errors).toEqual([`${FILE}: entities[kim-jong-un].role: expected one of signal|core|context, got "main"`]);
  });

  it.each([
    { raw: null, got: 'null' },
    { raw: [], got: 'a list' },
    { raw: 'pack', got: '"pack"' },
    { raw: 42, got: '42' },
    { raw: undefined, got: 'nothing' },
    { raw: 1n, got: '1' },
  ])('rejects $got at the top level without throwing', ({ raw, got }) => {
    expect(validatePack(raw, FILE)).toEqual({
      pack: null,
      errors: [`${FILE}: expected a topic pack object, got ${got}`],
    });
  });

  it('reports each missing part of an empty object', () => {
    expect(validatePack({}, FILE).errors).toEqual([
      `${FILE}: topic: expected an object, got nothing`,
      `${FILE}: sources: expected an array, got nothing`,
      `${FILE}: entities: expected an array, got nothing`,
      `${FILE}: quantities: expected an array, got nothing`,
      `${FILE}: claims: expected an array, got nothing`,
    ]);
  });

  it('reads only own fields, so inherited names such as constructor are not accepted', () => {
    const raw = Object.create({ topic: validPack().topic }) as object;
    expect(validatePack(raw, FILE).errors).toContain(`${FILE}: topic: expected an object, got nothing`);
  });
});

describe('assertValidPack', () => {
  it('returns a valid pack', () => {
    expect(assertValidPack(validPack(), FILE)).toEqual(validPack());
  });

  it('throws one error listing every problem', () => {
    const pack = validPack();
    set(claim(pack), 'certainty', 'sure');
    set(entity(pack), 'role', 'main');
    expect(() => assertValidPack(pack, FILE)).toThrow(
      /2 errors\):\ndata\/topic-pack\.json: entities\[kim-jong-un\]\.role: .*\ndata\/topic-pack\.json: claims\[troops-austin\]\.certainty: /,
    );
  });
});
