/** The "About the corpus" section: what the extension knows, how much, and where it comes from. */
import type { TopicPack } from '../../core/pack/types';
import { formatDate } from '../format';
import SourceTable from './SourceTable';

export interface CorpusSectionProps {
  pack: TopicPack;
}

/** The topic's title and summary, counts, version and date, and the table of sources. */
export default function CorpusSection({ pack }: CorpusSectionProps) {
  const { topic } = pack;
  const facts: [string, string][] = [
    ['Claims', String(pack.claims.length)],
    ['Sources', String(pack.sources.length)],
    ['Entities', String(pack.entities.length)],
    ['Version', topic.version],
    ['Updated', formatDate(topic.updated)],
  ];
  return (
    <section class="nc-options__section" aria-labelledby="nc-corpus-heading">
      <h2 id="nc-corpus-heading">About the corpus</h2>
      <p class="nc-options__intro">
        Everything News Context shows comes from this corpus, which ships with the extension and changes only when the
        extension updates.
      </p>
      <h3>{topic.title}</h3>
      <p class="nc-options__summary">{topic.summary}</p>
      <dl class="nc-options__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>Sources</h3>
      <SourceTable sources={pack.sources} />
    </section>
  );
}
