import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePage, analysePartSteps, combineParts } from '@/core/analyse-page';
import { buildReport } from '@/core/build-report';
import { compileMatcher, findMentions } from '@/core/match';
import { validatePack } from '@/core/pack/validate-pack';
import type { PageText } from '@/core/page-text';
import { buildClaimIndex } from '@/core/rank';
import { judgePage } from '@/core/relevance/judge-page';
import { runSteps } from '@/core/steps';
import packJson from '@/data/topic-pack.json';
import { readPlainText } from '../../scripts/scan';

describe('analysePage', () => {
  const { pack } = validatePack(packJson, 'data/topic-pack.json');
  const page = readPlainText(
    readFileSync(new URL('../../data/sources/doran-nk-troops-putin-weakness.txt', import.meta.url), 'utf8'),
  );
  const shifted = page.blocks.map((block) => ({ ...block, start: block.start + 20, end: block.end + 20 }));
  const titled: PageText = {
    text: `North Korean troops\n${page.text}`,
    blocks: [{ start: 0, end: 19, kind: 'title' as const }, ...shifted],
  };

  it('judges with title mentions but reports only those painted outside the title', () => {
    const matcher = compileMatcher(pack!);
    const analysis = analysePage(pack!, matcher, buildClaimIndex(pack!), titled);
    const all = findMentions(matcher, titled);
    expect(analysis.mentions).toHaveLength(all.length);
    expect(analysis.report.mentionCount).toBe(all.length - 1);
    expect(analysis.judgement).toEqual(judgePage(pack!, all, titled));
  });

  it('builds the same report as judging, comparing and ranking by hand', () => {
    const matcher = compileMatcher(pack!);
    const analysis = analysePage(pack!, matcher, buildClaimIndex(pack!), page);
    const { judgement, figures, ranked } = analysis;
    const claimIds = ranked.map(({ claim }) => claim.id);
    const counts = new Map<string, number>();
    for (const { entityId } of findMentions(matcher, page)) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
    expect(analysis.report).toEqual(buildReport(pack!, { judgement, counts, figures, claimIds }));
    expect(judgement.verdict).toBe('about');
    expect(figures.length).toBeGreaterThan(0);
  });

  it('analyses a part in steps, yielding between pieces, to the same analysis', () => {
    const matcher = compileMatcher(pack!);
    const claimIndex = buildClaimIndex(pack!);
    const long: PageText = { text: Array(40).fill(page.text).join('\n'), blocks: [] };
    const steps = analysePartSteps(pack!, long, findMentions(matcher, long));
    let yields = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(10);
    const { report, judgement, figures, ranked } = analysePage(pack!, matcher, claimIndex, long);
    expect(combineParts(pack!, claimIndex, [step.value])).toEqual({ report, judgement, figures, ranked });
  });

  it('sums parts: two copies of a page score twice one copy', () => {
    const matcher = compileMatcher(pack!);
    const claimIndex = buildClaimIndex(pack!);
    const one = analysePage(pack!, matcher, claimIndex, page);
    const part = runSteps(analysePartSteps(pack!, page, findMentions(matcher, page)));
    const two = combineParts(pack!, claimIndex, [part, part]);
    expect(two.judgement.score).toBe(2 * one.judgement.score);
    expect(two.report.mentionCount).toBe(2 * one.report.mentionCount);
    expect(two.figures).toHaveLength(2 * one.figures.length);
  });

  it('summarises each part once, and a filtered copy of a part on its own', () => {
    const matcher = compileMatcher(pack!);
    const claimIndex = buildClaimIndex(pack!);
    const part = runSteps(analysePartSteps(pack!, page, findMentions(matcher, page)));
    const whole = combineParts(pack!, claimIndex, [part]);
    const fewer = combineParts(pack!, claimIndex, [{ ...part, weighed: part.weighed.slice(0, 10) }]);
    expect(fewer.report.mentionCount).toBe(10);
    expect(combineParts(pack!, claimIndex, [part])).toEqual(whole);
    expect(whole.report.mentionCount).toBe(part.weighed.length);
  });
});
