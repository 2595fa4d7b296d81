// The Driver's server half: Svelte's `render` from `svelte/server` (Node, and a browser command for Chromium).
import { render } from 'svelte/server';
import type { ComponentName, ComponentProps } from '@vidkit/adapter-contract';
import ContractRoot from './ContractRoot.svelte';

/** HTML of one contract component inside its provider, as Svelte's server renderer writes it. */
export async function renderContract<C extends ComponentName>(component: C, props: ComponentProps[C]) {
  return render(ContractRoot, { props: { component, props } }).body;
}
