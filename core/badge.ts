/** What the toolbar badge shows for a tab: shared by the background and its tests. */
import type { PageReport } from './report';
import type { ResolvedSettings } from './settings/types';

/** Most mentions the badge spells out; more read "99+" (the badge has room for about four characters). */
export const BADGE_MAX_COUNT = 99;

export interface Badge {
  text: string;
  /** CSS colour of the badge background. */
  color: string;
  /** Tooltip of the toolbar button. */
  title: string;
}

/** The badge: the mention count on pages about the topic, "off" where the site is off or paused, else nothing. */
export function badgeFor(report: PageReport, settings: ResolvedSettings): Badge {
  if (settings.state === 'paused') return { text: 'off', color: '#6b7280', title: 'News Context is paused' };
  if (settings.state === 'site-off') {
    return { text: 'off', color: '#6b7280', title: 'News Context is off for this site' };
  }
  if (report.verdict !== 'about' || report.mentionCount === 0)
    return { text: '', color: '#0f5f5c', title: 'News Context' };
  const count = report.mentionCount > BADGE_MAX_COUNT ? `${BADGE_MAX_COUNT}+` : String(report.mentionCount);
  return { text: count, color: '#0f5f5c', title: `News Context: ${report.mentionCount} mentions on this page` };
}
