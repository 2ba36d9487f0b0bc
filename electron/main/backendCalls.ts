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
