// From the adjudication form's fields to the verdict API's body, with the
// same limits the server applies, so most mistakes are caught before a round trip.
import type { Label } from '@/lib/consensus/types';
import type { VerdictInput } from './consensus-client';

export const EXPLANATION_MAX = 5000;
export const CLAIMANT_MAX = 300;
export const URL_MAX = 2048;

/** `label` is null until the editor picks one (a passage without a majority pre-selects nothing). */
export type VerdictFields = { label: Label | null; rating: string; explanation: string; claimant: string; appearanceUrl: string; claimDate: string };
/** What is wrong with a field, as a code the form words from the catalogue (consensus.verdictForm.error); `max` for the length limits. */
export type VerdictFieldError =
  | { code: 'chooseLabel' | 'chooseRating' | 'writeExplanation' | 'fullUrl' | 'dateFormat' }
  | { code: 'explanationTooLong' | 'claimantTooLong' | 'urlTooLong'; max: number };
export type VerdictFieldErrors = Partial<Record<keyof VerdictFields, VerdictFieldError>>;
/** "accept": the consensus label as it is; "verdict": the editor's own verdict, which needs a public explanation. */
export type VerdictMode = 'accept' | 'verdict';

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function validateVerdict(fields: VerdictFields, mode: VerdictMode): VerdictFieldErrors {
  const errors: VerdictFieldErrors = {};
  const explanation = fields.explanation.trim();
  const url = fields.appearanceUrl.trim();
  if (mode === 'verdict' && fields.label === null) errors.label = { code: 'chooseLabel' };
  if (!fields.rating) errors.rating = { code: 'chooseRating' };
  if (mode === 'verdict' && !explanation) errors.explanation = { code: 'writeExplanation' };
  if (explanation.length > EXPLANATION_MAX) errors.explanation = { code: 'explanationTooLong', max: EXPLANATION_MAX };
  if (fields.claimant.trim().length > CLAIMANT_MAX) errors.claimant = { code: 'claimantTooLong', max: CLAIMANT_MAX };
  if (url.length > URL_MAX) errors.appearanceUrl = { code: 'urlTooLong', max: URL_MAX };
  else if (url && !isHttpUrl(url)) errors.appearanceUrl = { code: 'fullUrl' };
  if (fields.claimDate && !/^\d{4}-\d{2}-\d{2}$/.test(fields.claimDate)) errors.claimDate = { code: 'dateFormat' };
  return errors;
}

/**
 * The request body: accepting uses the consensus label; optional fields are left out when blank.
 * Call it after validateVerdict: there is nothing to send without a label (a tie offers no consensus to accept).
 */
export function toVerdictInput(fields: VerdictFields, mode: VerdictMode, consensusLabel: Label | null, version: number | undefined): VerdictInput {
  const label = mode === 'accept' ? consensusLabel : fields.label;
  if (label === null) throw new RangeError(mode === 'accept' ? 'There is no majority label to accept.' : 'No label was chosen.');
  const input: VerdictInput = { label, rating: fields.rating, explanation: fields.explanation.trim() };
  const claimant = fields.claimant.trim();
  const appearanceUrl = fields.appearanceUrl.trim();
  if (claimant) input.claimant = claimant;
  if (appearanceUrl) input.appearanceUrl = appearanceUrl;
  if (fields.claimDate) input.claimDate = fields.claimDate;
  if (mode === 'accept') input.acceptConsensus = true;
  if (version !== undefined) input.version = version;
  return input;
}

/** The rating to start from: the verdict's, else "unsupported" for an unsupported consensus when the scale has it, else none. */
export function initialRating(verdictRating: string | undefined, consensusLabel: Label | null, scale: readonly { key: string }[]): string {
  if (verdictRating !== undefined) return verdictRating;
  if (consensusLabel === 'unsupported' && scale.some((option) => option.key === 'unsupported')) return 'unsupported';
  return '';
}
