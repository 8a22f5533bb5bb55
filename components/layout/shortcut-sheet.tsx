'use client';
// The "?" sheet of keyboard shortcuts, on every page: mounted once in the root
// layout, it lists the global keys and those the current page registered with
// useShortcuts (a page's client component registers on mount and withdraws on
// unmount, so the sheet always describes the page being shown). A Radix
// Dialog: focus moves in and is trapped, Escape closes, focus returns.
import * as Dialog from '@radix-ui/react-dialog';
import { useTranslations } from '@/components/i18n/kept-translations';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { hasCommandModifier, isTypingTarget } from './typing-target';

/** One key (as printed on the sheet, as on the keyboard: not translated) and what it does (translated by the page). */
export type Shortcut = readonly [key: string, description: string];
export type ShortcutGroup = { title: string; keys: readonly Shortcut[] };

type Registry = { register(group: ShortcutGroup): () => void };
const ShortcutContext = createContext<Registry | null>(null);

/** Lists `group` on the sheet while the calling component is mounted. Pass a stable (module-level or memoised) group. */
export function useShortcuts(group: ShortcutGroup): void {
  const registry = useContext(ShortcutContext);
  useEffect(() => registry?.register(group), [registry, group]);
}

export function ShortcutProvider({ children }: { children: ReactNode }) {
  const [groups, setGroups] = useState<ShortcutGroup[]>([]);
  const [open, setOpen] = useState(false);
  const register = useCallback((group: ShortcutGroup) => {
    setGroups((current) => [...current, group]);
    return () => setGroups((current) => current.filter((candidate) => candidate !== group));
  }, []);
  const registry = useMemo(() => ({ register }), [register]);
  const t = useTranslations('layout.shortcuts');
  const everywhere: ShortcutGroup = {
    title: t('everywhere'),
    keys: [
      ['?', t('showList')],
      ['Escape', t('closeDialog')],
      ['Tab / Shift + Tab', t('moveFocus')],
    ],
  };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '?' || event.defaultPrevented || hasCommandModifier(event)) return;
      const target = event.target as HTMLElement | null;
      // Inside another dialog (a confirmation, the acceptance of a consensus) "?" waits until it closes.
      if (isTypingTarget(target) || target?.closest?.('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <ShortcutContext.Provider value={registry}>
      {children}
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
          <Dialog.Content className="fixed top-[10vh] start-1/2 z-50 max-h-[80vh] w-[34rem] max-w-[92vw] -translate-x-1/2 rtl:translate-x-1/2 overflow-y-auto rounded bg-white p-6 shadow-xl">
            <Dialog.Title className="text-lg font-semibold">{t('title')}</Dialog.Title>
            <Dialog.Description className="mt-1 text-sm text-stone-700">{t('description')}</Dialog.Description>
            {[...groups, everywhere].map((group) => (
              <section key={group.title} aria-label={group.title} className="mt-4">
                <h3 className="text-sm font-semibold">{group.title}</h3>
                <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                  {group.keys.map(([key, what]) => (
                    <div key={key} className="contents">
                      <dt><kbd className="rounded border border-stone-300 bg-stone-100 px-1 text-xs">{key}</kbd></dt>
                      <dd className="text-stone-700">{what}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
            <div className="mt-6 flex justify-end">
              <Dialog.Close className="rounded border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100">{t('close')}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </ShortcutContext.Provider>
  );
}
