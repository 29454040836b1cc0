/** The side panel: the page verdict, its mentions, figures and claims, a search box, and a resize handle. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Claim } from '../core/pack/types';
import type { PageReport } from '../core/report';
import ClaimItem from './ClaimItem';
import ClaimSearch from './ClaimSearch';
import MentionList from './MentionList';
import QuantityFigures from './QuantityFigures';
import ResizeHandle from './ResizeHandle';
import { describeVerdict, formatDate, formatMentions } from './format';
import { claimsFor, type PackIndex } from './pack-index';

export interface SidePanelProps {
  report: PageReport;
  index: PackIndex;
  /** Panel width in px (ignored on narrow screens, where the panel is a full-width bottom sheet). */
  width: number;
  query: string;
  results: Claim[];
  onQuery: (query: string) => void;
  onClose: () => void;
  onMentionClick: (entityId: string) => void;
  onOpenSettings: () => void;
  onResize: (width: number) => void;
}

/** Renders the panel as a labelled complementary region; search results replace the sections while a query is set. */
export default function SidePanel(props: SidePanelProps) {
  const { report, index, width, onClose } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <aside
      class="nc-panel"
      role="complementary"
      aria-label="News Context"
      tabIndex={-1}
      style={{ '--nc-panel-width': `${width}px` }}
      data-verdict={report.verdict}
      onKeyDown={onKeyDown}
    >
      <ResizeHandle width={width} onResize={props.onResize} />
      <div class="nc-panel__header">
        <h2 class="nc-panel__title">News Context</h2>
        <button type="button" class="nc-icon-button" aria-label="Close panel" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="nc-panel__body">
        <p class={`nc-verdict nc-verdict--${report.verdict}`}>
          <span class="nc-verdict__text">{describeVerdict(report.verdict)}</span>
          {report.mentionCount > 0 && <span class="nc-verdict__count">{formatMentions(report.mentionCount)}</span>}
        </p>
        <ClaimSearch query={props.query} results={props.results} index={index} onQuery={props.onQuery} />
        {report.verdict !== 'none' && props.query.trim() === '' && <ReportSections {...props} />}
      </div>
      <div class="nc-panel__footer">
        <button type="button" class="nc-link-button" onClick={props.onOpenSettings}>
          Settings for this site
        </button>
        <span class="nc-panel__version">Sources updated {formatDate(index.topic.updated)}</span>
      </div>
    </aside>
  );
}

function ReportSections({ report, index, onMentionClick }: SidePanelProps) {
  const claims = claimsFor(index, report.claimIds);
  return (
    <>
      <Section title="On this page">
        <MentionList entities={report.entities} index={index} onMentionClick={onMentionClick} />
      </Section>
      {report.quantities.length > 0 && (
        <Section title="Figures">
          {report.quantities.map((quantity) => (
            <QuantityFigures key={quantity.quantityId} report={quantity} index={index} />
          ))}
        </Section>
      )}
      <Section title="Claims">
        {claims.length === 0 && <p class="nc-empty">No related claims.</p>}
        {claims.length > 0 && (
          <ol class="nc-list nc-claims">
            {claims.map((claim) => (
              <li key={claim.id}>
                <ClaimItem claim={claim} source={index.sources.get(claim.source)} />
              </li>
            ))}
          </ol>
        )}
      </Section>
    </>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const headingId = useId();
  return (
    <section class="nc-section" aria-labelledby={headingId}>
      <h3 class="nc-section__title" id={headingId}>
        {title}
      </h3>
      {children}
    </section>
  );
}
