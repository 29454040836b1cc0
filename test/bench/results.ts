/** Everything one `npm run bench` measures: written to `artifacts/bench/latest.json`. */
import type { SearchBenchRow } from './search-bench';
import type { IncrementalRow, LoadProfile } from './extension-bench';
import type { LexiconRow } from './lexicon-bench';
import type { MachineInfo } from './machine';
import type { MarkRun } from './mark-run';
import type { PopupPaint } from './popup-bench';
import type { ScanSizeResult } from './scan-bench';

/** The whole run. */
export interface BenchResults {
  command: string;
  machine: MachineInfo;
  /** Seconds the whole run took (build excluded). */
  seconds: number;
  scan: ScanSizeResult[];
  markKeywords: { page: string; keywords: number; runs: MarkRun[] };
  lexicon: LexiconRow[];
  extension: {
    page: string;
    withExtension: LoadProfile;
    withoutExtension: LoadProfile;
    incremental: IncrementalRow[];
    contentScript: { bytes: number; gzipBytes: number };
  };
  search: SearchBenchRow[];
  popup: PopupPaint | null;
}
