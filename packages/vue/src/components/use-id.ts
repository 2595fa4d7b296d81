import * as Vue from 'vue';

// Vue 3.5's useId gives ids equal on the server and the client; Vue 3.4 has none, and then the prompt is not linked
// to the button (a counter would differ between server and client and break hydration).
const useVueId = (Vue as { useId?: () => string }).useId;

/** An id stable across server rendering and hydration (Vue ≥ 3.5), else `undefined`. */
export const useStableId = (): string | undefined => useVueId?.();
