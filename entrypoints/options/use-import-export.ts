/** The options page's import and export actions and the last import's report. */
import { useState } from 'preact/hooks';
import type { ImportReport } from '@/components/options/ImportExportSection';
import type { Settings } from '@/core/settings/types';
import { exportSettings, importSettings } from '@/platform/settings';
import { downloadText, exportFilename } from './download';
import { messageOf } from '@/hooks/use-stored-settings';

/** What the Import and export section needs from its container. */
export interface ImportExport {
  onExport: () => void;
  onImport: (file: File) => void;
  report: ImportReport | null;
}

/** Export downloads the stored settings; import reads, validates and stores a file, then calls `show`. */
export function useImportExport(show: (settings: Settings) => void): ImportExport {
  const [report, setReport] = useState<ImportReport | null>(null);
  const onExport = () => {
    exportSettings().then(
      (text) => downloadText(text, exportFilename(Date.now())),
      (error: unknown) => setReport({ applied: false, errors: [`Export failed. ${messageOf(error)}`] }),
    );
  };
  const onImport = (file: File) => {
    file
      .text()
      .then(importSettings)
      .then(({ applied, errors, imported }) => {
        show(applied);
        setReport({ applied: imported, errors });
      })
      .catch((error: unknown) => setReport({ applied: false, errors: [messageOf(error)] }));
  };
  return { onExport, onImport, report };
}
