/** "On this page": what News Context found in the active tab, always visible at the top of the popup. */
import { useId } from 'preact/hooks';
import type { PageReport } from '../../core/report';
import type { ResolvedSettings } from '../../core/settings/types';
import { formatMentions } from '../format';
import type { PackIndex } from '../pack-index';

/** What the popup knows about the active tab. */
export type PageState =
  | { kind: 'loading' }
  /** No content script answers: browser pages, the Web Store, PDFs, or a page still loading. */
  | { kind: 'unavailable' }
  | { kind: 'ready'; report: PageReport; settings: ResolvedSettings; hostname: string };

export interface PageSummaryProps {
  page: PageState;
  /** `null` while the pack loads: the detail line then names no entity. */
  index: PackIndex | null;
  onOpenPanel: () => void;
  onResume: () => void;
  onTurnOnSite: () => void;
}

/** Most-mentioned entities named in the summary. */
const TOP_ENTITIES = 3;

/** Short verdicts: the card is narrow, and the header already names the topic. */
const VERDICT_TITLES: Record<PageReport['verdict'], string> = {
  about: 'About the topic',
  passing: 'Mentions the topic in passing',
  none: 'Nothing on the topic',
};

/** The summary's headline and detail line for a page the content script answered for. */
function describeReady(page: Extract<PageState, { kind: 'ready' }>, index: PackIndex | null): [string, string] {
  const { report, settings, hostname } = page;
  if (settings.state === 'paused') return ['Paused', 'No hints on any site until you resume.'];
  if (settings.state === 'site-off') return ['Off on this site', `You turned News Context off on ${hostname}.`];
  if (report.verdict === 'none') return [VERDICT_TITLES.none, 'No mention of North Korean troops, arms or aid.'];
  const names = report.entities
    .slice(0, TOP_ENTITIES)
    .flatMap(({ entityId }) => index?.entities.get(entityId)?.name ?? []);
  const most = names.length > 0 ? ` · most: ${names.join(', ')}` : '';
  return [VERDICT_TITLES[report.verdict], `${formatMentions(report.mentionCount)}${most}`];
}

/** Renders the tab's verdict and mentions with "Open panel", or why there is nothing to show. */
export default function PageSummary({ page, index, onOpenPanel, onResume, onTurnOnSite }: PageSummaryProps) {
  const labelId = useId();
  if (page.kind !== 'ready') {
    const [title, detail] =
      page.kind === 'loading'
        ? ['Checking…', '']
        : [
            'News Context doesn’t run on this page',
            'It reads web articles; browser pages, the Web Store and PDFs are off limits.',
          ];
    return (
      <section class="nc-popup-page nc-popup-page--quiet" aria-labelledby={labelId} aria-busy={page.kind === 'loading'}>
        <div class="nc-popup-page__text">
          <p class="nc-popup-page__label" id={labelId}>
            On this page
          </p>
          <p class="nc-popup-page__title">{title}</p>
          {detail && <p class="nc-popup-page__detail">{detail}</p>}
        </div>
      </section>
    );
  }
  const [title, detail] = describeReady(page, index);
  const { state } = page.settings;
  return (
    <section
      class={`nc-popup-page nc-popup-page--${state === 'on' ? page.report.verdict : state}`}
      aria-labelledby={labelId}
    >
      <div class="nc-popup-page__text">
        <p class="nc-popup-page__label" id={labelId}>
          On this page
        </p>
        <p class="nc-popup-page__title">{title}</p>
        <p class="nc-popup-page__detail">{detail}</p>
      </div>
      {state === 'paused' && (
        <button type="button" class="nc-button nc-button--quiet" onClick={onResume}>
          Resume
        </button>
      )}
      {state === 'site-off' && (
        <button type="button" class="nc-button nc-button--quiet" onClick={onTurnOnSite}>
          Turn on
        </button>
      )}
      {state === 'on' && (
        <button type="button" class="nc-button nc-button--primary" onClick={onOpenPanel}>
          Open panel
        </button>
      )}
    </section>
  );
}
