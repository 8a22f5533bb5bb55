import { describe, expect, it } from 'vitest';
import { hasCommandModifier, isTypingTarget } from './typing-target';

const element = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false) => ({ tagName, isContentEditable, getAttribute: (name: string) => attributes[name] ?? null });

describe('isTypingTarget', () => {
  it('treats text fields, text areas, selects and editable text as typing', () => {
    expect(isTypingTarget(element('INPUT'))).toBe(true);
    expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(element('SELECT'))).toBe(true);
    expect(isTypingTarget(element('DIV', {}, true))).toBe(true);
  });

  it('lets keys through from buttons, radios, the read-only article and plain elements', () => {
    expect(isTypingTarget(element('INPUT', { type: 'radio' }))).toBe(false);
    expect(isTypingTarget(element('BUTTON'))).toBe(false);
    expect(isTypingTarget(element('DIV', { 'aria-readonly': 'true' }, true))).toBe(false);
    expect(isTypingTarget(element('ARTICLE'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('hasCommandModifier', () => {
  it('is true for Ctrl, Alt or Meta and false for Shift alone', () => {
    expect(hasCommandModifier({ ctrlKey: true, altKey: false, metaKey: false })).toBe(true);
    expect(hasCommandModifier({ ctrlKey: false, altKey: false, metaKey: true })).toBe(true);
    expect(hasCommandModifier({ ctrlKey: false, altKey: false, metaKey: false })).toBe(false);
  });
});
