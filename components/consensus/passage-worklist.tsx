'use client';
// The editor's worklist: every passage, disputed first, then single, then
// agreed (worklist.ts), worked through from the keyboard. J and K move the
// selection (the selected row takes focus and scrolls into view; roving
// tabindex), A accepts the majority label as the verdict (a dialog asks for
// the rating), V or Enter opens the verdict form with focus in it, Escape
// closes it, P goes to Publish. Keys are ignored while typing, in a dialog, or
// with the tab hidden. The outcome of each key is announced in a status line.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { Label } from '@/lib/consensus/types';
import type { ConsensusPassageView, ConsensusView } from '@/lib/views/consensus-views';
import { type ShortcutGroup, useShortcuts } from '../layout/shortcut-sheet';
import { hasCommandModifier, isTypingTarget } from '../layout/typing-target';
import { AcceptConsensusDialog } from './accept-consensus-dialog';
import { formatCount } from './format-figures';
import { PassageCard } from './passage-card';
import { moveSelection, sortWorklist } from './worklist';

type Props = {
  view: Pick<ConsensusView, 'article' | 'passages' | 'reviewers' | 'ratingScale' | 'weighting'>;
  /** Whether the worklist's tab is the one shown: hidden, it takes no keys. */
  active: boolean;
  selectedId: string | null;
  onSelect(passageId: string): void;
  onShowInText(passageId: string): void;
};

const WORKLIST_SHORTCUTS: ShortcutGroup = {
  title: 'Passages worklist',
  keys: [
    ['J', 'Select the next passage'],
    ['K', 'Select the previous passage'],
    ['A', "Accept the reviewers' majority label as the verdict (asks for the rating)"],
    ['V or Enter', 'Open the verdict form of the selected passage'],
    ['Escape', 'Close the verdict form and return to the passage'],
    ['P', 'Go to the Publish button'],
  ],
};

type Accepting = ConsensusPassageView & { label: Label };

