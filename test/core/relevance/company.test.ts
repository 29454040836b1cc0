import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions } from '@/core/match/find-mentions';
import { countMentions } from '@/core/relevance/company';
import { warMiniPack } from './war-mini-pack';

const matcher = compileMatcher(warMiniPack);
const entities = new Map(warMiniPack.entities.map((entity) => [entity.id, entity]));

/** Standings of the mentions in `text`, as `entityId:standing`. */
function standings(text: string): string[] {
  const mentions = findMentions(matcher, text);
  return countMentions(text, mentions, entities).map((standing, i) => `${mentions[i]!.entityId}:${standing}`);
}

describe('countMentions', () => {
  it.each([
    ['North Korean troops fight.', ['north-korean-troops:signal']],
    ['Kim Jong Un spoke.', ['kim-jong-un:lone-core']],
    ['Putin spoke.', ['putin:lone-context']],
    ['Kim Jong Un met Putin.', ['kim-jong-un:core', 'putin:context']],
    ['Kim Jong Un spoke. Putin answered.', ['kim-jong-un:core', 'putin:context']],
    ['Kim Jong Un spoke. Nobody answered. Putin left.', ['kim-jong-un:lone-core', 'putin:lone-context']],
    ['Putin and Russia met in Ukraine.', ['putin:lone-context', 'russia:lone-context', 'ukraine:lone-context']],
    ['North Korea fired a ballistic missile.', ['north-korea:lone-core', 'ballistic-missiles:lone-core']],
    ['Kursk saw North Korean troops.', ['kursk:context', 'north-korean-troops:signal']],
    ['Kim Jong Un met Seoul officials.', ['kim-jong-un:lone-core', 'south-korea:lone-context']],
    ['Kim Jong Un met Putin, South Korea said.', ['kim-jong-un:core', 'putin:context', 'south-korea:context']],
    [
      'North Korea sent ballistic missiles to Russia.',
      ['north-korea:stated', 'ballistic-missiles:core', 'russia:context'],
    ],
    ['The KPA fought near Kursk.', ['kpa:stated', 'kursk:context']],
    [
      'North Korea fired a ballistic missile, Seoul said.',
      ['north-korea:lone-core', 'ballistic-missiles:lone-core', 'south-korea:lone-context'],
    ],
    [
      'North Korea sent ballistic missiles. Russia used them.',
      ['north-korea:core', 'ballistic-missiles:core', 'russia:context'],
    ],
    ['KURSK, Jan 4 (Reuters) - Kim Jong Un spoke.', ['kursk:lone-context', 'kim-jong-un:lone-core']],
  ])('in %j gives %j', (text, expected) => {
    expect(standings(text)).toEqual(expected);
  });

  it('counts mentions of unknown entities as lone context', () => {
    const mention = { entityId: 'nope', alias: 'x', start: 0, end: 1, sentence: { start: 0, end: 1 } };
    expect(countMentions('x', [mention], entities)).toEqual(['lone-context']);
  });
});
