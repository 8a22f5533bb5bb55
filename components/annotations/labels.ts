// Display names and key bindings of the three labels, shared by toolbar, form and panel.
import type { Confidence, EvidenceType, Label } from '@/lib/views/annotation-views';

export const LABEL_OPTIONS: { value: Label; name: string; key: string; hint: string }[] = [
  { value: 'claim', name: 'Claim', key: '1', hint: 'A checkable statement of fact' },
  { value: 'opinion', name: 'Opinion', key: '2', hint: 'A judgement or interpretation' },
  { value: 'unsupported', name: 'Unsupported', key: '3', hint: 'Asserted or framed without support' },
];

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const satisfies readonly Confidence[];

export const LABEL_NAME: Record<Label, string> = { claim: 'Claim', opinion: 'Opinion', unsupported: 'Unsupported' };

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
