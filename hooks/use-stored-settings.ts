/** Preact hooks (shared by the popup and the options page) that keep a page in step with stored settings and the clock. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/core/settings/types';
import { loadSettings, updateSettings, watchSettings } from '@/platform/settings';

/** The stored settings (`null` while loading), a pure-change function, and the last save error. */
export interface StoredSettings {
  settings: Settings | null;
  /** Shows `update` at once, stores it, and returns to the stored settings if the write fails. */
  change: (update: (settings: Settings) => Settings) => void;
  /** Replaces the shown settings (after an import stored them). */
  show: (settings: Settings) => void;
  saveError: string | null;
}

/** The message of a thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the settings, follows changes from every context, and stores changes made here. */
export function useStoredSettings(): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    // A change seen by the watcher first is newer than this read, so the read only fills a blank.
    void loadSettings().then((loaded) => setSettings((current) => current ?? loaded));
    return unwatch;
  }, []);
  const change = (update: (settings: Settings) => Settings) => {
    setSettings((current) => (current ? update(current) : current));
    updateSettings(update).then(
      (saved) => {
        setSettings(saved);
        setSaveError(null);
      },
      async (error: unknown) => {
        setSaveError(`Your last change was not saved. ${messageOf(error)}`);
        setSettings(await loadSettings());
      },
    );
  };
  return { settings, change, show: setSettings, saveError };
}

/** The current time in epoch milliseconds, refreshed every `intervalMs`. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
