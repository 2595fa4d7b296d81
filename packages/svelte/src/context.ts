import { getContext, hasContext, setContext } from 'svelte';
import { resolveConfig, type VidkitConfig } from '@vidkit/core';

const KEY = Symbol('vidkit.config');

/** How a configuration is given: an object, or a getter read each time (so `$state` or props stay reactive). */
export type VidkitConfigSource = VidkitConfig | (() => VidkitConfig);

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
export function setVidkitConfig(config: VidkitConfigSource): void {
  const parent = readVidkitConfig();
  const own = typeof config === 'function' ? config : () => config;
  setContext<() => VidkitConfig>(KEY, () => resolveConfig(parent(), own()));
}

/**
 * The nearest `setVidkitConfig` / `<VidkitProvider>` configuration, as a getter to call where it is needed (an empty
 * object without one). Call it during component initialisation.
 */
export function readVidkitConfig(): () => VidkitConfig {
  return hasContext(KEY) ? getContext<() => VidkitConfig>(KEY) : () => ({});
}
