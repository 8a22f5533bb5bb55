// Filtering the annotation panel by label and by reviewer. The reviewer
// choices come only from the annotations the reader was sent, and only when
// they may see other people's work at all (the desk, or a reviewer who has
// submitted): a reviewer still reviewing blind gets no reviewer filter, so it
// can name nobody and count nothing of anyone else's.
import type { Label, WorkspaceAnnotation } from '@/lib/views/annotation-views';

/** 'all', or one label / one author id. */
export type PanelFilter = { label: Label | 'all'; reviewer: string | 'all' };

export const NO_FILTER: PanelFilter = { label: 'all', reviewer: 'all' };

type Filterable = Pick<WorkspaceAnnotation, 'label' | 'author' | 'mine'>;

export function filterAnnotations<T extends Filterable>(annotations: readonly T[], filter: PanelFilter): T[] {
  return annotations.filter((annotation) => (filter.label === 'all' || annotation.label === filter.label) && (filter.reviewer === 'all' || annotation.author.id === filter.reviewer));
}

/** The reviewers to filter by, the reader first ("You"), then by name; none unless the reader may see others' annotations. */
export function reviewerChoices(annotations: readonly Filterable[], seesOthers: boolean): { id: string; name: string }[] {
  if (!seesOthers) return [];
  const byId = new Map<string, { id: string; name: string; mine: boolean }>();
  for (const annotation of annotations) byId.set(annotation.author.id, { id: annotation.author.id, name: annotation.mine ? 'You' : annotation.author.name, mine: annotation.mine });
  return [...byId.values()]
    .sort((a, b) => Number(b.mine) - Number(a.mine) || a.name.localeCompare(b.name, 'en-GB'))
    .map(({ id, name }) => ({ id, name }));
}

/** "Annotations (3 of 9)" when filtered, "Annotations (9)" when not. */
export function panelCount(shown: number, total: number, filter: PanelFilter): string {
  return filter.label === 'all' && filter.reviewer === 'all' ? `${total}` : `${shown} of ${total}`;
}
