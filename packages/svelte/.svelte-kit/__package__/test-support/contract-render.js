// The Driver's server half: Svelte's `render` from `svelte/server` (Node, and a browser command for Chromium).
import { render } from 'svelte/server';
import ContractRoot from './ContractRoot.svelte';
/** HTML of one contract component inside its provider, as Svelte's server renderer writes it. */
export async function renderContract(component, props) {
  return render(ContractRoot, { props: { component, props } }).body;
}
