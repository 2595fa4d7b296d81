import { createEnvironmentManager, type EnvironmentManager } from './environment-manager.js';

const doc = () => (globalThis as { document?: Document }).document;

/**
 * Whether the page is visible (`document.visibilityState !== 'hidden'`), shared by every poller in core:
 * status watchers stop polling while it is `false`. Always `true` where there is no document (Node, workers).
 *
 * @example
 * const off = visibilityManager.subscribe(() => console.log(visibilityManager.getSnapshot()));
 */
export const visibilityManager: EnvironmentManager = createEnvironmentManager({
  read: () => doc()?.visibilityState !== 'hidden',
  target: doc,
  events: ['visibilitychange'],
});
