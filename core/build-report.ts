/** Turns what the engine found on a page into the `PageReport` the panel, popup and badge show. */
import type { FigureComparison } from './figures/compare-figure';
import type { PageFigure } from './figures/find-figures';
import type { TopicPack } from './pack/types';
import type { PageJudgement } from './relevance/judge-page';
import type { CorpusFigure, EntityCount, PageReport, QuantityReport } from './report';

/** Ranked claims whose quantities the panel shows even when the page states no figure: the panel's first screen. */
export const QUANTITY_CLAIM_DEPTH = 12;

/** What the engine found, ready to be reported. */
export interface ReportInput {
  judgement: PageJudgement;
  /** Painted mentions by entity. */
  counts: ReadonlyMap<string, number>;
  /** The page's own figures, each with its comparison against the corpus. */
  figures: ReadonlyArray<{ figure: PageFigure; comparison: FigureComparison }>;
  /** Claim ids ranked for this page, most related first. */
  claimIds: readonly string[];
}

/** Entity counts, most mentioned first, ties by id. */
function sortedCounts(counts: ReadonlyMap<string, number>): EntityCount[] {
  return [...counts]
    .map(([entityId, count]) => ({ entityId, count }))
    .sort((a, b) => b.count - a.count || a.entityId.localeCompare(b.entityId));
}

/** Every corpus figure of each quantity, in claim order. */
function corpusFigures(pack: TopicPack): Map<string, CorpusFigure[]> {
  const byQuantity = new Map<string, CorpusFigure[]>();
  for (const claim of pack.claims) {
    for (const figure of claim.figures) {
      const list = byQuantity.get(figure.quantity) ?? [];
      list.push({ claimId: claim.id, text: figure.text, min: figure.min, max: figure.max });
      byQuantity.set(figure.quantity, list);
    }
  }
  return byQuantity;
}

/** Quantities the page states figures for, then those of its top-ranked claims. */
function touchedQuantities(pack: TopicPack, input: ReportInput): string[] {
  const order: string[] = input.figures.map(({ figure }) => figure.quantityId);
  const claims = new Map(pack.claims.map((claim) => [claim.id, claim]));
  for (const id of input.claimIds.slice(0, QUANTITY_CLAIM_DEPTH)) {
    for (const figure of claims.get(id)?.figures ?? []) order.push(figure.quantity);
  }
  return [...new Set(order)];
}

/** Builds the page report. A page judged 'none' reports its mentions but no claims or figures. */
export function buildReport(pack: TopicPack, input: ReportInput): PageReport {
  const { judgement, counts } = input;
  const isRelevant = judgement.verdict !== 'none';
  const figures = corpusFigures(pack);
  const quantities: QuantityReport[] = isRelevant
    ? touchedQuantities(pack, input).map((quantityId) => ({
        quantityId,
        corpus: figures.get(quantityId) ?? [],
        page: input.figures
          .filter(({ figure }) => figure.quantityId === quantityId)
          .map(({ figure, comparison }) => ({
            quantityId,
            text: figure.text,
            value: figure.value,
            relation: comparison.relation,
          })),
      }))
    : [];
  return {
    verdict: judgement.verdict,
    score: judgement.score,
    mentionCount: [...counts.values()].reduce((sum, count) => sum + count, 0),
    entities: sortedCounts(counts),
    quantities: quantities.filter((quantity) => quantity.corpus.length > 0),
    claimIds: isRelevant ? [...input.claimIds] : [],
  };
}
