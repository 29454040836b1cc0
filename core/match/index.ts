/**
 * core/match: finds the pack's entities in page text. Design note.
 *
 * Approach. Every alias of every entity is folded (`normalize.ts`: NFKC, lower case, one dash, one
 * apostrophe, collapsed spaces) and "-" is read as " ", so "Kim Jong-un", "KIM JONG UN" and
 * "Kim  Jong‑Un" share one key. One Aho–Corasick automaton is compiled over all keys, once per
 * pack (`matcher.ts`). A page is scanned once (`scan.ts`): each unit is folded through a lookup
 * table and fed to the automaton on the fly, so no folded copy of the page is ever built; a ring
 * buffer holding the original index of the last `maxLength` folded units turns a hit's folded
 * length back into an original start. Raw hits are then checked (`accept.ts`): word edges for
 * Latin/Greek/Cyrillic ends, letter case for `caseSensitive` aliases, prefix aliases extended to the
 * end of their word. Of the accepted hits, the leftmost wins, then the longest, then the earliest
 * alias in the pack ("North Korean troops" beats "North Korea"). Sentences are found only around
 * mentions (`sentences.ts`).
 *
 * Edges. Latin/Greek/Cyrillic ends of an alias need a non-letter, non-digit neighbour: "Korea" is not
 * found in "Korean" or "Koreanische". Hangul and CJK do not separate words, so a Hangul end is free:
 * particles and compounds attach ("북한군은", "김정은의" find 북한군, 김정은; the mention covers the alias
 * only), and "남북한" (the two Koreas) does contain 북한, which is related and accepted. A one-syllable
 * Hangul alias ("북") must stand alone, save for a one-syllable particle ("북은", "북의"). A prefix
 * alias covers the whole word it starts ("Північн…" → "Північної"), which reads better highlighted.
 *
 * Chunks. "\n" separates blocks and resets the automaton, so no match or sentence crosses it and
 * any range of whole lines can be scanned on its own: `findMentionsIn` lets the content script
 * scan in short slices and rescan only added blocks (edges are snapped to line starts).
 *
 * Complexity. Compile: O(total alias length · log σ). Scan: O(n + hits); failure links are followed
 * at most as often as units are read. Unit folding is O(1) per unit from a table; only clusters with
 * combining marks, surrogates or multi-unit folds ("ﬁ") call `String.prototype.normalize`.
 *
 * Data layout. The trie is built with one `Map` per state, then flattened: the root keeps a dense
 * `Int32Array` row of 65,536 entries (256 KiB; one load per unit at the root), the other states keep
 * their edges in CSR form, `edgeStart` (Int32Array) into `edgeUnit` (Uint16Array, sorted) and
 * `edgeTarget` (Int32Array), scanned linearly up to 8 edges and binary-searched above. `fail` and
 * `report` (nearest state with output on the failure chain) are Int32Arrays; outputs per state are
 * CSR too (`outStart`, `outList`). In Latin and Cyrillic prose nearly every letter starts an alias,
 * so the scanner is off the root most of the time (83% of units with the real pack on English
 * news); `dense-rows.ts` therefore adds a full DFA row per state for the units below U+0500 that
 * aliases use (79 columns × 4,289 states as Uint16 = 677 KiB for the real pack), which made the
 * scan about twice as fast. Hangul and CJK stay sparse. The folding table (`FOLD`, Int32Array of
 * 65,536) is filled lazily per 256-unit block.
 *
 * Alternatives tried (same 5 MB page, real pack, busy 2-core machine, best of runs).
 * - One regex per alias: a pass per alias; 100 of the 546 aliases alone took 120–150 ms.
 * - One combined alternation, longest first, over a lower-cased copy: 20–35 ms, 28 ms even with
 *   `(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])` edges and the `u` flag, against 45–60 ms for `scanHits`.
 *   Faster on its own, but lower-casing is not our folding: NFKC, dashes, space runs and dropped
 *   invisibles change lengths, so it needs a folded copy of the page plus an offset map (another
 *   pass, and 30 MB of Uint16 + Int32 for 5 MB of text) before it starts; case-sensitive aliases
 *   need a second pattern over the original; and a 500-branch pattern is rebuilt for every pack
 *   edit. Rejected for the memory and the two-copy bookkeeping, not for raw speed.
 * - Folding the whole page into typed arrays first, then running the automaton: two passes and the
 *   same 30 MB of buffers as above, for simpler code.
 *
 * Measured with `test/core/match/scan-micro-check.ts` (Node 20, 2 busy shared cores, real pack of
 * 546 aliases, 5 MB pages): English news with no mentions ≈ 40 ms (≈ 8 ns per unit, 7× a bare
 * `charCodeAt` loop); mixed-script news with 45k mentions ≈ 65 ms; the browser budget (≤ 2× a bare
 * TreeWalker pass) is for the Chromium bench to confirm.
 */
export { compileMatcher, findMentions, findMentionsIn, type Matcher, type Mention } from './find-mentions';
export { normalize, type NormalizedText } from './normalize';
export type { Span } from './sentences';
