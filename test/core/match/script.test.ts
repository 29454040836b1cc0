import { describe, expect, it } from 'vitest';
import { isHangulSyllable, isOneSyllableParticle, isWordCode } from '@/core/match/script';

describe('isWordCode', () => {
  it.each([...'aZ09éßŁжЖїΩάẞＡ５', '\u0301'])('counts %j as part of a word', (char) => {
    expect(isWordCode(char.charCodeAt(0))).toBe(true);
  });

  it.each([...' -\'’.,;:!?()"«»\n\u00a0×÷·북金', '\u0482'])('does not count %j as part of a word', (char) => {
    expect(isWordCode(char.charCodeAt(0))).toBe(false);
  });
});

describe('isHangulSyllable', () => {
  it.each([
    ['가', true],
    ['힣', true],
    ['ㄱ', false],
    ['a', false],
  ])('classifies %j', (char, expected) => {
    expect(isHangulSyllable(char.charCodeAt(0))).toBe(expected);
  });
});

describe('isOneSyllableParticle', () => {
  it.each([
    ['은', true],
    ['의', true],
    ['쪽', false],
  ])('classifies %j', (char, expected) => {
    expect(isOneSyllableParticle(char.charCodeAt(0))).toBe(expected);
  });
});
