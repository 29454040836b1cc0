// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { analysePartSteps, combineParts } from '@/core/analyse-page';
import { compileMatcher } from '@/core/match';
import { buildClaimIndex } from '@/core/rank';
import { createPageScan, type PageScan } from '@/platform/page-scan';
import { miniPack } from '../core/fixtures/mini-pack';

const matcher = compileMatcher(miniPack);
const claimIndex = buildClaimIndex(miniPack);

function drain(scan: PageScan, root: Node): void {
  const steps = scan.scan(root);
  while (!steps.next().done);
}

/** Sets `el`'s text and tells the scan which nodes left the page, as the scan scheduler does. */
function setText(el: Element, text: string): void {
  const gone = [...el.childNodes];
  el.textContent = text;
  for (const node of gone) scan.forgetRemoved(node);
}

function mentionTexts(scan: PageScan): string[] {
  return scan.mentions().map((mention) => mention.ranges.map((range) => range.toString()).join(''));
}

let scanned = 0;
let scan: PageScan;

beforeEach(() => {
  document.title = 'North Korean troops in Kursk';
  document.body.replaceChildren();
  for (const text of ['North Korean troops crossed.', 'Then North Korean soldiers left.']) {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.append(p);
  }
  scanned = 0;
  scan = createPageScan(
    document,
    matcher,
    (page, found) => analysePartSteps(miniPack, page, found),
    () => scanned++,
  );
});

describe('createPageScan', () => {
  it('finds the mentions of the whole page, each with the DOM range of its words', () => {
    drain(scan, document.body);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', 'North Korean soldiers']);
    expect(scanned).toBe(1);
  });

  it('judges title mentions in its part but gives them no range', () => {
    drain(scan, document.body);
    const [part, ...rest] = scan.parts();
    expect(rest).toEqual([]);
    expect(part?.title).toEqual({ start: 0, end: document.title.length });
    const judged = part!.weighed.map(({ mention }) => mention);
    expect(judged.map((m) => m.alias)).toEqual([
      'North Korean troops',
      'Kursk',
      'North Korean troops',
      'North Korean soldiers',
    ]);
    expect(judged.slice(0, 2).map((m) => m.ranges)).toEqual([[], []]);
    expect(combineParts(miniPack, claimIndex, scan.parts()).report.mentionCount).toBe(2);
  });

  it('reads the figures of each part and drops those under a rescanned root', () => {
    const figures = (): string[] => scan.parts().flatMap((part) => part.figures.map(({ figure }) => figure.text));
    document.body.children[0]!.textContent = 'About 11,000 North Korean troops crossed.';
    drain(scan, document.body);
    expect(figures()).toEqual(['11,000 North Korean troops']);
    const first = document.body.children[0]!;
    setText(first, 'Some 12,000 North Korean troops crossed.');
    drain(scan, first);
    expect(figures()).toEqual(['12,000 North Korean troops']);
    first.remove();
    scan.forgetRemoved(first);
    expect(figures()).toEqual([]);
  });

  it('combines parts into the report a single scan of the same page gives', () => {
    drain(scan, document.body);
    const added = document.createElement('section');
    for (const text of ['The weather was mild that week.', 'North Korea sent 3 million shells to Russia.']) {
      const p = document.createElement('p');
      p.textContent = text;
      added.append(p);
    }
    document.body.append(added);
    drain(scan, added);
    const whole = createPageScan(
      document,
      matcher,
      (page, found) => analysePartSteps(miniPack, page, found),
      () => 0,
    );
    drain(whole, document.body);
    expect(scan.parts()).toHaveLength(2);
    expect(combineParts(miniPack, claimIndex, scan.parts()).report).toEqual(
      combineParts(miniPack, claimIndex, whole.parts()).report,
    );
  });

  it('replaces the mentions under a rescanned root and keeps the others', () => {
    drain(scan, document.body);
    const second = document.body.children[1]!;
    setText(second, 'Now 북한군 and North Korean troops were seen.');
    drain(scan, second);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', '북한군', 'North Korean troops']);
  });

  it('drops the mentions of text removed from the page', () => {
    drain(scan, document.body);
    document.body.children[0]!.remove();
    expect(mentionTexts(scan)).toEqual(['North Korean soldiers']);
  });

  it('drops the mentions of a removed subtree it is told of, once', () => {
    drain(scan, document.body);
    expect(mentionTexts(scan)).toHaveLength(2);
    const first = document.body.children[0]!;
    first.remove();
    expect(scan.forgetRemoved(first)).toBe(true);
    expect(mentionTexts(scan)).toEqual(['North Korean soldiers']);
    expect(combineParts(miniPack, claimIndex, scan.parts()).report.mentionCount).toBe(1);
    expect(scan.forgetRemoved(first)).toBe(false);
  });

  it('reads a segment once between rescans inside it, and afresh after one', () => {
    drain(scan, document.body);
    const section = document.createElement('section');
    section.innerHTML = '<p>North Korean troops</p><p>North Korean soldiers</p>';
    document.body.append(section);
    drain(scan, section);
    expect(mentionTexts(scan)).toHaveLength(4);
    const [before] = scan.parts();
    setText(section.children[1]!, 'Nothing here.');
    drain(scan, section.children[1]!);
    expect(scan.parts()[0]).toBe(before);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', 'North Korean soldiers', 'North Korean troops']);
  });

  it('adds the mentions of an appended paragraph once', () => {
    drain(scan, document.body);
    const added = document.createElement('p');
    added.textContent = 'More North Korean soldiers arrived.';
    document.body.append(added);
    drain(scan, added);
    drain(scan, added);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', 'North Korean soldiers', 'North Korean soldiers']);
  });

  it('forgets everything on reset', () => {
    drain(scan, document.body);
    scan.reset();
    expect(scan.mentions()).toEqual([]);
    expect(scan.parts()).toEqual([]);
  });
});
