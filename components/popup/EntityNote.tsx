/** A matched entity that no claim is about yet: its description, so the search still informs. */
import type { Entity } from '../../core/pack/types';
import type { SearchGroup } from '../../core/search/group-results';
import GroupHeading from './GroupHeading';

export interface EntityNoteProps {
  group: SearchGroup;
  entity: Entity | undefined;
}

/** Renders the entity's heading, its one-line description and a note that no claim concerns it. */
export default function EntityNote({ group, entity }: EntityNoteProps) {
  const headingId = `nc-popup-note-${group.group.id}`;
  return (
    <section class="nc-popup-note" aria-labelledby={headingId}>
      <GroupHeading group={group} entity={entity} id={headingId} />
      {entity && <p class="nc-popup-note__description">{entity.description}</p>}
      <p class="nc-popup-note__empty">No sourced claim is about it yet.</p>
    </section>
  );
}
