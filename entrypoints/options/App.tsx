/** The options page container: wires stored settings and the pack into the presentational sections. */
import type { TopicPack } from '@/core/pack/types';
import { createSiteRule, removeSiteRule, setDefaults, setPause, setSiteRule } from '@/core/settings/resolve';
import CorpusSection from '@/components/options/CorpusSection';
import DefaultsSection from '@/components/options/DefaultsSection';
import ImportExportSection from '@/components/options/ImportExportSection';
import PageHeader from '@/components/options/PageHeader';
import SitesSection from '@/components/options/SitesSection';
import { useImportExport } from './use-import-export';
import { useNow, useStoredSettings } from '@/hooks/use-stored-settings';

export interface AppProps {
  pack: TopicPack;
}

/** How often the page re-reads the clock, in ms, so a timed pause shows as over soon after it ends. */
const CLOCK_INTERVAL_MS = 30_000;

/** The settings page: header, Sites, Defaults, Import and export, About the corpus. */
export default function App({ pack }: AppProps) {
  const { settings, change, show, saveError } = useStoredSettings();
  const now = useNow(CLOCK_INTERVAL_MS);
  const importExport = useImportExport(show);
  return (
    <div class="nc-ui nc-options">
      <PageHeader saveError={saveError} />
      <main class="nc-options__main">
        {settings === null ? (
          <p class="nc-empty">Loading settings…</p>
        ) : (
          <>
            <SitesSection
              sites={settings.sites}
              defaults={settings.defaults}
              onChange={(rule) => change((s) => setSiteRule(s, rule))}
              onRemove={(domain) => change((s) => removeSiteRule(s, domain))}
              onAdd={(domain) => change((s) => setSiteRule(s, createSiteRule(domain)))}
              onResetAll={() => change((s) => ({ ...s, sites: [] }))}
            />
            <DefaultsSection
              defaults={settings.defaults}
              pause={settings.pause}
              now={now}
              onChange={(changes) => change((s) => setDefaults(s, changes))}
              onPause={(ms) => change((s) => setPause(s, { until: ms === null ? null : Date.now() + ms }))}
              onResume={() => change((s) => setPause(s, null))}
            />
            <ImportExportSection {...importExport} />
          </>
        )}
        <CorpusSection pack={pack} />
      </main>
    </div>
  );
}
