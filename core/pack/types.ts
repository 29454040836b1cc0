/**
 * The topic-pack format: everything the extension knows about one topic.
 * Defined once here; `validate-pack.ts` checks untrusted JSON against it at build and test time.
 */

/** Languages the lexicon covers (BCP 47 primary subtags). */
export type Lang = 'en' | 'ko' | 'uk' | 'ru' | 'de' | 'fr';

export type EntityType =
  'person' | 'state' | 'organisation' | 'place' | 'military' | 'weapon' | 'programme' | 'agreement' | 'event';

/**
 * How much an entity says about the page's topic.
 * - `signal`: specific to the topic; a mention alone suggests the page is about it ("North Korean troops").
 * - `core`: central to the topic but common elsewhere ("North Korea", "Kim Jong Un"); needs company.
 * - `context`: only adds context once the page is about the topic ("Putin", "Ukraine", "Kursk").
 */
export type EntityRole = 'signal' | 'core' | 'context';

/** One spelling of an entity's name. */
export interface Alias {
  text: string;
  lang: Lang;
  /** Also match when more letters follow (inflected forms: "Північн" + "ої Кореї" is not needed then). Latin/Cyrillic only. */
  prefix?: boolean;
  /** Match only with this exact letter case (acronyms that are also words). */
  caseSensitive?: boolean;
}

export interface Entity {
  /** Stable kebab-case id, e.g. `kim-jong-un`. */
  id: string;
  /** Display name in English. */
  name: string;
  type: EntityType;
  /** One neutral line shown under the name in the hint card. */
  description: string;
  role: EntityRole;
  /**
   * `true` for `context` entities of the war the topic happens in (Russia, Ukraine, Putin, Zelenskyy,
   * Kursk, the Kremlin, Russian and Ukrainian forces…): only these, next to a `core` mention, make it
   * count. Third parties (South Korea, the United States, China, the UN) and generic hardware leave
   * it unset, so "North Korea … Seoul said" is not war context. Context entities only.
   */
  war?: boolean;
  aliases: Alias[];
}

export interface Source {
  id: string;
  title: string;
  /** `null` where it could not be verified. */
  outlet: string | null;
  author: string | null;
  /** ISO date `YYYY-MM-DD`, or `null` where unknown. */
  published: string | null;
  url: string | null;
  /** The article's text, relative to `data/`; used by tests only, never shipped. */
  textFile: string;
}

export type ClaimKind = 'fact' | 'figure' | 'assessment' | 'opinion' | 'quote';
export type Certainty = 'confirmed' | 'estimate' | 'reported' | 'unverified' | 'opinion';
export type AttributionType = 'official' | 'author' | 'expert' | 'organisation' | 'unnamed' | 'reports';

/** Who says it. */
export interface Attribution {
  /** "Lloyd Austin", "Peter Doran", "an unnamed think tank", "unverified reports". */
  who: string;
  /** "US Secretary of Defense", "the article's author", … */
  role: string;
  type: AttributionType;
}

/** One number a claim states. `min === max` for an exact figure; `max: null` for open-ended ("thousands"). */
export interface Figure {
  /** Id of the `Quantity` it measures. */
  quantity: string;
  /** The words of the quote that state it, verbatim ("roughly 12,000", "thousands"). */
  text: string;
  min: number;
  max: number | null;
  approx: boolean;
}

/** Something several figures measure, so they can be shown side by side. */
export interface Quantity {
  id: string;
  /** "North Korean troops sent to Russia". */
  label: string;
  /** Unit of every figure's min/max: "troops", "shells", "USD", "USD per month", "people". */
  unit: string;
  /** Lower-case words that, next to a number on a page, mean this quantity, in every lexicon language ("troops", "soldiers", "солдат", "명", "병력"). */
  cues: string[];
}

export interface Claim {
  id: string;
  /** Neutral, one sentence, in our own words. */
  statement: string;
  /** Verbatim words from the source that support the statement. */
  quote: string;
  source: string;
  attribution: Attribution;
  kind: ClaimKind;
  certainty: Certainty;
  /** ISO date `YYYY-MM-DD` the claim speaks as of. */
  date: string;
  /** Entity ids the claim concerns. */
  entities: string[];
  figures: Figure[];
}

export interface Topic {
  id: string;
  title: string;
  summary: string;
  /** Semver of the pack's content. */
  version: string;
  /** ISO date the pack was last edited. */
  updated: string;
}

export interface TopicPack {
  topic: Topic;
  sources: Source[];
  entities: Entity[];
  quantities: Quantity[];
  claims: Claim[];
}
