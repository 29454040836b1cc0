/**
 * core/rank: orders the corpus claims by relevance to a mention or to a whole page. Design note.
 *
 * Approach. Our own scorer over a prebuilt index (`buildClaimIndex`, once per pack), not fuse.js.
 * - Mention: points for claims about the mention's entity, by role (signal 3, core 2, context 1),
 *   plus up to 4 for the share of the claim's terms (statement + quote) its sentence covers, each
 *   term weighted by BM25 IDF, so "troops" and "Kursk" count and "the" does not. A claim sharing
 *   no entity needs a quarter of its terms covered to rank at all.
 * - Page: role points per entity the page mentions, damped by count (1 + ln n), plus 2 for each
 *   quantity the page states a figure for, and 1 more when the page's value agrees with the claim's.
 * Scores only order claims; ties go to the lower claim id, so results are deterministic.
 *
 * Why not fuse.js. Fuse scores how well a short, typed query approximately matches fields (Bitap,
 * typo tolerance, `location`/`distance` tuning); here the "query" is a whole sentence or a set of
 * entity ids we already resolved exactly, and relevance depends on entity roles and figures fuse
 * cannot see. A sentence as a fuse pattern is split into 32-character chunks and compared with every
 * field of every claim (O(claims · fields · pattern)), and its scores reward position in the field,
 * not shared meaning. Fuse stays right for the panel's free-text search box (core/search).
 *
 * Complexity and layout. Build: O(total claim text). Mention: O(sentence terms · postings);
 * page: O(entities · postings + figures). Maps from entity, quantity and term (6-character stems of
 * folded words, 2+ syllables for Hangul) to sorted claim positions; per-claim term weights in a
 * Float64Array. Stemming by truncation is crude but language-neutral: "soldier"/"soldiers" and
 * "військових"/"військові" meet, which a per-language stemmer would need five rule sets for.
 */
export { buildClaimIndex, type ClaimIndex } from './claim-index';
export { rankClaimsByCounts, rankClaimsForMention, type RankedClaim } from './rank-claims';
