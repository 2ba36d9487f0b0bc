import { useSyncExternalStore } from 'react';

/**
 * Light, dark, or whatever the system uses. Kept in this computer's browser storage rather than
 * in the journal: it is about this screen, not about the work recorded, and it must apply before
 * the journal has even answered (no flash of the wrong colours on start).
 */
export type Appearance = 'system' | 'light' | 'dark';
export const APPEARANCES: readonly { value: Appearance; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const KEY = 'chronicle.appearance';
const CHANGED = 'chronicle-appearance';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readAppearance(): Appearance {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the choice on <html>, where theme.css reads it. */
export function applyAppearance(appearance: Appearance = readAppearance()): void {
  if (appearance === 'system') delete document.documentElement.dataset.appearance;
  else document.documentElement.dataset.appearance = appearance;
}

export function setAppearance(appearance: Appearance): void {
  try {
    if (appearance === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, appearance);
  } catch {
    // storage switched off: the choice lasts until the window closes
  }
  applyAppearance(appearance);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(notify: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  // Another window (quick capture) changed it: follow.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    applyAppearance();
    notify();
  };
  query.addEventListener('change', notify);
  window.addEventListener(CHANGED, notify);
  window.addEventListener('storage', onStorage);
  return () => {
    query.removeEventListener('change', notify);
    window.removeEventListener(CHANGED, notify);
    window.removeEventListener('storage', onStorage);
  };
}

export function useAppearance(): Appearance {
  return useSyncExternalStore(subscribe, readAppearance);
}

/** Whether the window is dark now: the choice, or the system's when the choice is System. */
export function isDark(): boolean {
  const appearance = readAppearance();
  return appearance === 'system' ? window.matchMedia(DARK_QUERY).matches : appearance === 'dark';
}

export function useIsDark(): boolean {
  return useSyncExternalStore(subscribe, isDark);
}
