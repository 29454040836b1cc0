import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceEndAt } from '@/core/match/sentences';

/** The sentence around the first occurrence of `needle` in `text`. */
function sentenceOf(text: string, needle: string): string {
  const start = text.indexOf(needle);
  const span = sentenceAround(text, start, start + needle.length);
  return text.slice(span.start, span.end);
}

describe('sentenceAround', () => {
  it.each([
    ['First one. Kim spoke here. Last one.', 'Kim', 'Kim spoke here.'],
    ['Is it? Kim spoke! Then', 'Kim', 'Kim spoke!'],
    ['They came from the U.S. Kim spoke.', 'Kim', 'They came from the U.S. Kim spoke.'],
    ['Growth was 10.5 per cent as Kim spoke. Next.', 'Kim', 'Growth was 10.5 per cent as Kim spoke.'],
    ['Gen. Kim spoke. Next.', 'Kim', 'Gen. Kim spoke.'],
    ['About 3 Mio. Granaten kamen an. Danach.', 'Granaten', 'About 3 Mio. Granaten kamen an.'],
    ['Около 11 тыс. военных КНДР. Далее.', 'КНДР', 'Около 11 тыс. военных КНДР.'],
    ['He said approx. twelve thousand. Next.', 'twelve', 'He said approx. twelve thousand.'],
    ['He said: "Go now." Kim left.', 'Kim', 'Kim left.'],
    ['Wait... Kim left.', 'Kim', 'Kim left.'],
    ['북한군이 파병됐다. 김정은은 말했다.', '김정은', '김정은은 말했다.'],
    ['朝鮮。金正恩が話した', '金正恩', '金正恩が話した'],
    ['See example.com for Kim. Next.', 'Kim', 'See example.com for Kim.'],
    ['No mark at all before Kim', 'Kim', 'No mark at all before Kim'],
  ])('in %j finds the sentence of %j', (text, needle, expected) => {
    expect(sentenceOf(text, needle)).toBe(expected);
  });

  it('stops at a block break on both sides', () => {
    expect(sentenceOf('Title words\nKim spoke and\nnext block', 'Kim')).toBe('Kim spoke and');
  });

  it('skips the spaces that start a block', () => {
    expect(sentenceOf('\n   Kim spoke.', 'Kim')).toBe('Kim spoke.');
  });

  it('always contains the span it was given and never a block break', () => {
    const text = 'A. B? C! D… E。F\nG. H';
    for (let start = 0; start < text.length; start++) {
      if (text[start] === '\n') continue;
      const span = sentenceAround(text, start, start + 1);
      expect(span.start).toBeLessThanOrEqual(start);
      expect(span.end).toBeGreaterThanOrEqual(start + 1);
      expect(text.slice(span.start, span.end)).not.toContain('\n');
    }
  });
});

describe('sentenceEndAt', () => {
  it.each([
    ['Kim. Then', 3, 4],
    ['Kim.” Then', 3, 5],
    ['Kim.Then', 3, -1],
    ['10.5', 2, -1],
    ['J. Smith', 1, -1],
    ['e.g. this', 3, -1],
    ['Kim', 1, -1],
    ['끝。다음', 1, 2],
  ])('in %j at %i returns %i', (text, at, expected) => {
    expect(sentenceEndAt(text, at)).toBe(expected);
  });
});
