/**
 * The cues of a quantity list by their first and by their last word, so `nearestCues` looks up the
 * few cues a token can start or end instead of testing every cue of every quantity at every token.
 * A cue word matches a token equal to it or inflected from it (up to `MAX_INFLECTION` more units),
 * so a token is looked up under its folded form and under each shorter form it may inflect from.
 */
import { MAX_INFLECTION } from './number-words';
import type { Token } from './tokens';

/** One cue of a quantity list: the quantity's index, the cue's place among its cues, its words. */
export interface CueRef {
  quantity: number;
  order: number;
  words: readonly string[];
}

/** Cues by first word and by last word. */
export interface CueIndex {
  byFirst: ReadonlyMap<string, readonly CueRef[]>;
  byLast: ReadonlyMap<string, readonly CueRef[]>;
}

const indexes = new WeakMap<object, CueIndex>();

/** Adds a cue under one of its words. */
function addRef(map: Map<string, CueRef[]>, word: string, ref: CueRef): void {
  const refs = map.get(word);
  if (refs === undefined) map.set(word, [ref]);
  else refs.push(ref);
}

/** The cue index of a quantity list (each cue as its folded words), built once per list. */
export function cueIndexOf(quantities: readonly { cues: readonly (readonly string[])[] }[]): CueIndex {
  let index = indexes.get(quantities);
  if (index === undefined) {
    const [byFirst, byLast] = [new Map<string, CueRef[]>(), new Map<string, CueRef[]>()];
    for (const [quantity, { cues }] of quantities.entries()) {
      for (const [order, words] of cues.entries()) {
        const ref = { quantity, order, words };
        addRef(byFirst, words[0]!, ref);
        addRef(byLast, words[words.length - 1]!, ref);
      }
    }
    index = { byFirst, byLast };
    indexes.set(quantities, index);
  }
  return index;
}

const NO_CUES: readonly CueRef[] = [];

/** The cues of `map` whose word may match `token` (to be checked: a shorter form must be allowed to inflect). */
export function cuesUnder(map: ReadonlyMap<string, readonly CueRef[]>, token: Token): readonly CueRef[] {
  const { lower } = token;
  let refs = NO_CUES;
  for (let length = lower.length; length >= 1 && length >= lower.length - MAX_INFLECTION; length--) {
    const under = map.get(length === lower.length ? lower : lower.slice(0, length));
    if (under !== undefined) refs = refs.length === 0 ? under : [...refs, ...under];
  }
  return refs;
}
