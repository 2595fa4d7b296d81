import {
  computed,
  hasInjectionContext,
  inject,
  provide,
  toValue,
  type App,
  type ComputedRef,
  type InjectionKey,
  type MaybeRefOrGetter,
  type Plugin,
} from 'vue';
import { resolveConfig, type VidkitConfig } from '@vidkit/core';

const VIDKIT_CONFIG: InjectionKey<ComputedRef<VidkitConfig>> = Symbol('vidkit-config');
const EMPTY = /* @__PURE__ */ computed<VidkitConfig>(() => ({}));

function provided(parent: ComputedRef<VidkitConfig> | null, config: MaybeRefOrGetter<VidkitConfig>) {
  return computed(() => resolveConfig(parent?.value, toValue(config)));
}

/**
 * Gives every Vidkit component and composable of a subtree core's `VidkitConfig` (API and delivery roots, upload
 * token source, hls.js loader, locale, messages). Call it in a component's `setup`; a ref or a getter keeps it
 * reactive. It merges over the app's (`VidkitPlugin`) and any outer `provideVidkit`, field by field.
 *
 * @example
 * provideVidkit(() => ({ apiBaseUrl: props.apiBaseUrl, getUploadToken }));
 */
export function provideVidkit(config: MaybeRefOrGetter<VidkitConfig>): ComputedRef<VidkitConfig> {
  const value = provided(inject(VIDKIT_CONFIG, null), config);
  provide(VIDKIT_CONFIG, value);
  return value;
}

/**
 * The app-wide configuration: `app.use(VidkitPlugin, config)`, with core's `VidkitConfig` (a ref or a getter
 * keeps it reactive).
 *
 * @example
 * createApp(App).use(VidkitPlugin, { getUploadToken: () => fetch('/api/upload-token').then((r) => r.text()) });
 */
export const VidkitPlugin: Plugin<[MaybeRefOrGetter<VidkitConfig>?]> = {
  install(app: App, config: MaybeRefOrGetter<VidkitConfig> = {}) {
    app.provide(VIDKIT_CONFIG, provided(null, config));
  },
};

/**
 * The configuration of the nearest `provideVidkit` / `VidkitPlugin`, as a computed ref: empty without one, and
 * outside a component (a bare `effectScope`), where composables take everything from their own options.
 */
export function useVidkitConfig(): ComputedRef<VidkitConfig> {
  return hasInjectionContext() ? inject(VIDKIT_CONFIG, EMPTY) : EMPTY;
}
