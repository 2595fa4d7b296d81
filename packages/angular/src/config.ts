import { InjectionToken, inject, makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { resolveConfig, type VidkitConfig } from '@vidkit/core';

/** The `VidkitConfig` every Vidkit component and `inject*` function reads (an empty one without `provideVidkit`). */
export const VIDKIT_CONFIG = new InjectionToken<VidkitConfig>('VIDKIT_CONFIG', {
  providedIn: 'root',
  factory: () => ({}),
});

/**
 * Gives every Vidkit component and `inject*` function in this injector core's `VidkitConfig` (API and delivery roots,
 * upload token source, hls.js loader, locale, messages). Provided again in a child injector (a route's
 * `providers`), it merges over the parent's, field by field.
 *
 * @example
 * bootstrapApplication(App, {
 *   providers: [provideVidkit({ getUploadToken: () => fetch('/api/upload-token').then((r) => r.text()) })],
 * });
 */
export function provideVidkit(config: VidkitConfig = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: VIDKIT_CONFIG,
      useFactory: () => resolveConfig(inject(VIDKIT_CONFIG, { skipSelf: true, optional: true }), config),
    },
  ]);
}

/** The nearest `provideVidkit` configuration; call it in an injection context. */
export function injectVidkitConfig(): VidkitConfig {
  return inject(VIDKIT_CONFIG);
}
