/**
 * What the content script learned about a page, in the shape the UI (panel, popup, badge) shows.
 * Built by `core/build-report.ts` from mentions, figures and ranked claims; plain data, so it can
 * cross extension messaging unchanged.
 */

export type Verdict = 'about' | 'passing' | 'none';

/** One entity the page mentions, with how often. */
export interface EntityCount {
  entityId: string;
  count: number;
}

/** One corpus figure for a quantity, for side-by-side display. */
export interface CorpusFigure {
  claimId: string;
  /** Verbatim words of the claim's quote ("roughly 12,000"). */
  text: string;
  min: number;
  max: number | null;
}

/** A figure the page itself states, compared with the corpus. */
export interface PageFigureComparison {
  quantityId: string;
  /** The page's own words ("11,000 troops"). */
  text: string;
  value: number;
  /** Where the page's value sits against the range of the corpus's figures. */
  relation: 'within' | 'below' | 'above';
}

/** A quantity the page touches: the corpus's figures side by side, plus the page's own if it states one. */
export interface QuantityReport {
  quantityId: string;
  corpus: CorpusFigure[];
  page: PageFigureComparison[];
}

export interface PageReport {
  verdict: Verdict;
  /** Relevance score from `judgePage`, for debugging and the scan CLI. */
  score: number;
  mentionCount: number;
  /** Entities by count, most first. */
  entities: EntityCount[];
  quantities: QuantityReport[];
  /** Claim ids ranked for this page, most related first. */
  claimIds: string[];
}

/** The report of a page with nothing found. */
export const EMPTY_REPORT: PageReport = {
  verdict: 'none',
  score: 0,
  mentionCount: 0,
  entities: [],
  quantities: [],
  claimIds: [],
};
