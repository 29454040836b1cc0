// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import ClaimItem from '../../components/ClaimItem';
import type { Claim, Source } from '../../core/pack/types';
import { button, click, get, mount, text, unmountAll } from './dom';
import { PACK } from './fixtures/pack';

afterEach(unmountAll);

function claim(id: string): Claim {
  const found = PACK.claims.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
}

function sourceOf(c: Claim): Source | undefined {
  return PACK.sources.find((s) => s.id === c.source);
}

function mountClaim(id: string) {
  const c = claim(id);
  return mount(<ClaimItem claim={c} source={sourceOf(c)} />);
}

describe('ClaimItem', () => {
  it('shows the statement, the attribution with role, the source and the date', () => {
    const item = mountClaim('austin-thousands');
    expect(text(get(item, '.nc-claim__statement'))).toBe(
      'The US says North Korea is sending thousands of troops to Russia.',
    );
    expect(text(get(item, '.nc-claim__who'))).toBe(
      'Certainty: Confirmed said by Lloyd Austin, US Secretary of Defense',
    );
    expect(text(get(item, '.nc-source'))).toBe('U.S. Department of Defense · 23 Oct 2024');
  });

  it('carries the claim id as data-claim-id', () => {
    expect(get(mountClaim('zelenskyy-10000'), '.nc-claim').dataset.claimId).toBe('zelenskyy-10000');
  });

  it('labels an unverified claim as unverified', () => {
    expect(text(get(mountClaim('defectors-15'), '.nc-badge'))).toBe('Certainty: Unverified');
  });

  it('labels an op-ed estimate as both an estimate and an opinion', () => {
    const item = mountClaim('doran-12000');
    expect([text(get(item, '.nc-badge')), text(get(item, '.nc-kind'))]).toEqual(['Certainty: Estimate', 'Opinion']);
  });

  it('does not repeat "Opinion" when the certainty already says it', () => {
    expect(mountClaim('kim-kursk-opinion').querySelector('.nc-kind')).toBeNull();
  });

  it('does not repeat the author in the source line when the author is the one quoted', () => {
    expect(text(get(mountClaim('doran-12000'), '.nc-source'))).toBe('The Hill · 4 Nov 2024');
  });

  it('keeps the quote hidden and collapsed at first', () => {
    const item = mountClaim('zelenskyy-10000');
    expect(button(item, 'Show quote').getAttribute('aria-expanded')).toBe('false');
    expect(get(item, 'blockquote').hidden).toBe(true);
  });

  it('expands and collapses the quote with the disclosure button', () => {
    const item = mountClaim('zelenskyy-10000');
    const toggle = button(item, 'Show quote');
    click(toggle);
    const quote = get(item, 'blockquote');
    expect([toggle.getAttribute('aria-expanded'), toggle.textContent, quote.hidden]).toEqual([
      'true',
      'Hide quote',
      false,
    ]);
    expect(toggle.getAttribute('aria-controls')).toBe(quote.id);
    expect(text(quote)).toBe('“We have information that 10,000 North Korean soldiers are being prepared for the war.”');
    click(toggle);
    expect([toggle.getAttribute('aria-expanded'), quote.hidden]).toEqual(['false', true]);
  });

  it('renders markup in pack text as text, never as HTML', () => {
    const c = { ...claim('austin-thousands'), statement: '<img src=x onerror=alert(1)>' };
    const item = mount(<ClaimItem claim={c} source={sourceOf(c)} />);
    expect(item.querySelector('img')).toBeNull();
    expect(text(get(item, '.nc-claim__statement'))).toBe('<img src=x onerror=alert(1)>');
  });
});
