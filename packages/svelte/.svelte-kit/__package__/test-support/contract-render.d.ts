import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';
/** HTML of one contract component inside its provider, as Svelte's server renderer writes it. */
export declare function renderContract<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
): Promise<string>;
//# sourceMappingURL=contract-render.d.ts.map
