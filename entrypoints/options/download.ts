/** Saves text as a file through a Blob URL and a temporary `<a download>`: no `downloads` permission needed. */

/** How long the Blob URL outlives the click, in ms: the browser starts the download asynchronously. */
const REVOKE_DELAY_MS = 1000;

/** Offers `text` to the reader as a download named `filename`. */
export function downloadText(text: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

/** `news-context-settings-2026-11-22.json` for the date of `now`. */
export function exportFilename(now: number): string {
  return `news-context-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
}
