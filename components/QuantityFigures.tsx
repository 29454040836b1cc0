/** One quantity: every source's figure side by side, and the page's own figure set against them. */
import type { Quantity } from '../core/pack/types';
import type { QuantityReport } from '../core/report';
import FigureRow from './FigureRow';
import { describeRelation } from './format';
import type { PackIndex } from './pack-index';

export interface QuantityFiguresProps {
  report: QuantityReport;
  index: PackIndex;
}

/** Renders the quantity's label, one FigureRow per source figure and a sentence per page figure. */
export default function QuantityFigures({ report, index }: QuantityFiguresProps) {
  const quantity: Quantity | undefined = index.quantities.get(report.quantityId);
  const label = quantity?.label ?? report.quantityId;
  const isDisputed = new Set(report.corpus.map((f) => `${f.min}-${f.max}`)).size > 1;
  return (
    <div class="nc-quantity" data-quantity-id={report.quantityId}>
      <div class="nc-quantity__head">
        <p class="nc-quantity__label">{label}</p>
        {isDisputed && <span class="nc-quantity__note">Sources differ</span>}
      </div>
      <ul class="nc-quantity__figures" aria-label={`Figures for ${label}`}>
        {report.corpus.map((figure) => {
          const claim = index.claims.get(figure.claimId);
          const source = claim ? index.sources.get(claim.source) : undefined;
          return <FigureRow key={figure.claimId} figure={figure} claim={claim} source={source} />;
        })}
      </ul>
      {report.page.map((page, i) => (
        <p class={`nc-quantity__page nc-quantity__page--${page.relation}`} key={i}>
          {describeRelation(page, report.corpus)}
        </p>
      ))}
    </div>
  );
}
