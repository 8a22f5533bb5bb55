// The workspace's keys, in one place a reader can open from the side panel.
import { LABEL_OPTIONS } from './labels';

export function KeyboardHelp({ snapToWords }: { snapToWords: boolean }) {
  const keys: [string, string][] = [
    ['Shift + arrows', 'Select text in the article (or drag with the mouse)'],
    ...LABEL_OPTIONS.map((option): [string, string] => [option.key, `Tag the selection as ${option.name.toLowerCase()}`]),
    ['W', `Whole-word snapping of selections on or off (now ${snapToWords ? 'on' : 'off: selections are kept exactly'}); spaces at either end are always dropped`],
    ['Enter', 'Save the annotation (Shift + Enter: a new line in the rationale)'],
    ['Escape', 'Cancel the form, or clear the selection'],
  ];
  return (
    <details className="rounded border border-stone-300 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-semibold">Keyboard shortcuts</summary>
      <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {keys.map(([key, what]) => (
          <div key={key} className="contents">
            <dt><kbd className="rounded border border-stone-300 bg-stone-100 px-1 text-xs">{key}</kbd></dt>
            <dd className="text-stone-700">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
