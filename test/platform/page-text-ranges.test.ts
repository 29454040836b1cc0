// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageText } from '../../platform/page-text';
import { occurrences, rangesText, setBody } from './dom-fixtures';

describe('collectPageText', () => {
  describe('toRanges', () => {
    it('maps every offset pair to Ranges whose text equals the slice', () => {
      const page = collectPageText(setBody('<p>Ab <b>c<i>d</i></b>e</p><h3>F<a href="#">g</a></h3>'));
      for (let start = 0; start < page.text.length; start++) {
        for (let end = start + 1; end <= page.text.length; end++) {
          const expected = page.text.slice(start, end).replaceAll('\n', '');
          expect(rangesText(page.toRanges(start, end))).toBe(expected);
        }
      }
    });

    it('returns one Range spanning several text nodes for an inline match', () => {
      const page = collectPageText(setBody('<p>the North <b>Kor<i>ea</i></b>n army</p>'));
      const [[start, end]] = occurrences(page.text, 'North Korea') as [[number, number]];
      const ranges = page.toRanges(start, end);
      expect([ranges.length, rangesText(ranges)]).toEqual([1, 'North Korea']);
    });

    it('returns one Range per block for a span crossing a block boundary', () => {
      const page = collectPageText(setBody('<p>North</p><p>Korea</p>'));
      expect(page.toRanges(0, page.text.length).map((r) => r.toString())).toEqual(['North', 'Korea']);
    });

    it('splits a span at a shadow-root boundary', () => {
      const body = setBody('<p>North <x-n></x-n></p>');
      (body.querySelector('x-n') as Element).attachShadow({ mode: 'open' }).append('Korea');
      const page = collectPageText(body);
      expect(page.toRanges(0, page.text.length).map((r) => r.toString())).toEqual(['North ', 'Korea']);
    });

    it('maps offsets of a line terminator inside a text node', () => {
      const page = collectPageText(setBody('<p>North\nKorea</p>'));
      expect(page.toRanges(0, 11)[0]?.toString()).toBe('North\nKorea');
    });

    it('returns no Range for an empty or inverted span', () => {
      const page = collectPageText(setBody('<p>text</p>'));
      expect([page.toRanges(2, 2), page.toRanges(3, 1)]).toEqual([[], []]);
    });

    it('returns no Range once the page has shortened the text node', () => {
      const body = setBody('<p>North Korea</p>');
      const page = collectPageText(body);
      ((body.firstChild as Element).firstChild as Text).data = 'N';
      expect(page.toRanges(6, 11)).toEqual([]);
    });
  });
});
