// @vitest-environment happy-dom
/**
 * The real pack on the saved real news pages (test/fixtures/pages): the verdict a careful reader gave
 * each page in expected.json, and every entity word they expect marked. Text comes from the DOM
 * exactly as the content script collects it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, type Mention } from '@/core/match/find-mentions';
import { validatePack } from '@/core/pack/validate-pack';
import type { Verdict } from '@/core/report';
import { judgePage } from '@/core/relevance/judge-page';
import packJson from '@/data/topic-pack.json';
import { collectDocumentText } from '@/platform/page-text';

/** One row of expected.json (see test/fixtures/pages/README.md). */
interface ExpectedPage {
  file: string;
  verdict: Verdict;
  why: string;
  mustMention: string[];
}

/** A path, not a URL: under happy-dom, `URL` is the DOM's, which `readFileSync` does not accept. */
const PAGES = fileURLToPath(import.meta.resolve('../../fixtures/pages/'));
const expected = JSON.parse(readFileSync(join(PAGES, 'expected.json'), 'utf8')) as ExpectedPage[];
const { pack } = validatePack(packJson, 'data/topic-pack.json');
if (pack === null) throw new Error('data/topic-pack.json is invalid');
const matcher = compileMatcher(pack);

/** The page's text and mentions, collected from its parsed HTML like the content script does. */
function scanPage(file: string): { text: string; mentions: Mention[]; verdict: Verdict } {
  const html = readFileSync(join(PAGES, file), 'utf8');
  const page = collectDocumentText(new DOMParser().parseFromString(html, 'text/html'));
  const mentions = findMentions(matcher, page);
  return { text: page.text, mentions, verdict: judgePage(pack!, mentions, page).verdict };
}

/** Words of `words` with no occurrence in `text` that a mention overlaps (so nothing of them is marked). */
function unmarked(text: string, mentions: readonly Mention[], words: readonly string[]): string[] {
  return words.filter((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (mentions.some((mention) => mention.start < end && mention.end > at)) return false;
    }
    return true;
  });
}

describe('judgePage', () => {
  it('has a saved page for every expected verdict', () => {
    expect(expected.length).toBe(36);
  });

  it.each(expected.map((page) => [page.file, page] as const))('judges %s as a careful reader did', (_file, page) => {
    const { text, mentions, verdict } = scanPage(page.file);
    expect({ verdict, why: page.why }).toEqual({ verdict: page.verdict, why: page.why });
    expect(page.mustMention.filter((word) => !text.includes(word))).toEqual([]);
    expect(unmarked(text, mentions, page.mustMention)).toEqual([]);
  });
});
