/** Keyboard shortcuts, written the way the person's platform writes them. */
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** ⌘ on a Mac, Ctrl elsewhere: the key that carries app shortcuts. */
export function hasMod(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** "Mod+K" as "⌘K" or "Ctrl+K". */
export function shortcutLabel(combo: string): string {
  const parts = combo.split('+');
  if (isMac) {
    return parts.map((p) => ({ Mod: '⌘', Shift: '⇧', Alt: '⌥', Backspace: '⌫', Delete: '⌦', Enter: '↩' })[p] ?? p).join('');
  }
  return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+');
}

/** "New entry (Ctrl+N)": for button titles. */
export function withShortcut(label: string, combo: string): string {
  return `${label} (${shortcutLabel(combo)})`;
}

/** True when typing there would be text input, where single-letter shortcuts must not fire. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'color'].includes(type);
  }
  return false;
}

/** The in-app shortcut for quick capture (the editor leaves Mod+Shift+N free). */
export const QUICK_CAPTURE_SHORTCUT = 'Mod+Shift+N';
