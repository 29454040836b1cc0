import { describe, expect, it } from 'vitest';
import type { TopicPack } from '@/core/pack/types';
import packJson from '@/data/topic-pack.json';
import { generateArticle, generateParagraphs } from './gen/article';
import { allAliases, scaleLexicon } from './gen/lexicon';
import { markRegExpSpec } from './marks';

const pack = packJson as TopicPack;

describe('generateArticle', () => {
  it('gives the same page for the same seed', () => {
    expect(generateArticle(pack, 20_000, 7).html).toBe(generateArticle(pack, 20_000, 7).html);
  });

  it('reaches the asked text size with a mention about every 300 characters', () => {
    const page = generateArticle(pack, 50_000, 7);
    expect(page.textChars).toBeGreaterThanOrEqual(50_000);
    expect(page.textChars / page.mentions).toBeGreaterThan(250);
    expect(page.textChars / page.mentions).toBeLessThan(400);
  });
});

describe('generateParagraphs', () => {
  it('writes the asked number of paragraphs', () => {
    expect(generateParagraphs(pack, 10, 3).match(/<p /g)).toHaveLength(10);
  });
});

describe('scaleLexicon', () => {
  it('multiplies the aliases and keeps the real entities first', () => {
    const big = scaleLexicon(pack, 3);
    expect(allAliases(big)).toHaveLength(3 * allAliases(pack).length);
    expect(big.entities.slice(0, pack.entities.length)).toEqual(pack.entities);
  });
});

describe('markRegExpSpec', () => {
  it('compiles to one regular expression that finds an alias at word edges only', () => {
    const spec = markRegExpSpec(pack);
    const regexp = new RegExp(spec.source, spec.flags);
    expect('Troops of North Korea arrived.'.match(regexp)).toContain('North Korea');
    expect('Koreanische'.match(regexp)).toBeNull();
  });
});
