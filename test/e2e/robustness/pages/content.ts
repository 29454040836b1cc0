/** Pages whose content is unusual: editors and form fields, SVG text, right-to-left scripts, a top-most overlay. */
import { createRandom, topicParagraphsHtml } from './prose';
import { renderPage } from './shell';

/** A rich-text editor, a plain-text editor, an input and a textarea, all holding topic words; the editor has focus. */
export function editorsPage(seed = 9): string {
  const rand = createRandom(seed);
  const script = `
    var editor = document.getElementById('editor');
    editor.focus();
    var caret = document.createRange();
    caret.setStart(editor.querySelector('b').firstChild, 5);
    caret.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(caret);`;
  const checks = `
    var sel = getSelection();
    return {
      focus: document.activeElement === document.getElementById('editor'),
      caret: sel.rangeCount === 1 && sel.anchorNode === document.querySelector('#editor b').firstChild && sel.anchorOffset === 5,
      noMarks: document.querySelectorAll('#editor mark, #plain-editor mark').length === 0,
    };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 6)}
      <div id="editor" contenteditable="true"><p>Draft: <b>North Korean troops</b> reached Kursk, and
        <i>Kim Jong Un</i> expects help from Russia.</p></div>
      <div id="plain-editor" contenteditable="plaintext-only">North Korean soldiers near Kursk</div>
      <form><input id="title-field" value="North Korean troops in Kursk">
      <textarea id="notes">Kim Jong Un sent North Korean troops to Russia.</textarea></form></article>`,
    script,
    checks,
  });
}

/** An inline SVG chart whose `<text>` labels name the topic, beside the article. */
export function svgTextPage(seed = 10): string {
  const rand = createRandom(seed);
  const checks = `
    var label = document.getElementById('svg-label');
    return { label: label.textContent === 'North Korean troops in Kursk', box: label.getBBox().width > 0 };`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 6)}
      <svg id="chart" width="500" height="120" viewBox="0 0 500 120">
        <rect x="10" y="10" width="200" height="40" fill="#ccd"></rect>
        <text id="svg-label" x="20" y="35">North Korean troops in Kursk</text>
        <text x="20" y="90"><tspan>Kim Jong Un</tspan> <tspan>and Pyongyang</tspan></text>
      </svg></article>`,
    checks,
  });
}

/** Arabic and Hebrew paragraphs (right to left) with English names inside, and Korean/Russian text. */
export function rightToLeftPage(seed = 11): string {
  const rand = createRandom(seed);
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 4)}
      <section id="arabic" dir="rtl" lang="ar"><p>أرسلت كوريا الشمالية آلاف الجنود إلى روسيا. وقال مسؤولون إن
        North Korean troops وصلوا إلى Kursk، وإن Kim Jong Un ينتظر مساعدة عسكرية.</p></section>
      <section id="hebrew" dir="rtl" lang="he"><p>לפי הדיווחים, North Korean soldiers נלחמים באזור Kursk.
        ‏Pyongyang הכחישה את הדיווח.</p></section>
      <section id="mixed"><p>한국어: 김정은 위원장이 북한군 파병을 결정했다. Русский: Ким Чен Ын отправил
        северокорейские войска в Курск. <bdi>كوريا الشمالية</bdi> — North Korea.</p></section></article>`,
    checks: `return { rtl: getComputedStyle(document.getElementById('arabic')).direction === 'rtl' };`,
  });
}

/** The largest z-index there is. */
export const MAX_Z_INDEX = 2147483647;

/** An article under a full-viewport "subscribe" overlay at the largest z-index, with its own close button. */
export function overlayPage(seed = 12): string {
  const rand = createRandom(seed);
  const script = `
    window.__overlayClosed = false;
    document.getElementById('overlay-close').addEventListener('click', function () {
      document.getElementById('overlay').style.display = 'none';
      window.__overlayClosed = true;
    });`;
  return renderPage({
    body: `<article id="story"><h1>North Korean troops in Russia</h1>${topicParagraphsHtml(rand, 8)}</article>
      <div id="overlay" style="position: fixed; inset: 0; z-index: ${MAX_Z_INDEX}; background: rgba(0, 0, 0, 0.4)">
        <div style="margin: 200px 0 0 100px; width: 320px; padding: 24px; background: white">Subscribe to keep
        reading. <button id="overlay-close">Close</button></div></div>`,
    script,
  });
}
