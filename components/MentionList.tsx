/** "On this page": one button per mentioned entity, with its count; the keyboard path to every hint. */
import type { EntityCount } from '../core/report';
import { ENTITY_TYPE_LABELS, formatMentions } from './format';
import type { PackIndex } from './pack-index';

export interface MentionListProps {
  entities: EntityCount[];
  index: PackIndex;
  /** Called with the entity id; the integrator scrolls to and opens the next mention of it. */
  onMentionClick: (entityId: string) => void;
}

/** Renders the page's entities, most mentioned first, as buttons named "Kim Jong Un, 3 mentions, go to next". */
export default function MentionList({ entities, index, onMentionClick }: MentionListProps) {
  const known = entities.flatMap((count) => {
    const entity = index.entities.get(count.entityId);
    return entity ? [{ entity, count: count.count }] : [];
  });
  if (known.length === 0) return <p class="nc-empty">No mentions found.</p>;
  return (
    <ul class="nc-list nc-mentions">
      {known.map(({ entity, count }) => (
        <li key={entity.id}>
          <button
            type="button"
            class="nc-mention"
            data-entity-id={entity.id}
            data-entity-name={entity.name}
            data-count={count}
            aria-label={`${entity.name}, ${formatMentions(count)}, go to next`}
            onClick={() => onMentionClick(entity.id)}
          >
            <span class="nc-mention__name">{entity.name}</span>
            <span class="nc-mention__type">{ENTITY_TYPE_LABELS[entity.type]}</span>
            <span class="nc-mention__count">{count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
