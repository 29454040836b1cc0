/** The shipped pack (data/topic-pack.json) through the matcher: it validates, compiles and finds mentions. */
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '@/core/match/find-mentions';
import { aliasKey } from '@/core/match/matcher';
import { validatePack } from '@/core/pack/validate-pack';
import packJson from '@/data/topic-pack.json';

const { pack, errors } = validatePack(packJson, 'data/topic-pack.json');

describe('compileMatcher', () => {
  it('compiles the real pack, which validates', () => {
    expect(errors).toEqual([]);
    expect(compileMatcher(pack!).aliases.length).toBeGreaterThan(pack!.entities.length);
  });

  it('finds mentions of the real pack in a sample sentence, each one of its entity’s aliases', () => {
    const text = 'North Korean troops fought in Kursk, Russia said; 북한군은 쿠르스크에 있다. КНДР и Россия.';
    const mentions = findMentions(compileMatcher(pack!), text);
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    for (const mention of mentions) {
      const aliases = pack!.entities
        .find((entity) => entity.id === mention.entityId)!
        .aliases.map((a) => aliasKey(a.text));
      expect(aliases.some((alias) => aliasKey(text.slice(mention.start, mention.end)).startsWith(alias))).toBe(true);
    }
  });
});
