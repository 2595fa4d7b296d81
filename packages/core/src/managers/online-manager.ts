import { createEnvironmentManager, type EnvironmentManager } from './environment-manager.js';

/**
 * Whether the browser believes it is online (`navigator.onLine` and the `online`/`offline` events), shared by
 * every poller and upload in core: they pause while it is `false` and resume when it flips back.
 * Always `true` where the runtime has no such notion (Node's `navigator` has no `onLine`).
 *
 * @example
 * if (!onlineManager.getSnapshot()) showOfflineBanner();
 */
export const onlineManager: EnvironmentManager = createEnvironmentManager({
  read: () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false,
  target: () => (globalThis as { window?: Window }).window,
  events: ['online', 'offline'],
});
