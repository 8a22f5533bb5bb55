// Key bindings and colours of the three labels, shared by toolbar, form, panel
// and the article's key handler. Their names and hints are in the catalogue
// (common.label.<label>, common.labelHint.<label>), as are the evidence types'
// (common.evidenceType.<type>).
import type { Label } from '@/lib/views/annotation-views';

/** The key that tags a selection with each label. */
export const LABEL_KEY: Readonly<Record<Label, string>> = { claim: '1', opinion: '2', unsupported: '3' };

export const LABEL_BUTTON_CLASS: Record<Label, string> = {
  claim: 'border-blue-700 text-blue-900 hover:bg-blue-50',
  opinion: 'border-amber-700 text-amber-900 hover:bg-amber-50',
  unsupported: 'border-red-700 text-red-900 hover:bg-red-50',
};
