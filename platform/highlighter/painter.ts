/** The contract both painters (CSS Custom Highlight API, fallback marks) implement. */
import type { HintStyle } from './hint-styles';

/** Whether a mention's entity has figures (painted differently). */
export type MentionKind = 'plain' | 'figure';

/** One DOM range to paint, for the mention `id` (one mention may have several ranges). */
export interface PaintRange {
  range: Range;
  kind: MentionKind;
  id: string;
}

/** Paints and un-paints mention ranges on one document. */
export interface Painter {
  paint(ranges: readonly PaintRange[]): void;
  unpaint(ids: ReadonlySet<string>): void;
  idsWithin(root: Node): string[];
  setStyle(style: HintStyle): void;
  focus(id: string | null): void;
  hitTest(x: number, y: number): string | null;
  clear(): void;
  destroy(): void;
}
