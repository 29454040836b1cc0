/** Pure text helpers for the reader UI and the popup: numbers, ranges, dates, relations, verdicts. */
import type { Attribution, Certainty, ClaimKind, EntityType } from '../core/pack/types';
import type { PageFigureComparison, Verdict } from '../core/report';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Whole millions read better as words ("3 million shells") than as digit groups. */
const MILLION = 1_000_000;
let groupedFormat: Intl.NumberFormat | null = null;

/** Digit grouping, built on first use: building it costs about 10 ms, which every page would pay at script start. */
function grouped(): Intl.NumberFormat {
  groupedFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return groupedFormat;
}

/** Formats a count for readers: "10,000", "3 million", "1.5 million". */
export function formatNumber(n: number): string {
  if (Math.abs(n) >= MILLION && n % (MILLION / 10) === 0) return `${grouped().format(n / MILLION)} million`;
  return grouped().format(n);
}

/** Formats a figure's range: "10,000", "10,000–12,000", "2–3 million", or "1,000 or more" when open-ended. */
export function formatFigureRange(min: number, max: number | null): string {
  if (max === null) return `${formatNumber(min)} or more`;
  if (min === max) return formatNumber(min);
  if (min >= MILLION && max >= MILLION && min % (MILLION / 10) === 0 && max % (MILLION / 10) === 0) {
    return `${grouped().format(min / MILLION)}–${grouped().format(max / MILLION)} million`;
  }
  return `${formatNumber(min)}–${formatNumber(max)}`;
}

/** Formats an ISO date ("2024-10-23" → "23 Oct 2024", "2024-10" → "Oct 2024"); returns other text unchanged. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (month !== undefined && monthName === undefined) return iso;
  return [day === undefined ? undefined : String(Number(day)), monthName, year].filter(Boolean).join(' ');
}

/** A span of numbers; `max: null` means open-ended. */
export interface FigureRange {
  min: number;
  max: number | null;
}

/**
 * The sources' range to show next to a page's figure. Open-ended figures ("thousands") fit any larger
 * number, so they only count when no bounded figure is consistent with the relation core computed;
 * that keeps the sentence from ever contradicting `relation`. `null` when there are no figures.
 */
export function sourcesRange(
  figures: readonly FigureRange[],
  value?: number,
  relation?: PageFigureComparison['relation'],
): FigureRange | null {
  const bounded = figures.filter((f) => f.max !== null);
  const narrow = spanOf(bounded);
  if (narrow && (relation === undefined || value === undefined || relationTo(value, narrow) === relation)) {
    return narrow;
  }
  return spanOf(figures);
}

function spanOf(figures: readonly FigureRange[]): FigureRange | null {
  if (figures.length === 0) return null;
  const min = Math.min(...figures.map((f) => f.min));
  const isOpen = figures.some((f) => f.max === null);
  return { min, max: isOpen ? null : Math.max(...figures.map((f) => f.max ?? f.min)) };
}

function relationTo(value: number, range: FigureRange): PageFigureComparison['relation'] {
  if (value < range.min) return 'below';
  if (range.max !== null && value > range.max) return 'above';
  return 'within';
}

/** One sentence comparing the page's figure with the sources: "This page says 11,000 — within the sources’ range (10,000–12,000)". */
export function describeRelation(
  page: Pick<PageFigureComparison, 'value' | 'relation'>,
  figures: readonly FigureRange[],
): string {
  const says = `This page says ${formatNumber(page.value)}`;
  const range = sourcesRange(figures, page.value, page.relation);
  if (!range) return says;
  const isSingle = range.min === range.max;
  const span = formatFigureRange(range.min, range.max);
  if (isSingle) {
    if (page.relation === 'within') return `${says} — the same as the sources (${span})`;
    return `${says} — ${page.relation} the sources’ figure (${span})`;
  }
  return `${says} — ${page.relation} the sources’ range (${span})`;
}

/** Who said it, as readers expect it: "Lloyd Austin, US Secretary of Defense"; "Unverified reports" when there is no role. */
export function formatAttribution(attribution: Pick<Attribution, 'who' | 'role'>): string {
  const who = attribution.who.charAt(0).toUpperCase() + attribution.who.slice(1);
  const role = attribution.role.trim();
  return role ? `${who}, ${role}` : who;
}

/** "1 mention", "3 mentions". */
export function formatMentions(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'mention' : 'mentions'}`;
}

/** Badge text for each certainty; the words, not the colours, carry the meaning. */
export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: 'Confirmed',
  estimate: 'Estimate',
  reported: 'Reported',
  unverified: 'Unverified',
  opinion: 'Opinion',
};

/** A one-line explanation of each certainty, for tooltips and legends. */
export const CERTAINTY_HINTS: Record<Certainty, string> = {
  confirmed: 'Stated on the record by an official source or shown by evidence',
  estimate: 'An estimate; the true number may differ',
  reported: 'Reported by media citing sources; not confirmed on the record',
  unverified: 'Not independently verified; treat with caution',
  opinion: 'A view or argument, not a finding',
};

/** Labels for the claim kinds worth flagging next to the certainty ("Opinion" on an op-ed's estimate). */
export const KIND_LABELS: Partial<Record<ClaimKind, string>> = {
  opinion: 'Opinion',
  assessment: 'Assessment',
};

/** The page verdict as one plain sentence. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict) {
    case 'about':
      return 'This page is about North Korean troops in Russia’s war';
    case 'passing':
      return 'This page mentions it in passing';
    case 'none':
      return 'Nothing on this page';
  }
}

/** Whether a URL is an http(s) address; anything else (`javascript:`, `data:`) is never rendered as a link. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/** Reader-facing names of entity types. */
export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  state: 'Country',
  organisation: 'Organisation',
  place: 'Place',
  military: 'Military',
  weapon: 'Weapon',
  programme: 'Programme',
  agreement: 'Agreement',
  event: 'Event',
};
