// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import SidePanel, { type SidePanelProps } from '../../components/SidePanel';
import { indexPack } from '../../components/pack-index';
import { EMPTY_REPORT } from '../../core/report';
import { button, click, get, keyDown, mount, text, unmountAll } from './dom';
import { PACK, REPORT } from './fixtures/pack';

afterEach(unmountAll);

function mountPanel(overrides: Partial<SidePanelProps> = {}) {
  const props: SidePanelProps = {
    report: REPORT,
    index: indexPack(PACK),
    width: 400,
    query: '',
    results: [],
    onQuery: vi.fn(),
    onClose: vi.fn(),
    onMentionClick: vi.fn(),
    onOpenSettings: vi.fn(),
    onResize: vi.fn(),
    ...overrides,
  };
  return { panel: get(mount(<SidePanel {...props} />), '[role="complementary"]'), props };
}

function headings(panel: HTMLElement): string[] {
  return [...panel.querySelectorAll('h2, h3')].map(text);
}

describe('SidePanel', () => {
  it('is a complementary region named "News Context"', () => {
    expect(mountPanel().panel.getAttribute('aria-label')).toBe('News Context');
  });

  it('takes its width from props through --nc-panel-width', () => {
    expect(mountPanel().panel.style.getPropertyValue('--nc-panel-width')).toBe('400px');
  });

  it.each([
    ['about', 'This page is about North Korean troops in Russia’s war'],
    ['passing', 'This page mentions it in passing'],
    ['none', 'Nothing on this page'],
  ] as const)('states the "%s" verdict as "%s"', (verdict, sentence) => {
    const { panel } = mountPanel({ report: { ...REPORT, verdict } });
    expect(text(get(panel, '.nc-verdict__text'))).toBe(sentence);
  });

  it('shows the mention count under the verdict', () => {
    expect(text(get(mountPanel().panel, '.nc-verdict__count'))).toBe('11 mentions');
  });

  it('has sections for mentions, figures and claims', () => {
    expect(headings(mountPanel().panel)).toEqual(['News Context', 'On this page', 'Figures', 'Claims']);
  });

  it('lists one figure block per report quantity', () => {
    const ids = [...mountPanel().panel.querySelectorAll<HTMLElement>('[data-quantity-id]')].map(
      (q) => q.dataset.quantityId,
    );
    expect(ids).toEqual(['nk-troops', 'nk-shells']);
  });

  it('lists the ranked claims in order', () => {
    const claims = [...mountPanel().panel.querySelectorAll<HTMLElement>('.nc-claims [data-claim-id]')];
    expect(claims.map((c) => c.dataset.claimId)).toEqual(REPORT.claimIds);
  });

  it('calls onMentionClick from a mention row', () => {
    const { panel, props } = mountPanel();
    click(get(panel, '[data-entity-id="north-korean-troops"]'));
    expect(props.onMentionClick).toHaveBeenCalledWith('north-korean-troops');
  });

  it.each([
    ['Close panel', 'onClose'],
    ['Settings for this site', 'onOpenSettings'],
  ] as const)('calls %s’s callback %s on click', (name, callback) => {
    const { panel, props } = mountPanel();
    click(button(panel, name));
    expect(props[callback]).toHaveBeenCalledTimes(1);
  });

  it('closes on Escape pressed inside it', () => {
    const { panel, props } = mountPanel();
    keyDown(get(panel, '[data-entity-id="kursk"]'), 'Escape');
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('clears a search on Escape without closing', () => {
    const { panel, props } = mountPanel({ query: 'shells' });
    keyDown(get(panel, 'input'), 'Escape');
    expect([props.onQuery, props.onClose].map((fn) => vi.mocked(fn).mock.calls)).toEqual([[['']], []]);
  });

  it('shows search results instead of the sections while a query is set', () => {
    const results = PACK.claims.filter((c) => c.id === 'shells-3-million');
    const { panel } = mountPanel({ query: 'shells', results });
    expect(headings(panel)).toEqual(['News Context']);
    expect([...panel.querySelectorAll<HTMLElement>('[data-claim-id]')].map((c) => c.dataset.claimId)).toEqual([
      'shells-3-million',
    ]);
  });

  it('resizes from its handle', () => {
    const { panel, props } = mountPanel();
    keyDown(get(panel, '[role="separator"]'), 'ArrowLeft');
    expect(props.onResize).toHaveBeenCalledWith(416);
  });

  it('shows only the verdict and search on a page with nothing found', () => {
    const { panel } = mountPanel({ report: EMPTY_REPORT });
    expect([headings(panel), panel.querySelector('.nc-verdict__count')]).toEqual([['News Context'], null]);
  });

  it('says when the sources were last updated', () => {
    expect(text(get(mountPanel().panel, '.nc-panel__version'))).toBe('Sources updated 20 Nov 2024');
  });
});
