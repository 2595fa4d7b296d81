import { getContext, hasContext, setContext } from 'svelte';
import { resolveConfig } from '@vidkit/core';
const KEY = Symbol('vidkit.config');
/**
 * Gives every Vidkit component and reactive function below the calling component core's `VidkitConfig` (API and
 * delivery roots, upload token source, hls.js loader, locale, messages). Call it in a parent component's script
 * (during initialisation, like Svelte's `setContext`). Pass a getter to keep it reactive; it is read lazily, when a
 * component below needs it. Nested calls merge, the inner one winning field by field.
 *
 * @example
 * <script>
 *   import { setVidkitConfig } from '@vidkit/svelte';
 *   setVidkitConfig({ getUploadToken: () => fetch('/api/upload-token').then((r) => r.text()) });
 * </script>
 */
export function setVidkitConfig(config) {
  const parent = readVidkitConfig();
  const own = typeof config === 'function' ? config : () => config;
  setContext(KEY, () => resolveConfig(parent(), own()));
}
/**
 * The nearest `setVidkitConfig` / `<VidkitProvider>` configuration, as a getter to call where it is needed (an empty
 * object without one). Call it during component initialisation.
 */
export function readVidkitConfig() {
  return hasContext(KEY) ? getContext(KEY) : () => ({});
}
