import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';

/** The contract props as `$state`: a driver's `update` replaces `props`, as a parent re-rendering would. */
export function rootState<C extends ComponentName>(props: ComponentProps[C]): { props: ComponentProps[C] } {
  const state = $state({ props });
  return state;
}
