// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import QuantityFigures from '../../components/QuantityFigures';
import { indexPack } from '../../components/pack-index';
import type { QuantityReport } from '../../core/report';
import { get, mount, text, unmountAll } from './dom';
import { PACK, REPORT } from './fixtures/pack';

afterEach(unmountAll);

const INDEX = indexPack(PACK);
const TROOPS = REPORT.quantities[0] as QuantityReport;

function rows(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.nc-figure')].map(text);
}

describe('QuantityFigures', () => {
  it('shows the quantity label and its id as data-quantity-id', () => {
    const figures = mount(<QuantityFigures report={TROOPS} index={INDEX} />);
    expect(text(get(figures, '.nc-quantity__label'))).toBe('North Korean troops sent to Russia');
    expect(get(figures, '.nc-quantity').dataset.quantityId).toBe('nk-troops');
  });

  it('shows every source figure with who said it, where, when and how certain', () => {
    expect(rows(mount(<QuantityFigures report={TROOPS} index={INDEX} />))).toEqual([
      'thousands Certainty: Confirmed, according to Lloyd Austin, US Secretary of Defense · U.S. Department of Defense · 23 Oct 2024',
      '10,000 Certainty: Reported, according to Volodymyr Zelenskyy, President of Ukraine · Reuters · 31 Oct 2024',
      'roughly 12,000 Certainty: Estimate, according to Peter Doran, the article’s author · The Hill · 4 Nov 2024',
    ]);
  });

  it('tags each figure row with its claim id', () => {
    const ids = [
      ...mount(<QuantityFigures report={TROOPS} index={INDEX} />).querySelectorAll<HTMLElement>('.nc-figure'),
    ].map((row) => row.dataset.claimId);
    expect(ids).toEqual(['austin-thousands', 'zelenskyy-10000', 'doran-12000']);
  });

  it('says the sources differ when their figures do', () => {
    expect(text(get(mount(<QuantityFigures report={TROOPS} index={INDEX} />), '.nc-quantity__note'))).toBe(
      'Sources differ',
    );
  });

  it('says nothing about differences for a single figure', () => {
    const shells = REPORT.quantities[1] as QuantityReport;
    expect(mount(<QuantityFigures report={shells} index={INDEX} />).querySelector('.nc-quantity__note')).toBeNull();
  });

  it('sets the page’s own figure against the sources’ range', () => {
    expect(text(get(mount(<QuantityFigures report={TROOPS} index={INDEX} />), '.nc-quantity__page'))).toBe(
      'This page says 11,000 — within the sources’ range (10,000–12,000)',
    );
  });

  it('says when the page’s figure is above the sources', () => {
    const report = {
      ...TROOPS,
      page: [{ quantityId: 'nk-troops', text: '100,000 troops', value: 100000, relation: 'above' as const }],
    };
    expect(text(get(mount(<QuantityFigures report={report} index={INDEX} />), '.nc-quantity__page--above'))).toBe(
      'This page says 100,000 — above the sources’ range (10,000–12,000)',
    );
  });

  it('shows an unknown claim as unattributed instead of failing', () => {
    const report = { ...TROOPS, corpus: [{ claimId: 'gone', text: '20,000', min: 20000, max: 20000 }], page: [] };
    expect(rows(mount(<QuantityFigures report={report} index={INDEX} />))).toEqual([
      '20,000, according to Unattributed · Source unknown',
    ]);
  });
});
