/** Where a claim comes from: the source's title (linked when it has a web address), outlet, author, date. */
import type { Claim, Source } from '../../core/pack/types';
import SourceLine from '../SourceLine';
import { formatDate } from '../format';

export interface ClaimSourceProps {
  claim: Claim;
  source: Source | undefined;
  /** The source's web address, already checked with `isWebUrl`; no link without one. */
  url: string | undefined;
}

/** Renders "Source", the title, then outlet · author · date (only the date when the rest is unknown or said). */
export default function ClaimSource({ claim, source, url }: ClaimSourceProps) {
  const hideAuthor = source?.author === claim.attribution.who;
  const hasMore = Boolean(source?.outlet) || Boolean(source?.author && !hideAuthor);
  return (
    <div class="nc-popup-detail__source">
      <span class="nc-popup-detail__label">Source</span>
      {url ? (
        <a class="nc-link nc-popup-detail__title" href={url} target="_blank" rel="noopener noreferrer">
          {source?.title}
        </a>
      ) : (
        <cite class="nc-popup-detail__title">{source?.title ?? 'Unknown source'}</cite>
      )}
      {hasMore ? (
        <SourceLine source={source} date={claim.date} hideAuthor={hideAuthor} />
      ) : (
        <time class="nc-source" dateTime={claim.date}>
          {formatDate(claim.date)}
        </time>
      )}
    </div>
  );
}
