/** The heading of a group of results: the entity or quantity, with the words that matched it marked. */
import type { Entity } from '../../core/pack/types';
import type { SearchGroup } from '../../core/search/group-results';
import { ENTITY_TYPE_LABELS } from '../format';
import Highlighted from './Highlighted';

export interface GroupHeadingProps {
  group: SearchGroup;
  /** The entity, for an entity group: its type is shown as a tag. */
  entity: Entity | undefined;
  /** DOM id, for the group's `aria-labelledby`. */
  id: string;
}

/** What a group is about, in words ("Quantity", "Person"), for the tag beside its name. */
function tagOf(group: SearchGroup, entity: Entity | undefined): string | null {
  if (group.group.kind === 'quantity') return 'Figures';
  return entity ? ENTITY_TYPE_LABELS[entity.type] : null;
}

/** Renders the group's name (marked where it matched), the alias that matched if not the name, and a tag. */
export default function GroupHeading({ group, entity, id }: GroupHeadingProps) {
  const title = group.matches.find((match) => match.key === 'title');
  const alias = title ? undefined : group.matches.find((match) => match.key === 'names');
  const tag = tagOf(group, entity);
  return (
    <div class="nc-popup-group__heading" id={id}>
      <span class="nc-popup-group__label">
        <Highlighted text={group.group.label} ranges={title?.indices ?? []} />
      </span>
      {alias && (
        <span class="nc-popup-group__alias">
          <Highlighted text={alias.text} ranges={alias.indices} />
        </span>
      )}
      {tag && <span class="nc-popup-group__tag">{tag}</span>}
    </div>
  );
}
