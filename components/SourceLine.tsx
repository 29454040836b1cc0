/** "Outlet · Author · 23 Oct 2024": where a claim comes from, with a link when the source has a URL. */
import type { ComponentChildren } from 'preact';
import type { Source } from '../core/pack/types';
import { formatDate, isWebUrl } from './format';

export interface SourceLineProps {
  /** `null` or `undefined` when the pack has no such source: shows "Source unknown". */
  source: Source | null | undefined;
  /** Date to show; defaults to the source's publication date. */
  date?: string | null;
  /** Leave the author out, e.g. when the attribution already names them. */
  hideAuthor?: boolean;
}

/** Renders the outlet (linked when a web URL is known), the author and the date, skipping unknown parts. */
export default function SourceLine({ source, date, hideAuthor = false }: SourceLineProps) {
  const when = date ?? source?.published ?? null;
  const url = source?.url && isWebUrl(source.url) ? source.url : null;
  const name = source?.outlet ?? (url ? source?.title : null) ?? null;
  const author = hideAuthor ? null : (source?.author ?? null);
  const parts: ComponentChildren[] = [];
  if (name !== null) parts.push(<SourceName name={name} url={url} title={source?.title ?? name} />);
  if (author !== null) parts.push(<span>{author}</span>);
  if (parts.length === 0) parts.push(<span class="nc-source__unknown">Source unknown</span>);
  if (when !== null) parts.push(<time dateTime={when}>{formatDate(when)}</time>);
  return (
    <span class="nc-source">
      {parts.map((part, i) => (
        <span class="nc-source__part" key={i}>
          {i > 0 && (
            <span class="nc-source__sep" aria-hidden="true">
              {' · '}
            </span>
          )}
          {part}
        </span>
      ))}
    </span>
  );
}

function SourceName({ name, url, title }: { name: string; url: string | null; title: string }) {
  if (url === null) return <span class="nc-source__outlet">{name}</span>;
  return (
    <a class="nc-source__outlet nc-link" href={url} title={title} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  );
}
