/** Reader-facing words for every setting value, shared by the options page and the popup. */
import type { HintStyle, ShowOn } from '../../core/settings/types';

/** Short names of the hint styles, for selects and radio buttons. */
export const HINT_STYLE_LABELS: Readonly<Record<HintStyle, string>> = {
  highlight: 'Highlight',
  underline: 'Underline',
  none: 'No hints',
};

/** One line under each hint style's radio button. */
export const HINT_STYLE_DESCRIPTIONS: Readonly<Record<HintStyle, string>> = {
  highlight: 'A soft background behind each mention.',
  underline: 'A thin line under each mention.',
  none: 'Nothing on the page; the side panel still lists what was found.',
};

/** Short names of the "show on" choices. */
export const SHOW_ON_LABELS: Readonly<Record<ShowOn, string>> = {
  about: 'Pages about the topic',
  passing: 'Also pages that mention it',
};

/** Shorter names of the "show on" choices, for the narrow selects of the site rules table. */
export const SHOW_ON_SHORT_LABELS: Readonly<Record<ShowOn, string>> = {
  about: 'About the topic',
  passing: 'Any mention',
};

/** One line under each "show on" radio button. */
export const SHOW_ON_DESCRIPTIONS: Readonly<Record<ShowOn, string>> = {
  about: 'Articles mainly about North Korean troops in Russia’s war against Ukraine.',
  passing: 'Also articles that mention the topic in passing, such as a wider war round-up.',
};

/** "Yes" / "No" for a boolean choice. */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
