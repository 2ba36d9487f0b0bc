import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/main/windowState';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('remembering the window', () => {
  it('round-trips through window-state.json', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-window-')), WINDOW_STATE_FILE);
    const state = captureWindowState({ x: 100, y: 80, width: 1100, height: 760 }, true);
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual({ x: 100, y: 80, width: 1100, height: 760, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual([WINDOW_STATE_FILE]);
  });

  it('starts with a sensible default on first launch', () => {
    expect(loadWindowState(path.join(os.tmpdir(), 'no-such-folder', WINDOW_STATE_FILE))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores a damaged or foreign file instead of failing to start', () => {
    expect(parseWindowState('{"width": 9')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('null')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": -5, "height": "tall", "x": 3, "maximized": "yes"}')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"width": 900.4, "height": 700, "x": 10, "y": 20}')).toEqual({
      width: 900,
      height: 700,
      x: 10,
      y: 20,
      maximized: false,
    });
  });
});

describe('fitting the window to the screens attached now', () => {
  it('keeps a window that is on screen where it was', () => {
    const state = { x: 200, y: 100, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('keeps a window on a second monitor that is still attached', () => {
    const state = { x: 2000, y: 300, width: 1200, height: 900, maximized: true };
    expect(fitToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('centres a window whose monitor was unplugged, sized to fit the laptop', () => {
    const state = { x: 2000, y: 300, width: 2000, height: 1200, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('centres a window whose title bar is above the screen and could not be grabbed', () => {
    const state = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('pulls a window hanging off the edge back onto its screen', () => {
    const state = { x: 1200, y: 500, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 440, y: 200, width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than the screen it is on', () => {
    const state = { x: 0, y: 25, width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
  });

  it('leaves the state alone when no screen is known', () => {
    expect(fitToDisplays(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
