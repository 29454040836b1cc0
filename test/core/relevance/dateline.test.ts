import { describe, expect, it } from 'vitest';
import type { Mention } from '@/core/match/find-mentions';
import type { EntityType } from '@/core/pack/types';
import { isDateline } from '@/core/relevance/dateline';

/** A mention of `name`, the first occurrence in `text`. */
function mentionOf(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { entityId: 'x', alias: name, start, end: start + name.length, sentence: { start, end: text.length } };
}

describe('isDateline', () => {
  it.each([
    ['Москва. 4 января. INTERFAX.RU - Военные КНДР провели испытание.', 'Москва'],
    ['SEOUL, Oct 23 (Reuters) - North Korea fired a missile.', 'SEOUL'],
    ['Kyiv, Ukraine (AP) — Ukraine said on Monday.', 'Kyiv'],
    ['Berlin (dpa) - Die Regierung hat entschieden.', 'Berlin'],
    ['MOSCOW — Russia said on Monday.', 'MOSCOW'],
    ['Title\n  Moscow, Jan 4 - Text.', 'Moscow'],
  ])('reads %j as filed from a place', (text, name) => {
    expect(isDateline(text, mentionOf(text, name), 'place')).toBe(true);
  });

  it.each([
    ['Moscow — which denies it — said nothing.', 'Moscow'],
    ['Moscow said on Tuesday that Kim Jong Un, who arrived by train on Monday, would stay - for now.', 'Moscow'],
    ['He flew to Moscow, Jan 4 - and met Putin.', 'Moscow'],
    ['Moscow sent troops to Kursk.', 'Moscow'],
  ])('reads %j as a place the story is about', (text, name) => {
    expect(isDateline(text, mentionOf(text, name), 'place')).toBe(false);
  });

  it.each<EntityType>(['person', 'weapon', 'military'])('never reads a %s as a dateline', (type) => {
    const text = 'Putin, Jan 4 (Reuters) - Text.';
    expect(isDateline(text, mentionOf(text, 'Putin'), type)).toBe(false);
  });
});
