/**
 * Lets the extension's own DOM edits (the fallback painter's marks) pass the scan scheduler's
 * MutationObserver unseen, without the painter and the scheduler knowing each other: a running
 * scheduler registers a muter for its document, and the painter runs its edits through `asOwnEdit`.
 * Without this, painting would trigger a rescan, whose result would be painted again, forever.
 */

/** Runs an edit so that its DOM mutations are not treated as page changes. */
export type Muter = (edit: () => void) => void;

const mutersByDoc = new WeakMap<Document, Set<Muter>>();

/** Registers `muter` for `doc`; returns the function that unregisters it. */
export function registerMuter(doc: Document, muter: Muter): () => void {
  const muters = mutersByDoc.get(doc) ?? new Set<Muter>();
  muters.add(muter);
  mutersByDoc.set(doc, muters);
  return () => void muters.delete(muter);
}

/** Runs `edit` inside every muter registered for `doc` (directly when there is none). */
export function asOwnEdit(doc: Document, edit: () => void): void {
  let run = edit;
  for (const muter of mutersByDoc.get(doc) ?? []) {
    const inner = run;
    run = () => muter(inner);
  }
  run();
}
