/** Compiles a topic pack's aliases into one automaton plus the per-alias rules checked after a hit. */
import type { Alias, TopicPack } from '../pack/types';
import { buildAutomaton, type Automaton } from './automaton';
import { normalize } from './normalize';
import { isHangulSyllable, isWordCode } from './script';

/**
 * What must hold just outside one end of a match:
 * - `word`: no letter or digit of a spaced script touches it (Latin, Greek, Cyrillic aliases);
 * - `syllable`: a one-syllable Hangul alias stands alone, but a one-syllable particle may follow;
 * - `free`: anything may touch it (Hangul and CJK aliases: particles and compounds attach directly).
 */
export type EdgeRule = 'word' | 'syllable' | 'free';

/** One alias, ready for checking a raw automaton hit. */
export interface CompiledAlias {
  entityId: string;
  /** The alias as written in the pack. */
  text: string;
  /** Case-kept matching form for `caseSensitive` aliases; `null` otherwise. */
  cased: string | null;
  /** Extend the mention to the end of the word (only with a `word` right edge). */
  prefix: boolean;
  left: EdgeRule;
  right: EdgeRule;
}

/** A pack compiled for `findMentions`: build once per pack, reuse for every page. */
export interface Matcher {
  automaton: Automaton;
  /** Indexed by automaton pattern. */
  aliases: CompiledAlias[];
}

/** Matching key of alias text: folded, "-" read as " ", spaces collapsed and trimmed. */
export function aliasKey(text: string, foldCase = true): string {
  return normalize(text.replace(/\n/g, ' '), foldCase).text.replace(/-/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The edge rule for the unit at one end of a key (see `EdgeRule`). */
function edgeRule(key: string, unit: number): EdgeRule {
  if (isWordCode(unit)) return 'word';
  return key.length === 1 && isHangulSyllable(unit) ? 'syllable' : 'free';
}

/** Compiles one alias of one entity. */
function compileAlias(entityId: string, alias: Alias, key: string): CompiledAlias {
  const right = edgeRule(key, key.charCodeAt(key.length - 1));
  return {
    entityId,
    text: alias.text,
    cased: alias.caseSensitive === true ? aliasKey(alias.text, false) : null,
    prefix: alias.prefix === true && right === 'word',
    left: edgeRule(key, key.charCodeAt(0)),
    right,
  };
}

/** Compiles every alias of every entity of a pack into one matcher (aliases that fold to nothing are skipped). */
export function compileMatcher(pack: TopicPack): Matcher {
  const keys: string[] = [];
  const aliases: CompiledAlias[] = [];
  for (const entity of pack.entities) {
    for (const alias of entity.aliases) {
      const key = aliasKey(alias.text);
      if (key.length === 0) continue;
      keys.push(key);
      aliases.push(compileAlias(entity.id, alias, key));
    }
  }
  return { automaton: buildAutomaton(keys), aliases };
}
