import fs from 'node:fs';
import path from 'node:path';

/** Where and how big the window was, remembered between launches (window-state.json in userData). */
export interface WindowState {
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
/** Below this the journal's two panes no longer fit side by side. */
export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 820, maximized: false };

/** How much of the window's top edge must be on a screen for the user to grab and move it. */
const GRAB_WIDTH = 100;
const TITLE_BAR_HEIGHT = 32;

/** Reads a saved state, falling back to the default for anything missing or malformed. */
export function parseWindowState(text: string | undefined): WindowState {
  if (!text) return { ...DEFAULT_WINDOW_STATE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const value = raw as Record<string, unknown>;
  const width = positiveInteger(value.width);
  const height = positiveInteger(value.height);
  const x = integer(value.x);
  const y = integer(value.y);
  return {
    width: width ?? DEFAULT_WINDOW_STATE.width,
    height: height ?? DEFAULT_WINDOW_STATE.height,
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    maximized: value.maximized === true,
  };
}

/**
 * Makes a saved state fit the screens attached now: a monitor may have been unplugged or the
 * resolution lowered since. The window keeps its place only if its title bar is still on a
 * screen; otherwise the OS centres it. Its size never exceeds the screen it lands on.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const home = state.x !== undefined && state.y !== undefined ? displayHoldingTitleBar(state, workAreas) : undefined;
  const area = home ?? primary;
  const size = {
    width: clamp(state.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height),
  };
  if (!home || state.x === undefined || state.y === undefined) {
    return { ...size, maximized: state.maximized };
  }
  // Keep it where it was, pulled back just enough to lie wholly on its screen.
  return {
    ...size,
    x: clamp(state.x, area.x, area.x + area.width - size.width),
    y: clamp(state.y, area.y, area.y + area.height - size.height),
    maximized: state.maximized,
  };
}

function displayHoldingTitleBar(state: WindowState, workAreas: readonly Rect[]): Rect | undefined {
  const titleBar = { x: state.x ?? 0, y: state.y ?? 0, width: state.width, height: TITLE_BAR_HEIGHT };
  return workAreas.find((area) => {
    const overlap = intersection(titleBar, area);
    return overlap !== null && overlap.width >= Math.min(GRAB_WIDTH, state.width) && overlap.height >= TITLE_BAR_HEIGHT / 2;
  });
}

function intersection(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** What to remember about a window: its normal (unmaximised) bounds and whether it was maximised. */
export function captureWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return { ...normalBounds, maximized };
}

export function loadWindowState(file: string): WindowState {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    // First launch, or the file vanished: the default is the right answer, not an error.
    return { ...DEFAULT_WINDOW_STATE };
  }
}

/** Writes atomically, so a crash mid-write never leaves a half file that resets the window. */
export function saveWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  const n = integer(value);
  return n !== undefined && n > 0 ? n : undefined;
}
