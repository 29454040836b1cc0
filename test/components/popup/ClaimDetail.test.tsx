// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexPack } from '@/components/pack-index';
import ClaimDetail from '@/components/popup/ClaimDetail';
import { button, click, get, keyDown, mount, text, unmountAll } from '../dom';
import { FIXTURE_PACK } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(FIXTURE_PACK);

/** Mounts the detail of the claim with this id. */
function mountDetail(claimId: string) {
  const claim = FIXTURE_PACK.claims.find((candidate) => candidate.id === claimId);
  if (!claim) throw new Error(`no claim ${claimId}`);
  const onBack = vi.fn();
  return { root: mount(<ClaimDetail claim={claim} index={INDEX} onBack={onBack} />), onBack };
}

describe('ClaimDetail', () => {
  it('shows the statement as the heading', () => {
    const { root } = mountDetail('austin-confirms-troops');
    expect(text(get(root, 'h2'))).toBe(
      'The US Secretary of Defense confirmed that North Korean troops were in Russia.',
    );
  });

  it('shows the verbatim quote', () => {
    const { root } = mountDetail('austin-confirms-troops');
    expect(text(get(root, 'blockquote'))).toBe(
      '“There is evidence that there are DPRK troops in Russia, roughly 10,000 of them.”',
    );
  });

  it('says who says it, with their role', () => {
    const { root } = mountDetail('austin-confirms-troops');
    expect(text(get(root, '.nc-popup-detail__who'))).toBe('Said by Lloyd Austin, US Secretary of Defense');
  });

  it('links the source title, with outlet and date', () => {
    const { root } = mountDetail('austin-confirms-troops');
    const link = get<HTMLAnchorElement>(root, '.nc-popup-detail__source a.nc-popup-detail__title');
    expect([link.textContent, link.href, link.rel]).toEqual([
      'Austin confirms North Korean troops in Russia',
      'https://example.org/pentagon-briefing-2024-10',
      'noopener noreferrer',
    ]);
    expect(text(get(root, '.nc-popup-detail__source'))).toContain('Pentagon briefing');
    expect(text(get(root, '.nc-popup-detail__source'))).toContain('23 Oct 2024');
  });

  it('names the certainty', () => {
    const { root } = mountDetail('nis-casualties-3000');
    expect(get(root, '[data-certainty]').getAttribute('data-certainty')).toBe('estimate');
  });

  it('shows the figures for the same quantity side by side, this claim first', () => {
    const { root } = mountDetail('zelenskyy-11000-kursk');
    const figures = [...root.querySelectorAll('.nc-figure__value')].map((value) => value.textContent);
    expect(figures).toEqual(['11,000', 'roughly 10,000']);
  });

  it('shows no figures for a claim without any', () => {
    const { root } = mountDetail('doran-risk-free');
    expect(root.querySelector('.nc-quantity')).toBeNull();
  });

  it('puts focus on Back when it opens', () => {
    const { root } = mountDetail('doran-risk-free');
    expect(document.activeElement).toBe(button(root, 'Back to results'));
  });

  it('goes back with the Back button', () => {
    const { root, onBack } = mountDetail('doran-risk-free');
    click(button(root, 'Back to results'));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('goes back on Escape, keeping the popup open', () => {
    const { root, onBack } = mountDetail('doran-risk-free');
    expect(keyDown(get(root, 'h2'), 'Escape')).toBe(true);
    expect(onBack).toHaveBeenCalledOnce();
  });
});
