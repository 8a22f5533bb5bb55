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

export type ReviewerChoice = { id: string; name: string; mine: boolean };

/**
 * The reviewers to filter by, the reader first (`mine`: the menu says "You"), then the others by name
 * in the interface language's order (`locale`); none unless the reader may see others' annotations.
 */
export function reviewerChoices(annotations: readonly Filterable[], seesOthers: boolean, locale: string): ReviewerChoice[] {
  if (!seesOthers) return [];
  const byId = new Map<string, ReviewerChoice>();
  for (const annotation of annotations) byId.set(annotation.author.id, { id: annotation.author.id, name: annotation.author.name, mine: annotation.mine });
  const collator = new Intl.Collator(locale);
  return [...byId.values()].sort((a, b) => Number(b.mine) - Number(a.mine) || collator.compare(a.name, b.name));
}

/** Whether the filter hides anything: the heading then says "Annotations (3 of 9)", else "Annotations (9)". */
export function isFiltering(filter: PanelFilter): boolean {
  return filter.label !== 'all' || filter.reviewer !== 'all';
}
