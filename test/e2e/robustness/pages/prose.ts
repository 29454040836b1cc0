/**
 * Deterministic prose for the generated pages: paragraphs about the topic (enough for an 'about'
 * verdict), neutral filler that mentions nothing in the corpus, and a seeded random source, so the
 * same seed always yields the same page byte for byte.
 */

/** A seeded source of numbers in [0, 1) (mulberry32: tiny, fast, good enough for test data). */
export type Random = () => number;

/** Creates the random source for `seed`. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of `list`, chosen by `rand`. */
export function pick<T>(rand: Random, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

const TOPIC_SENTENCES = [
  'North Korean troops have been deployed to the Kursk region, officials in Kyiv said on Monday.',
  'Kim Jong Un sent thousands of soldiers to Russia, according to South Korean intelligence.',
  'Pyongyang denied the reports, but satellite images showed North Korean soldiers at Russian bases.',
  'Ukraine says North Korean forces took part in assaults near Kursk for the first time.',
  'The United States estimates that about 10,000 North Korean troops are now in Russia.',
  'Analysts say Kim Jong Un expects Russian military technology in return for the deployment.',
  'North Korean troops wore Russian uniforms and carried forged papers, Ukrainian officials said.',
  'Seoul warned that North Korean soldiers could gain combat experience in the war against Ukraine.',
] as const;

const FILLER_SENTENCES = [
  'The weather stayed mild for most of the week, with light rain in the evenings.',
  'Local markets reported steady prices for bread, vegetables and fresh fish.',
  'A new bridge over the river opened to cyclists and walkers on Saturday morning.',
  'Librarians extended opening hours so that students could prepare for their exams.',
  'The orchestra rehearsed a programme of quartets and songs for the autumn season.',
  'Gardeners planted tulip bulbs along the avenue before the first frost arrived.',
] as const;

/** The headline every generated page carries (a signal mention: the title alone weighs a lot). */
export const TOPIC_TITLE = 'North Korean troops in Kursk: what Kim Jong Un gains from Russia’s war';

/** A paragraph of `sentences` topic sentences. */
export function topicParagraph(rand: Random, sentences = 3): string {
  return Array.from({ length: sentences }, () => pick(rand, TOPIC_SENTENCES)).join(' ');
}

/** A paragraph of `sentences` neutral sentences (no corpus alias in them). */
export function fillerParagraph(rand: Random, sentences = 4): string {
  return Array.from({ length: sentences }, () => pick(rand, FILLER_SENTENCES)).join(' ');
}

/** `count` topic paragraphs as `<p>` elements. */
export function topicParagraphsHtml(rand: Random, count: number): string {
  return Array.from({ length: count }, () => `<p>${topicParagraph(rand)}</p>`).join('\n');
}
