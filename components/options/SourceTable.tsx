/** The corpus's sources as a table: title (linked when known), outlet, author, date. */
import type { Source } from '../../core/pack/types';
import { formatDate, isWebUrl } from '../format';

export interface SourceTableProps {
  sources: readonly Source[];
}

function Unknown() {
  return <span class="nc-options__unknown">unknown</span>;
}

function orUnknown(text: string | null) {
  return text === null ? <Unknown /> : text;
}

/** A `<tr>`: the title (linked to a web URL only), outlet, author and publication date. */
function SourceRow({ source }: { source: Source }) {
  const { title, url, published } = source;
  return (
    <tr>
      <th scope="row">
        {url !== null && isWebUrl(url) ? (
          <a class="nc-link" href={url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </th>
      <td>{orUnknown(source.outlet)}</td>
      <td>{orUnknown(source.author)}</td>
      <td>{published === null ? <Unknown /> : <time dateTime={published}>{formatDate(published)}</time>}</td>
    </tr>
  );
}

/** One row per source; missing outlet, author or date read "unknown", and only web URLs are linked. */
export default function SourceTable({ sources }: SourceTableProps) {
  return (
    <div class="nc-options__table-wrap">
      <table class="nc-options__table nc-options__sources">
        <caption class="nc-sr-only">Sources</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Author</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <SourceRow key={source.id} source={source} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
