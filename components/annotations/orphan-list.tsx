'use client';
// "Needs re-attaching": annotations whose passage could not be found with
// confidence after a revision, each of the reader's own with a Re-attach
// button (which starts the re-attachment; the passage is then chosen in the text).
import type { WorkspaceAnnotation } from '@/lib/views/annotation-views';
import { LABEL_NAME } from './labels';

type Props = {
  orphaned: WorkspaceAnnotation[];
  /** Whether the reader's own annotations can still change (not after a final submission or publication). */
  editable: boolean;
  onReattach(annotation: WorkspaceAnnotation): void;
};

export function OrphanList({ orphaned, editable, onReattach }: Props) {
  if (orphaned.length === 0) return null;
  return (
    <section aria-labelledby="orphaned-heading" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <h2 id="orphaned-heading" className="font-semibold">Needs re-attaching ({orphaned.length})</h2>
      <p>The article was revised and these passages could not be found with confidence.</p>
      <ul className="space-y-2">
        {orphaned.map((annotation) => (
          <li key={annotation.id}>
            <span className="font-medium">{LABEL_NAME[annotation.label]}</span>
            {!annotation.mine && <span className="text-stone-600"> by {annotation.author.name}</span>}: <q dir="auto">{annotation.exact}</q>
            {annotation.mine && editable && (
              <button type="button" onClick={() => onReattach(annotation)} className="ml-2 text-blue-900 underline">
                Re-attach
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
