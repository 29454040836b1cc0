// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '@/core/match';
import { createPageScan, type PageScan } from '@/platform/page-scan';
import { miniPack } from '../core/fixtures/mini-pack';

const matcher = compileMatcher(miniPack);

function drain(scan: PageScan, root: Node): void {
  const steps = scan.scan(root);
  while (!steps.next().done);
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
  scan = createPageScan(document, matcher, () => scanned++);
});

describe('createPageScan', () => {
  it('finds the mentions of the whole page, each with the DOM range of its words', () => {
    drain(scan, document.body);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', 'North Korean soldiers']);
    expect(scanned).toBe(1);
  });

  it('judges title mentions in the snapshot but gives them no range', () => {
    drain(scan, document.body);
    const { page, mentions } = scan.snapshot();
    expect(page.blocks[0]?.kind).toBe('title');
    expect(mentions.map((m) => page.text.slice(m.start, m.end))).toEqual([
      'North Korean troops',
      'Kursk',
      'North Korean troops',
      'North Korean soldiers',
    ]);
    expect(mentions.slice(0, 2).map((m) => m.ranges)).toEqual([[], []]);
  });

  it('replaces the mentions under a rescanned root and keeps the others', () => {
    drain(scan, document.body);
    const second = document.body.children[1]!;
    second.textContent = 'Now 북한군 and North Korean troops were seen.';
    drain(scan, second);
    expect(mentionTexts(scan)).toEqual(['North Korean troops', '북한군', 'North Korean troops']);
  });

  it('drops the mentions of text removed from the page', () => {
    drain(scan, document.body);
    document.body.children[0]!.remove();
    expect(mentionTexts(scan)).toEqual(['North Korean soldiers']);
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
    expect(scan.snapshot().mentions).toEqual([]);
  });
});
