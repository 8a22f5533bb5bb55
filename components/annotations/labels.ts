// Key bindings and colours of the three labels, shared by toolbar, form, panel
// and the article's key handler. Their names and hints are in the catalogue
// (common.label.<label>, common.labelHint.<label>), as are the evidence types'
// (common.evidenceType.<type>).
import type { EvidenceType, Label } from '@/lib/views/annotation-views';
import { LABELS } from '@/lib/vocabulary';

/** The key that tags a selection with each label. */
export const LABEL_KEY: Readonly<Record<Label, string>> = { claim: '1', opinion: '2', unsupported: '3' };

export const LABEL_BUTTON_CLASS: Record<Label, string> = {
  claim: 'border-blue-700 text-blue-900 hover:bg-blue-50',
  opinion: 'border-amber-700 text-amber-900 hover:bg-amber-50',
  unsupported: 'border-red-700 text-red-900 hover:bg-red-50',
};

// English names for the screens not yet moved to the catalogue (consensus, exports). Issue 17:
// delete these once nothing imports them; new code names a label with t(`label.${label}`) from 'common'.
const LABEL_DETAIL: Record<Label, { name: string; hint: string }> = {
  claim: { name: 'Claim', hint: 'A checkable statement of fact' },
  opinion: { name: 'Opinion', hint: 'A judgement or interpretation' },
  unsupported: { name: 'Unsupported', hint: 'Asserted or framed without support' },
};

/** @deprecated English names: use LABELS with LABEL_KEY, and common.label.* / common.labelHint.*. */
export const LABEL_OPTIONS: { value: Label; name: string; key: string; hint: string }[] = LABELS.map((value) => ({ value, key: LABEL_KEY[value], ...LABEL_DETAIL[value] }));

/** @deprecated English names: use common.label.*. */
export const LABEL_NAME = Object.fromEntries(LABEL_OPTIONS.map((option) => [option.value, option.name])) as Record<Label, string>;

/** @deprecated English names: use common.evidenceType.*. */
export const EVIDENCE_TYPE_NAME: Record<EvidenceType, string> = {
  primary_source: 'Primary source',
  official_data: 'Official data',
  expert: 'Expert',
  news_report: 'News report',
  prior_fact_check: 'Prior fact-check',
};
