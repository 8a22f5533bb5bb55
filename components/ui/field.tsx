import type { ReactNode } from 'react';

export const inputClass = 'mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2 text-base';

/** A label wrapping its control, so every input has an accessible name. */
export function Field({ label, hint, children }: { label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-stone-800">{label}</span>
      {children}
      {hint && <span className="mt-1 block text-xs text-stone-600">{hint}</span>}
    </label>
  );
}
