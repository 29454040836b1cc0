/** Character classes for word boundaries, on single UTF-16 units (no regex, no allocation). */

/**
 * Whether a unit is part of a word in a script that separates words with spaces: a Latin, Greek or
 * Cyrillic letter, a digit, or a combining mark. Hangul and CJK are not: "KPA는" ends the word "KPA".
 */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code <= 0x2af) return code !== 0xd7 && code !== 0xf7; // Latin-1 letters, Latin Extended-A/B, IPA.
  if (code <= 0x36f) return code >= 0x300; // Combining diacritics continue the word they sit on.
  if (code <= 0x3ff) return code !== 0x375 && code !== 0x37e && code !== 0x387; // Greek, minus punctuation.
  if (code <= 0x52f) return code < 0x482 || code > 0x489; // Cyrillic, minus the thousands sign and its marks.
  if (code >= 0x1e00 && code <= 0x1fff) return true; // Latin Extended Additional, Greek Extended.
  if (code >= 0xff10 && code <= 0xff5a) return code <= 0xff19 || (code >= 0xff21 && code <= 0xff3a) || code >= 0xff41;
  return false;
}

/** Whether a unit is a precomposed Hangul syllable. */
export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Korean case particles that may follow a one-syllable alias ("북은", "북의"), one syllable each. */
const ONE_SYLLABLE_PARTICLES = new Set([...'은는이가을를의에도와과로만'].map((char) => char.charCodeAt(0)));

/** Whether a unit is a one-syllable Korean particle (see `ONE_SYLLABLE_PARTICLES`). */
export function isOneSyllableParticle(code: number): boolean {
  return ONE_SYLLABLE_PARTICLES.has(code);
}
