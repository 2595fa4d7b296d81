import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';
/** The contract props as `$state`: a driver's `update` replaces `props`, as a parent re-rendering would. */
export declare function rootState<C extends ComponentName>(
  props: ComponentProps[C],
): {
  props: ComponentProps[C];
};
//# sourceMappingURL=root-state.svelte.d.ts.map
