import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import type { Dispatch } from '../core/dispatch';

/**
 * Calls the backend from the main process through the same dispatch as the renderer, so the input
 * is validated and open windows hear about writes. The cast is what `dispatch` guarantees: a
 * successful call returns the contract's output for that method.
 */
export function callBackend<M extends MethodName>(dispatch: Dispatch, method: M, input: Input<M>): RpcResult<Output<M>> {
  return dispatch(method, input) as RpcResult<Output<M>>;
}

/** What main calls the backend through in the app: the backend host's supervisor (electron/host). */
export interface BackendCaller {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
}

/** `callBackend` across the process boundary: the same validation, an answer that comes later. */
export function callHost<M extends MethodName>(backend: BackendCaller, method: M, input: Input<M>): Promise<RpcResult<Output<M>>> {
  return backend.call(method, input) as Promise<RpcResult<Output<M>>>;
}
