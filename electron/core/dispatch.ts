import type { z } from 'zod';
import { contract, type Handlers, isMethodName, isMutation } from '../../shared/api/contract';
import { ChronicleError, type RpcResult } from '../../shared/api/errors';

export type Dispatch = (method: unknown, input: unknown) => RpcResult<unknown>;

/** Runs `work` in one database transaction: commits when it returns, rolls back when it throws. */
export type RunInTransaction = <T>(work: () => T) => T;

/**
 * The single entry point both transports call. Checks that the method exists, validates the
 * input against the contract here in the backend, runs every `mutation` in one transaction (and
 * only mutations: handlers never open their own), and turns every failure into an error value.
 */
export function createDispatch(
  handlers: Handlers,
  inTransaction: RunInTransaction,
  onInternalError: (error: unknown) => void = console.error,
  /** Names causes outside Chronicle (a read-only or locked journal) instead of calling them a bug. */
  explainError: (error: unknown) => ChronicleError | undefined = () => undefined,
): Dispatch {
  return (method, input) => {
    try {
      if (!isMethodName(method)) {
        throw new ChronicleError('unknown_method', `There is no backend method named "${String(method).slice(0, 80)}".`);
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const handler = handlers[method] as (value: unknown) => unknown;
      const value = isMutation(method) ? inTransaction(() => handler(parsed.data)) : handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ChronicleError) return { ok: false, error: error.toJSON() };
      const explained = explainError(error);
      if (explained) return { ok: false, error: explained.toJSON() };
      onInternalError(error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong inside Chronicle. Nothing was saved by this action.' },
      };
    }
  };
}

function invalidInput(error: z.ZodError): ChronicleError {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0];
  const message = first
    ? first.message.startsWith('Invalid input') || first.message.startsWith('Unrecognized')
      ? `${first.path ? `${first.path}: ` : ''}${first.message}`
      : first.message
    : 'The request was not valid.';
  return new ChronicleError('invalid_input', message, { issues });
}
