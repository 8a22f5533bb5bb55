'use client';
// The editor's worklist: every passage, disputed first, then single, then
// agreed (worklist.ts), worked through from the keyboard. J and K move the
// selection (the selected row takes focus and scrolls into view; roving
// tabindex), A accepts the majority label as the verdict (a dialog asks for
// the rating), V or Enter opens the verdict form with focus in it, Escape
// closes it, P goes to Publish. Keys are ignored while typing, in a dialog, or
// with the tab hidden. The outcome of each key is announced in a status line.
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/components/i18n/kept-translations';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Label } from '@/lib/consensus/types';
import type { ConsensusPassageView, ConsensusView } from '@/lib/views/consensus-views';
import { type ShortcutGroup, useShortcuts } from '../layout/shortcut-sheet';
import { hasCommandModifier, isTypingTarget } from '../layout/typing-target';
import { AcceptConsensusDialog } from './accept-consensus-dialog';
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

type Accepting = ConsensusPassageView & { label: Label };

export function PassageWorklist({ view, active, selectedId, onSelect, onShowInText }: Props) {
  const t = useTranslations('consensus.worklist');
  const shortcuts = useMemo<ShortcutGroup>(
    () => ({
      title: t('shortcuts.title'),
      keys: [
        ['J', t('shortcuts.next')],
        ['K', t('shortcuts.previous')],
        ['A', t('shortcuts.accept')],
        [t('shortcuts.openKey'), t('shortcuts.open')],
        [t('shortcuts.escapeKey'), t('shortcuts.escape')],
        ['P', t('shortcuts.publish')],
      ],
    }),
    [t],
  );
  useShortcuts(shortcuts);
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
  const latest = useRef({ sorted, selectedId, active, accepting, t });
  useEffect(() => {
    latest.current = { sorted, selectedId, active, accepting, t };
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { sorted: passages, selectedId: current, active: shown, accepting: dialogOpen, t: say } = latest.current;
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
        setMessage(!publish ? say('status.published') : publish.disabled ? say('status.publishWaits') : '');
      } else if (!selected) {
        setMessage(say('status.noneSelected'));
      } else if (key === 'a') {
        if (selected.label === null) setMessage(say('status.noMajority'));
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
      <h2 id="passages-heading" className="text-xl font-semibold">{t('heading')}</h2>
      {sorted.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <>
          <p className="text-sm text-stone-800">
            {t('counts', {
              count: sorted.length,
              disputed: disputed.length,
              waiting,
              single: sorted.filter((passage) => passage.state === 'single').length,
              agreed: sorted.filter((passage) => passage.state === 'agreed').length,
            })}
          </p>
          <p id="worklist-keys" className="text-sm text-stone-700">
            {t.rich('keys', { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </p>
          <p role="status" className="min-h-5 text-sm font-medium text-stone-900">{message}</p>
          <ol className="space-y-4" aria-label={t('listLabel')} aria-describedby="worklist-keys">
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
