// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectDocumentText, collectPageText, collectPageTextSteps, isCollectable } from '../../platform/page-text';
import { UI_HOST_TAG } from '../../platform/ui-host';
import { setBody } from './dom-fixtures';

function blockTexts(html: string): string[] {
  const page = collectPageText(setBody(html));
  return page.blocks.map((b) => page.text.slice(b.start, b.end));
}

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('collectPageText', () => {
  it('joins text nodes inside one block directly', () => {
    expect(collectPageText(setBody('<p>North <b>Korea</b>n troops</p>')).text).toBe('North Korean troops');
  });

  it('separates blocks with a single newline', () => {
    expect(collectPageText(setBody('<p>Kursk</p><p>Pyongyang</p>')).text).toBe('Kursk\nPyongyang');
  });

  it('records block offsets that slice out each block', () => {
    expect(blockTexts('<div>A<p>B <i>b</i></p>C</div><li>D</li>')).toEqual(['A', 'B b', 'C', 'D']);
  });

  it('marks headings and their inline descendants as heading blocks', () => {
    const page = collectPageText(setBody('<h2>Troops <em>deployed</em></h2><p>Body</p>'));
    expect(page.blocks.map((b) => b.kind)).toEqual(['heading', 'body']);
  });

  it('starts a new block after a line break element', () => {
    expect(blockTexts('<p>North<br>Korea</p>')).toEqual(['North', 'Korea']);
  });

  it('reads line terminators inside a text node as spaces', () => {
    expect(collectPageText(setBody('<p>North\nKorea\r\nsent</p>')).text).toBe('North Korea  sent');
  });

  it('creates no block for whitespace between blocks', () => {
    expect(blockTexts('<div>\n  <p>A</p>\n  <p>B</p>\n</div>')).toEqual(['A', 'B']);
  });

  it.each(['script', 'style', 'noscript', 'template', 'button', 'select', 'code', 'svg'])(
    'skips text inside inline <%s>',
    (tag) => {
      const page = collectPageText(setBody(`<p>seen <${tag}>hidden</${tag}> text</p>`));
      expect(page.text).toBe('seen  text');
    },
  );

  it.each(['pre', 'textarea'])('skips text inside <%s> and ends the block there', (tag) => {
    expect(blockTexts(`<div>seen <${tag}>hidden</${tag}> text</div>`)).toEqual(['seen ', ' text']);
  });

  it('skips contenteditable regions', () => {
    const html = '<p>a</p><div contenteditable>b</div><div contenteditable="plaintext-only">c</div>';
    expect(collectPageText(setBody(html)).text).toBe('a');
  });

  it('reads regions marked contenteditable="false"', () => {
    expect(collectPageText(setBody('<div contenteditable="false">read</div>')).text).toBe('read');
  });

  it('skips elements with the hidden attribute or inline display:none', () => {
    const html = '<p>a</p><p hidden>b</p><span style="display: none">c</span><p style="visibility:hidden">d</p>';
    expect(collectPageText(setBody(html)).text).toBe('a');
  });

  it('skips block elements hidden by a stylesheet', () => {
    document.head.append(Object.assign(document.createElement('style'), { textContent: '.gone{display:none}' }));
    expect(collectPageText(setBody('<p>a</p><div class="gone">b</div>')).text).toBe('a');
  });

  it('keeps aria-hidden text, which sighted readers still see', () => {
    expect(collectPageText(setBody('<p aria-hidden="true">seen</p>')).text).toBe('seen');
  });

  it('skips the extension UI host', () => {
    const html = `<p>page</p><${UI_HOST_TAG}>our card</${UI_HOST_TAG}>`;
    expect(collectPageText(setBody(html)).text).toBe('page');
  });

  it('reads an open shadow root in place of its host', () => {
    const body = setBody('<p>North <x-name></x-name> troops</p>');
    const shadow = (body.querySelector('x-name') as Element).attachShadow({ mode: 'open' });
    shadow.append('Korean');
    expect(collectPageText(body).text).toBe('North Korean troops');
  });

  it('reads slotted light children where their slot is', () => {
    const body = setBody('<div id="host"><b>light</b></div>');
    const shadow = (body.querySelector('#host') as Element).attachShadow({ mode: 'open' });
    shadow.append('before ', document.createElement('slot'), ' after');
    expect(collectPageText(body).text).toBe('before light after');
  });

  it('collects a subtree on its own', () => {
    const body = setBody('<p>old</p><p id="new">new <b>text</b></p>');
    const page = collectPageText(body.querySelector('#new') as Element);
    expect([page.text, page.blocks]).toEqual(['new text', [{ start: 0, end: 8, kind: 'body' }]]);
  });

  it('collects a single text node', () => {
    const body = setBody('<p>only this</p>');
    expect(collectPageText((body.firstChild as Element).firstChild as Text).text).toBe('only this');
  });

  it('returns nothing for a root inside a skipped region', () => {
    const body = setBody('<div contenteditable><p id="typed">draft</p></div>');
    expect(collectPageText(body.querySelector('#typed') as Element).text).toBe('');
  });

  it('returns nothing for a document in design mode', () => {
    setBody('<p>text</p>');
    document.designMode = 'on';
    const text = collectPageText(document).text;
    document.designMode = 'off';
    expect(text).toBe('');
  });
});

describe('collectDocumentText', () => {
  it('puts the title first as a title block, then the body', () => {
    document.title = 'Troops in Kursk';
    setBody('<h1>Report</h1>');
    const page = collectDocumentText(document);
    expect([page.text, page.blocks.map((b) => b.kind)]).toEqual(['Troops in Kursk\nReport', ['title', 'heading']]);
  });

  it('maps no Range for the title block', () => {
    document.title = 'Title';
    setBody('<p>Body</p>');
    expect(collectDocumentText(document).toRanges(0, 5)).toEqual([]);
  });
});

describe('collectPageTextSteps', () => {
  it('pauses on large trees and returns the same result as collectPageText', () => {
    const body = setBody('<p>word <i>x</i></p>'.repeat(500));
    const steps = collectPageTextSteps(body);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect([pauses > 3, step.value.text]).toEqual([true, collectPageText(body).text]);
  });
});

describe('isCollectable', () => {
  it.each([
    ['<p><b id="t">x</b></p>', true],
    ['<div contenteditable><b id="t">x</b></div>', false],
    ['<pre><b id="t">x</b></pre>', false],
    [`<${UI_HOST_TAG}><b id="t">x</b></${UI_HOST_TAG}>`, false],
  ])('tells whether %s is readable', (html, expected) => {
    expect(isCollectable(setBody(html).querySelector('#t') as Element)).toBe(expected);
  });
});
