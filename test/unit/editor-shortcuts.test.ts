import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutActionFor, shortcutLabel, type KeyPress } from '../../renderer/editor/shortcuts';

function press(key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, code, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('editor keyboard shortcuts', () => {
  it('uses Cmd on a Mac and Ctrl elsewhere', () => {
    expect(shortcutActionFor(press('b', 'KeyB', { metaKey: true }), true)).toBe('bold');
    expect(shortcutActionFor(press('b', 'KeyB', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutActionFor(press('b', 'KeyB', { ctrlKey: true }), false)).toBe('bold');
    expect(shortcutActionFor(press('b', 'KeyB', { metaKey: true }), false)).toBeNull();
  });

  it('leaves Mod+K to the app for search', () => {
    expect(shortcutActionFor(press('k', 'KeyK', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutActionFor(press('k', 'KeyK', { metaKey: true }), true)).toBeNull();
  });

  it('opens the link prompt with Mod+Shift+K and strikes through with Mod+Shift+X', () => {
    expect(shortcutActionFor(press('K', 'KeyK', { ctrlKey: true, shiftKey: true }), false)).toBe('link');
    expect(shortcutActionFor(press('X', 'KeyX', { ctrlKey: true, shiftKey: true }), false)).toBe('strikethrough');
    expect(shortcutActionFor(press('e', 'KeyE', { ctrlKey: true }), false)).toBe('inlineCode');
  });

  it('matches shifted digits by key position, whatever character they type', () => {
    expect(shortcutActionFor(press('*', 'Digit8', { ctrlKey: true, shiftKey: true }), false)).toBe('bulletList');
    expect(shortcutActionFor(press('¡', 'Digit1', { metaKey: true, altKey: true }), true)).toBe('heading1');
  });

  it('tells undo from redo by Shift', () => {
    expect(shortcutActionFor(press('z', 'KeyZ', { ctrlKey: true }), false)).toBe('undo');
    expect(shortcutActionFor(press('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
  });

  it('submits with Mod+Enter but not with Enter alone', () => {
    expect(shortcutActionFor(press('Enter', 'Enter', { ctrlKey: true }), false)).toBe('submit');
    expect(shortcutActionFor(press('Enter', 'Enter'), false)).toBeNull();
  });

  it('shows shortcuts the way each platform writes them', () => {
    expect(shortcutLabel(SHORTCUTS.strikethrough, true)).toBe('⌘⇧X');
    expect(shortcutLabel(SHORTCUTS.strikethrough, false)).toBe('Ctrl+Shift+X');
    expect(shortcutLabel(SHORTCUTS.heading2, false)).toBe('Ctrl+Alt+2');
    expect(shortcutLabel(SHORTCUTS.submit, true)).toBe('⌘↩');
  });
});
