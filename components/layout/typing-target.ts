// Single-key shortcuts (?, J, K, A, V, /) must never fire while the reader is
// typing: this says whether a key event's target is somewhere they type.

type KeyTarget = { tagName?: string; isContentEditable?: boolean; getAttribute?(name: string): string | null };

/** Text fields, text areas, selects and editable text are typing; buttons, radios, check boxes and the read-only article surface are not. */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target || !target.tagName) return false;
  const tag = target.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (target.getAttribute?.('type') ?? 'text').toLowerCase();
    return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(type);
  }
  // The article surface is contenteditable but read-only: its keys are shortcuts, not typing.
  return target.isContentEditable === true && target.getAttribute?.('aria-readonly') !== 'true';
}

/** A key with Ctrl, Alt or Meta is the browser's or the system's, never one of ours. */
export function hasCommandModifier(event: { ctrlKey: boolean; altKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}
