/**
 * The editor's keyboard shortcuts, in one table so the keydown handler and the toolbar
 * titles cannot disagree. "Mod" is Cmd on Apple platforms and Ctrl elsewhere.
 * Mod+K is deliberately absent: the app uses it for search, so the editor lets it through.
 */

export type ShortcutAction =
  | 'bold'
  | 'italic'
  | 'strikethrough'
  | 'inlineCode'
  | 'link'
  | 'paragraph'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'bulletList'
  | 'numberedList'
  | 'checklist'
  | 'undo'
  | 'redo'
  | 'submit';

export type Shortcut = Readonly<{
  /** A letter (matched on `event.key`, any case) or `DigitN` / `Enter` (matched on `event.code`, layout-proof for shifted digits). */
  key: string;
  shift?: boolean;
  alt?: boolean;
}>;

export const SHORTCUTS: Readonly<Record<ShortcutAction, Shortcut>> = {
  bold: { key: 'b' },
  italic: { key: 'i' },
  strikethrough: { key: 'x', shift: true },
  inlineCode: { key: 'e' },
  link: { key: 'k', shift: true },
  paragraph: { key: 'Digit0', alt: true },
  heading1: { key: 'Digit1', alt: true },
  heading2: { key: 'Digit2', alt: true },
  heading3: { key: 'Digit3', alt: true },
  numberedList: { key: 'Digit7', shift: true },
  bulletList: { key: 'Digit8', shift: true },
  checklist: { key: 'Digit9', shift: true },
  undo: { key: 'z' },
  redo: { key: 'z', shift: true },
  submit: { key: 'Enter' },
};

/** The modifier state of a key press; a structural subset of KeyboardEvent. */
export type KeyPress = Readonly<{
  key: string;
  code: string;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}>;

export function matchesShortcut(press: KeyPress, shortcut: Shortcut, onApple: boolean): boolean {
  const modDown = onApple ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  if (!modDown || press.shiftKey !== Boolean(shortcut.shift) || press.altKey !== Boolean(shortcut.alt)) {
    return false;
  }
  const usesCode = shortcut.key.startsWith('Digit') || shortcut.key === 'Enter';
  return usesCode ? press.code === shortcut.key || press.key === shortcut.key : press.key.toLowerCase() === shortcut.key;
}

/** The first action whose shortcut `press` is, if any. */
export function shortcutActionFor(press: KeyPress, onApple: boolean): ShortcutAction | null {
  for (const [action, shortcut] of Object.entries(SHORTCUTS) as [ShortcutAction, Shortcut][]) {
    if (matchesShortcut(press, shortcut, onApple)) {
      return action;
    }
  }
  return null;
}

/** How the shortcut reads in a tooltip: "⌘⇧X" on a Mac, "Ctrl+Shift+X" elsewhere. */
export function shortcutLabel(shortcut: Shortcut, onApple: boolean): string {
  const key = shortcut.key.startsWith('Digit')
    ? shortcut.key.slice('Digit'.length)
    : shortcut.key.length === 1
      ? shortcut.key.toUpperCase()
      : shortcut.key;
  if (onApple) {
    return `⌘${shortcut.alt ? '⌥' : ''}${shortcut.shift ? '⇧' : ''}${key === 'Enter' ? '↩' : key}`;
  }
  return ['Ctrl', shortcut.alt ? 'Alt' : null, shortcut.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}
