// Classes for passage states, labels and coverage depth (their words are in
// consensus.json). Colour is never the only signal: every badge carries its
// word, every highlight a distinct underline style and a visually hidden description.
import type { Label, PassageDisplayState } from '@/lib/consensus/types';

export const STATE_BADGE_CLASS: Record<PassageDisplayState, string> = {
  adjudicated: 'border-blue-800 bg-blue-50 text-blue-900',
  disputed: 'border-red-700 bg-red-50 text-red-900',
  single: 'border-stone-500 bg-stone-100 text-stone-800',
  agreed: 'border-green-700 bg-green-50 text-green-900',
};

/** The badge of a passage whose votes tie: no label, so no label colour. */
export const NO_MAJORITY_BADGE_CLASS = 'border border-dashed border-stone-600 bg-white text-stone-900';

export const LABEL_BADGE_CLASS: Record<Label, string> = {
  claim: 'bg-blue-700 text-white',
  opinion: 'bg-amber-800 text-white',
  unsupported: 'bg-red-700 text-white',
};

/** The underline that tells labels apart without colour: solid, dashed, wavy (as in the annotation view). */
export const LABEL_DECORATION_CLASS: Record<Label, string> = {
  claim: 'underline decoration-solid decoration-blue-700 decoration-2 underline-offset-4',
  opinion: 'underline decoration-dashed decoration-amber-700 decoration-2 underline-offset-4',
  unsupported: 'underline decoration-wavy decoration-red-700 decoration-2 underline-offset-4',
};

/** Where labels tie for the most marks: a dotted grey underline, no label's colour or style. */
export const NO_MAJORITY_DECORATION_CLASS = 'underline decoration-dotted decoration-stone-600 decoration-2 underline-offset-4';

export const DEPTH_LEVELS = [
  { reviewers: 1, className: 'bg-violet-100' },
  { reviewers: 2, className: 'bg-violet-200' },
  { reviewers: 3, className: 'bg-violet-300' },
] as const;

/** The background for a stretch marked by `reviewers` reviewers (3 and more look the same). */
export function depthClass(reviewers: number): string {
  const level = DEPTH_LEVELS[Math.min(Math.max(reviewers, 1), DEPTH_LEVELS.length) - 1]!;
  return level.className;
}
