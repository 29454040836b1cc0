import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, type Mention } from '@/core/match/find-mentions';
import { countMentions } from '@/core/relevance/company';
import { judgePage, weighPart, weighPartSteps } from '@/core/relevance/judge-page';
import { warMiniPack } from './war-mini-pack';
import { ABOUT_PAGES } from '../fixtures/pages-about';
import { KPOP_PAGE, MISSILE_TEST_PAGE, OIL_PAGE, WAR_ROUNDUP_PAGE } from '../fixtures/pages-other';
import { pageText, type BlockSpec } from '../fixtures/page-text';

const matcher = compileMatcher(warMiniPack);

/** Judges a page built from blocks with the mini pack. */
function judge(specs: readonly BlockSpec[]): ReturnType<typeof judgePage> {
  const page = pageText(specs);
  return judgePage(warMiniPack, findMentions(matcher, page), page);
}

describe('judgePage', () => {
  it.each(Object.entries(ABOUT_PAGES))(
    'calls the %s page on North Korean soldiers in Kursk "about"',
    (_lang, specs) => {
      expect(judge(specs).verdict).toBe('about');
    },
  );

  it.each([
    ['a K-pop page mentioning North Korea', KPOP_PAGE],
    ['an oil-price page full of Putin, Russia and Ukraine', OIL_PAGE],
  ])('calls %s "none"', (_name, specs) => {
    expect(judge(specs).verdict).toBe('none');
  });

  it('calls a 2017 missile test "none" or at most "passing"', () => {
    expect(['none', 'passing']).toContain(judge(MISSILE_TEST_PAGE).verdict);
  });

  it('calls a long war article with one paragraph on North Korean troops "passing"', () => {
    expect(judge(WAR_ROUNDUP_PAGE).verdict).toBe('passing');
  });

  it.each([1, 5, 50])('never counts context alone, however often (%i mentions)', (times) => {
    const specs: BlockSpec[] = Array.from({ length: times }, () => [
      'title',
      'Putin and Russia in Ukraine, Kursk again.',
    ]);
    expect(judge(specs)).toMatchObject({ verdict: 'none', score: 0 });
  });

  it('needs a topic-specific mention to call a page "about"', () => {
    const specs: BlockSpec[] = [
      ['title', 'Kim Jong Un meets Putin in Pyongyang'],
      ['body', 'Kim Jong Un welcomed Putin at the airport. North Korea and Russia praised their friendship.'],
      ['body', 'Pyongyang and Russia said they would cooperate further. Kim Jong Un thanked Putin for his visit.'],
    ];
    expect(judge(specs)).toMatchObject({ verdict: 'passing' });
    expect(judge(specs).score).toBeGreaterThanOrEqual(9);
  });

  it('calls a page "about" when its sentences name North Korea, arms and the war, with no signal name', () => {
    const specs: BlockSpec[] = [
      ['title', 'North Korea sent ballistic missiles to Russia'],
      ['body', 'Russia fired North Korea’s ballistic missiles at Ukraine, Kursk officials said on Monday.'],
    ];
    expect(judge(specs).verdict).toBe('about');
  });

  it('does not count third parties as war context', () => {
    const specs: BlockSpec[] = [
      ['title', 'South Korea answers North Korea’s balloons'],
      ['body', 'North Korea flew balloons over the border, Seoul said. South Korea will use loudspeakers.'],
    ];
    expect(judge(specs)).toMatchObject({ verdict: 'none', score: 0 });
  });

  it('does not take the place a story was filed from for war context', () => {
    const report = 'North Korea fired a ballistic missile into the sea on Sunday, its neighbours said.';
    const dated = judge([
      ['heading', 'North Korea fires a missile'],
      ['body', `KURSK, Jan 4 (Reuters) - ${report}`],
    ]);
    const inKursk = judge([
      ['heading', 'North Korea fires a missile'],
      ['body', `Near Kursk, ${report}`],
    ]);
    expect(dated.score).toBe(0);
    expect(inKursk.score).toBeGreaterThan(0);
  });

  it('counts core entities only next to war context', () => {
    const alone = judge([['body', 'Kim Jong Un visited a factory in Pyongyang. North Korea said output rose.']]);
    const nearWar = judge([['body', 'Kim Jong Un met Putin. North Korea and Russia signed a treaty.']]);
    expect(alone.score).toBe(0);
    expect(nearWar.score).toBeGreaterThan(0);
  });

  it('does not let a weapon vouch for a core entity', () => {
    expect(judge([['body', 'North Korea tested a ballistic missile near Pyongyang.']]).score).toBe(0);
  });

  it('counts a heading and the paragraph under it as neighbours', () => {
    const specs: BlockSpec[] = [
      ['heading', 'North Korea'],
      ['body', 'Russia has welcomed the new agreement with its neighbour.'],
    ];
    expect(judge(specs).score).toBeGreaterThan(0);
  });

  it('breaks company when another sentence stands between', () => {
    const specs: BlockSpec[] = [['body', 'North Korea held a parade. The weather was mild. Russia raised rates.']];
    expect(judge(specs).score).toBe(0);
  });

  it('ignores context that is far from the topic', () => {
    const filler = 'The weather stayed mild for most of the week across the region. '.repeat(6);
    const far = judge([['body', `North Korea held a parade. ${filler}Russia raised rates.`]]);
    expect(far.score).toBe(0);
  });

  it('weighs a title more than body text', () => {
    const inTitle = judge([
      ['title', 'North Korean troops'],
      ['body', 'Nothing else here that matters to anyone.'],
    ]);
    const inBody = judge([
      ['title', 'Nothing here'],
      ['body', 'North Korean troops and nothing else that matters.'],
    ]);
    expect(inTitle.score).toBeGreaterThan(inBody.score);
  });

  it('never lowers the score when a signal mention is added', () => {
    const base: BlockSpec[] = [['body', 'Kim Jong Un met Putin in Pyongyang to discuss the war in Ukraine.']];
    const more: BlockSpec[] = [...base, ['body', 'North Korean soldiers were later seen near Kursk.']];
    expect(judge(more).score).toBeGreaterThanOrEqual(judge(base).score);
  });

  it('accepts mentions in any order', () => {
    const page = pageText(ABOUT_PAGES.en);
    const mentions = findMentions(matcher, page);
    expect(judgePage(warMiniPack, [...mentions].reverse(), page)).toEqual(judgePage(warMiniPack, mentions, page));
  });

  it('reads a plain string as body blocks, one per line', () => {
    const text = pageText(ABOUT_PAGES.en).text;
    expect(judgePage(warMiniPack, findMentions(matcher, text), text).verdict).toBe('about');
  });

  it('explains its verdict in plain words', () => {
    const { reasons } = judge(ABOUT_PAGES.en);
    expect(reasons).toContain('the title names the topic');
    expect(reasons.some((reason) => reason.startsWith('topic-specific: North Korean troops ×'))).toBe(true);
  });

  it('counts mentions of entities the pack does not know as nothing', () => {
    const stray: Mention = { entityId: 'unknown', alias: 'x', start: 0, end: 1, sentence: { start: 0, end: 1 } };
    expect(judgePage(warMiniPack, [stray], 'x').score).toBe(0);
  });

  it('returns "none" with no mentions', () => {
    expect(judgePage(warMiniPack, [], { text: '', blocks: [] })).toMatchObject({ verdict: 'none', score: 0 });
  });
});

describe('weighPartSteps', () => {
  const pages = [...Object.values(ABOUT_PAGES), KPOP_PAGE, MISSILE_TEST_PAGE, OIL_PAGE, WAR_ROUNDUP_PAGE];
  const specs = Array.from({ length: 400 }, (_, i) => pages[i % pages.length]!).flat();
  const page = pageText(specs);
  const mentions = findMentions(matcher, page);

  it('weighs a long page in several steps to the standings of weighing it at once', () => {
    const steps = weighPartSteps(warMiniPack, mentions, page);
    let yields = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) yields++;
    const entities = new Map(warMiniPack.entities.map((entity) => [entity.id, entity]));
    expect(mentions.length).toBeGreaterThan(4096);
    expect(yields).toBeGreaterThan(1);
    expect(step.value.weighed.map(({ weight }) => weight.standing)).toEqual(
      countMentions(page.text, mentions, entities),
    );
    expect(step.value).toEqual(weighPart(warMiniPack, mentions, page));
  });
});
