// Display names and key bindings of the three labels, shared by toolbar, form and panel.
import type { EvidenceType, Label } from '@/lib/views/annotation-views';
import { LABELS } from '@/lib/vocabulary';

const LABEL_DETAIL: Record<Label, { name: string; key: string; hint: string }> = {
  claim: { name: 'Claim', key: '1', hint: 'A checkable statement of fact' },
  opinion: { name: 'Opinion', key: '2', hint: 'A judgement or interpretation' },
  unsupported: { name: 'Unsupported', key: '3', hint: 'Asserted or framed without support' },
};

/** The labels in the vocabulary's order. */
export const LABEL_OPTIONS: { value: Label; name: string; key: string; hint: string }[] = LABELS.map((value) => ({ value, ...LABEL_DETAIL[value] }));

export const LABEL_NAME = Object.fromEntries(LABEL_OPTIONS.map((option) => [option.value, option.name])) as Record<Label, string>;

export const EVIDENCE_TYPE_NAME: Record<EvidenceType, string> = {
  primary_source: 'Primary source',
  official_data: 'Official data',
  expert: 'Expert',
  news_report: 'News report',
  prior_fact_check: 'Prior fact-check',
};

export const LABEL_BUTTON_CLASS: Record<Label, string> = {
  claim: 'border-blue-700 text-blue-900 hover:bg-blue-50',
  opinion: 'border-amber-700 text-amber-900 hover:bg-amber-50',
  unsupported: 'border-red-700 text-red-900 hover:bg-red-50',
};
