/** The search results as a listbox: claims in groups under their entity or quantity. */
import type { SearchGroup } from '../../core/search/group-results';
import type { PackIndex } from '../pack-index';
import GroupHeading from './GroupHeading';
import ResultOption from './ResultOption';

export interface ResultListProps {
  /** Groups with at least one claim. */
  groups: readonly SearchGroup[];
  index: PackIndex;
  /** DOM id of the listbox, for the search box's `aria-controls`. */
  listId: string;
  /** Position of the active option across all groups. */
  activeIndex: number;
  onOpen: (claimId: string) => void;
  onActivate: (position: number) => void;
}

/** DOM id of the option at `position`, for `aria-activedescendant`. */
export function optionId(listId: string, position: number): string {
  return `${listId}-option-${position}`;
}

/** Renders a `role="listbox"` of `role="group"`s, each headed by its entity or quantity. */
export default function ResultList({ groups, index, listId, activeIndex, onOpen, onActivate }: ResultListProps) {
  let position = 0;
  return (
    <div class="nc-popup-results" role="listbox" id={listId} aria-label="Search results">
      {groups.map((group, groupIndex) => {
        const headingId = `${listId}-group-${groupIndex}`;
        const entity = group.group.kind === 'entity' ? index.entities.get(group.group.id) : undefined;
        return (
          <div
            class="nc-popup-group"
            role="group"
            aria-labelledby={headingId}
            key={`${group.group.kind}:${group.group.id}`}
          >
            <GroupHeading group={group} entity={entity} id={headingId} />
            {group.items.map((hit) => {
              const at = position++;
              return (
                <ResultOption
                  key={hit.claim.id}
                  hit={hit}
                  id={optionId(listId, at)}
                  isActive={at === activeIndex}
                  onOpen={() => onOpen(hit.claim.id)}
                  onHover={() => onActivate(at)}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
