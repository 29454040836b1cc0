/** The readable text of a page, as the matcher sees it (built by `platform/page-text.ts`, or by tests). */

/** A run of `PageText.text` that came from one block of the page. */
export interface TextBlock {
  start: number;
  /** Exclusive. */
  end: number;
  /** Titles and headings weigh more when judging what a page is about. */
  kind: 'title' | 'heading' | 'body';
}

/**
 * `text` joins the page's text nodes in document order. Text nodes inside one block are joined
 * directly (so `North <b>Korea</b>` reads "North Korea"); blocks are separated by a single "\n",
 * which no match and no sentence may cross.
 */
export interface PageText {
  text: string;
  blocks: TextBlock[];
}
