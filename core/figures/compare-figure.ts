/** Puts a page's figure next to the corpus's figures for the same quantity. */
import type { TopicPack } from '../pack/types';
import type { CorpusFigure } from '../report';
import type { PageFigure } from './find-figures';

/** Where a page's figure sits against the corpus: "this page says 11,000; the sources say 10,000 to 12,000". */
export interface FigureComparison {
  /** Smallest corpus value (open-ended figures count by their lower bound). */
  corpusMin: number;
  /** Largest corpus value (an open-ended figure counts by its lower bound). */
  corpusMax: number;
  relation: 'within' | 'below' | 'above';
  /** The corpus figures for this quantity, in claim order. */
  figures: CorpusFigure[];
}

/**
 * Compares a page figure with the corpus figures of its quantity, or `null` when the corpus has
 * none. An open-ended page figure ("thousands") is "within" unless even its lower bound is above
 * the corpus's largest value.
 */
export function compareFigure(figure: PageFigure, pack: TopicPack): FigureComparison | null {
  const figures: CorpusFigure[] = pack.claims.flatMap((claim) =>
    claim.figures
      .filter((corpus) => corpus.quantity === figure.quantityId)
      .map((corpus) => ({ claimId: claim.id, text: corpus.text, min: corpus.min, max: corpus.max })),
  );
  if (figures.length === 0) return null;
  const corpusMin = Math.min(...figures.map((corpus) => corpus.min));
  const corpusMax = Math.max(...figures.map((corpus) => corpus.max ?? corpus.min));
  let relation: FigureComparison['relation'] = 'within';
  if (figure.value > corpusMax) relation = 'above';
  else if (figure.value < corpusMin && figure.openEnded !== true) relation = 'below';
  return { corpusMin, corpusMax, relation, figures };
}
