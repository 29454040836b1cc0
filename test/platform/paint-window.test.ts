// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PaintRange } from '@/platform/highlighter';
import {
  entitiesWithFigures,
  isWindowed,
  itemsToPaint,
  PAINT_ALL_MAX,
  PAINT_WINDOW_MAX,
  toPaintRanges,
} from '@/platform/paint-window';
import type { FoundMention } from '@/platform/page-scan';
import { miniPack } from '../core/fixtures/mini-pack';

const VIEWPORT = 800;

/** A range whose box is `height` px tall at `top` (viewport coordinates); null: no box. */
function rangeAt(id: string, top: number | null, height = 18): PaintRange {
  const box = top === null ? new DOMRect(0, 0, 0, 0) : new DOMRect(10, top, 60, height);
  return { id, kind: 'plain', range: { getBoundingClientRect: () => box } as unknown as Range };
}

/** `count` ranges `gap` px apart, the first at `from`. */
function column(prefix: string, count: number, from: number, gap: number): PaintRange[] {
  return Array.from({ length: count }, (_, i) => rangeAt(`${prefix}${i}`, from + i * gap));
}

/** Ids of the ranges whose box meets [-VIEWPORT, 2 × VIEWPORT]. */
function idsInBand(ranges: readonly PaintRange[]): string[] {
  return ranges
    .filter(({ range }) => {
      const box = range.getBoundingClientRect();
      return box.height > 0 && box.bottom >= -VIEWPORT && box.top <= 2 * VIEWPORT;
    })
    .map(({ id }) => id);
}

const ids = (ranges: readonly PaintRange[]): string[] => ranges.map(({ id }) => id).sort();

/** The windowing under test, on paint ranges measured by their own range. */
function rangesToPaint(runs: ReadonlyArray<readonly PaintRange[]>, viewport: number): PaintRange[] {
  return itemsToPaint(runs, (entry) => entry.range, viewport);
}

describe('itemsToPaint', () => {
  it(`paints every range, in order, up to ${PAINT_ALL_MAX}`, () => {
    const runs = [column('a', PAINT_ALL_MAX - 10, -50_000, 40), column('b', 10, 90_000, 40)];
    expect(isWindowed(runs)).toBe(false);
    expect(rangesToPaint(runs, VIEWPORT)).toEqual(runs.flat());
  });

  it('paints only the ranges within a viewport of the viewport on a huge page', () => {
    const run = column('a', 5000, -40_000, 20);
    const painted = rangesToPaint([run], VIEWPORT);
    expect(isWindowed([run])).toBe(true);
    expect(ids(painted)).toEqual(ids(run.filter(({ id }) => idsInBand(run).includes(id))));
    expect(painted.length).toBeGreaterThan(100);
  });

  it('searches each run (scanned root) on its own', () => {
    const page = column('page', 4000, -60_000, 20);
    const appended = column('post', 50, 200, 30);
    const far = column('far', 50, 50_000, 30);
    const painted = rangesToPaint([page, appended, far], VIEWPORT);
    expect(ids(painted)).toEqual([...idsInBand(page), ...idsInBand(appended)].sort());
  });

  it(`paints at most ${PAINT_WINDOW_MAX} ranges however dense the viewport is`, () => {
    const dense = Array.from({ length: 3000 }, (_, i) => rangeAt(`d${i}`, 300));
    expect(rangesToPaint([dense], VIEWPORT)).toHaveLength(PAINT_WINDOW_MAX);
  });

  it('skips ranges without a box and keeps walking past them', () => {
    const run = column('a', 2000, -20_000, 20).map((entry, i) => (i % 3 === 0 ? rangeAt(entry.id, null) : entry));
    expect(ids(rangesToPaint([run], VIEWPORT))).toEqual(idsInBand(run).sort());
  });

  it('stops walking after a streak of ranges outside the band (an out-of-flow island is left unpainted)', () => {
    const before = column('a', 1000, -30_000, 20);
    const island = column('island', 5, 100, 20);
    const gap = column('b', 100, 20_000, 20);
    const after = column('c', 1000, 100_000, 20);
    const painted = rangesToPaint([[...before, ...gap, ...island, ...after]], VIEWPORT);
    expect(painted).toEqual([]);
  });

  it('never throws on a range that cannot be measured', () => {
    const broken: PaintRange = {
      id: 'x',
      kind: 'plain',
      range: {
        getBoundingClientRect: () => {
          throw new Error('detached');
        },
      } as unknown as Range,
    };
    const run = [...column('a', 2000, 0, 20), broken];
    expect(() => rangesToPaint([run], VIEWPORT)).not.toThrow();
  });
});

describe('toPaintRanges', () => {
  it('paints every range of a mention, as a figure hint when a claim with figures concerns its entity', () => {
    const figures = entitiesWithFigures(miniPack);
    const withFigure = [...figures][0]!;
    const without = miniPack.entities.map((entity) => entity.id).find((id) => !figures.has(id))!;
    const [a, b, c] = [rangeAt('a', 0), rangeAt('b', 20), rangeAt('c', 40)].map((entry) => entry.range);
    const mention = (id: string, entityId: string, ranges: Range[]) => ({ id, entityId, ranges }) as FoundMention;
    expect(toPaintRanges([mention('m1', withFigure, [a!, b!]), mention('m2', without, [c!])], figures)).toEqual([
      { range: a, id: 'm1', kind: 'figure' },
      { range: b, id: 'm1', kind: 'figure' },
      { range: c, id: 'm2', kind: 'plain' },
    ]);
  });
});