export function PassageWorklist({ view, active, selectedId, onSelect, onShowInText }: Props) {
  useShortcuts(WORKLIST_SHORTCUTS);
  const router = useRouter();
  const sorted = sortWorklist(view.passages);
  const rows = useRef(new Map<string, HTMLElement>());
  const [open, setOpen] = useState<{ id: string; focusForm: boolean }[]>([]);
  const [accepting, setAccepting] = useState<Accepting | null>(null);
  const [message, setMessage] = useState('');

  function focusRow(passageId: string) {
    const row = rows.current.get(passageId);
    row?.focus({ preventScroll: true });
    row?.scrollIntoView({ block: 'nearest' });
  }
  function select(passageId: string | null) {
    if (passageId === null) return;
    onSelect(passageId);
    focusRow(passageId);
  }
  function openForm(passageId: string, focusForm: boolean) {
    setOpen((current) => [...current.filter((entry) => entry.id !== passageId), { id: passageId, focusForm }]);
  }
  function closeForm(passageId: string) {
    setOpen((current) => current.filter((entry) => entry.id !== passageId));
    focusRow(passageId);
  }

  // Read by the document's key handler, which is added once.
  const latest = useRef({ sorted, selectedId, active, accepting });
  useEffect(() => {
    latest.current = { sorted, selectedId, active, accepting };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { sorted: passages, selectedId: current, active: shown, accepting: dialogOpen } = latest.current;
      const target = event.target as HTMLElement | null;
      if (!shown || dialogOpen || event.defaultPrevented || hasCommandModifier(event) || isTypingTarget(target)) return;
      if (target?.closest('[role="dialog"]')) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const selected = passages.find((passage) => passage.id === current) ?? null;
      // Enter is the row's own key: on a button or link inside it, Enter presses that.
      if (key === 'Enter' && !(selected && target === rows.current.get(selected.id))) return;
      if (!['j', 'k', 'a', 'v', 'p', 'Enter'].includes(key)) return;
      event.preventDefault();
      if (key === 'j' || key === 'k') {
        select(moveSelection(passages.map((passage) => passage.id), current, key === 'j' ? 1 : -1));
        setMessage('');
      } else if (key === 'p') {
        const publish = document.querySelector<HTMLButtonElement>('[data-shortcut="publish"] button');
        if (publish) {
          publish.focus();
          publish.scrollIntoView({ block: 'nearest' });
        }
        setMessage(!publish ? 'The article is published: Reopen is in the Publication panel.' : publish.disabled ? 'Publishing waits for every disputed passage to have a verdict.' : '');
      } else if (!selected) {
        setMessage('No passage is selected: press J to select the first.');
      } else if (key === 'a') {
        if (selected.label === null) setMessage('No majority on this passage: there is no consensus label to accept. Press V to set the verdict yourself.');
        else {
          setMessage('');
          setAccepting({ ...selected, label: selected.label });
        }
      } else {
        openForm(selected.id, true);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
    // select and openForm only use setters and refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const disputed = sorted.filter((passage) => passage.state === 'disputed');
  const waiting = disputed.filter((passage) => passage.verdict === null).length;
  const tabbableId = sorted.some((passage) => passage.id === selectedId) ? selectedId : (sorted[0]?.id ?? null);
  return (
    <section aria-labelledby="passages-heading" className="space-y-3">
      <h2 id="passages-heading" className="text-xl font-semibold">Passages</h2>
      {sorted.length === 0 ? (
        <p className="text-stone-700">No passages yet: no submitted reviewer has marked any text.</p>
      ) : (
        <>
          <p className="text-sm text-stone-800">
            {formatCount(sorted.length, 'passage')}: {disputed.length} disputed ({waiting} without a verdict), {sorted.filter((passage) => passage.state === 'single').length} single,{' '}
            {sorted.filter((passage) => passage.state === 'agreed').length} agreed. Listed in that order, each group in text order.
          </p>
          <p id="worklist-keys" className="text-sm text-stone-700">
            Keys: <kbd>J</kbd>/<kbd>K</kbd> next and previous passage, <kbd>A</kbd> accept the consensus, <kbd>V</kbd> open the verdict form, <kbd>P</kbd> go to Publish,{' '}
            <kbd>?</kbd> all shortcuts.
          </p>
          <p role="status" className="min-h-5 text-sm font-medium text-stone-900">{message}</p>
          <ol className="space-y-4" aria-label="Passages to adjudicate" aria-describedby="worklist-keys">
            {sorted.map((passage) => {
              const form = open.find((entry) => entry.id === passage.id);
              return (
                <li key={passage.id}>
                  <PassageCard
                    ref={(element) => {
                      if (element) rows.current.set(passage.id, element);
                      else rows.current.delete(passage.id);
                    }}
                    articleId={view.article.id}
                    passage={passage}
                    reviewers={view.reviewers}
                    ratingScale={view.ratingScale}
                    weighting={view.weighting}
                    selected={passage.id === selectedId}
                    tabbable={passage.id === tabbableId}
                    expanded={form !== undefined}
                    focusForm={form?.focusForm ?? false}
                    onToggle={() => (form ? closeForm(passage.id) : openForm(passage.id, false))}
                    onCloseForm={() => closeForm(passage.id)}
                    onFocusRow={() => passage.id !== selectedId && onSelect(passage.id)}
                    onShowInText={onShowInText}
                  />
                </li>
              );
            })}
          </ol>
        </>
      )}
      <AcceptConsensusDialog
        articleId={view.article.id}
        passage={accepting}
        ratingScale={view.ratingScale}
        onClose={() => setAccepting(null)}
        onAccepted={(text) => {
          setAccepting(null);
          setMessage(text);
          router.refresh();
        }}
        returnFocus={() => {
          if (latest.current.selectedId) focusRow(latest.current.selectedId);
        }}
      />
    </section>
  );
}
