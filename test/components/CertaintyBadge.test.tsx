// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import CertaintyBadge from '../../components/CertaintyBadge';
import type { Certainty } from '../../core/pack/types';
import { get, mount, text, unmountAll } from './dom';

afterEach(unmountAll);

describe('CertaintyBadge', () => {
  it.each<[Certainty, string]>([
    ['confirmed', 'Confirmed'],
    ['estimate', 'Estimate'],
    ['reported', 'Reported'],
    ['unverified', 'Unverified'],
    ['opinion', 'Opinion'],
  ])('labels "%s" with the word "%s", not colour alone', (certainty, label) => {
    const badge = get(mount(<CertaintyBadge certainty={certainty} />), '.nc-badge');
    expect(text(badge)).toBe(`Certainty: ${label}`);
    expect(badge.classList.contains(`nc-badge--${certainty}`)).toBe(true);
  });
});
