import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../shared/api/contract';
import { useApi } from '../query/ApiContext';

/**
 * Runs what the desktop shell asks for (a menu item, a clicked reminder) with the same action as
 * the keyboard shortcut. The latest handlers are used without re-subscribing.
 */
export function useAppCommands(handlers: Record<AppCommand, () => void>): void {
  const api = useApi();
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type === 'command') latest.current[event.command]?.();
      }),
    [api],
  );
}
