import { createUploadQueue, resolveUploadOptions } from '@vidkit/core';
import { untrack } from 'svelte';
import { readVidkitConfig } from '../context.js';
import { subscribed } from './subscribe.svelte.js';
/**
 * Many uploads as reactive state: a bridge over core's `createUploadQueue`, created once per call. The options are
 * a getter: when what it reads changes, the running queue gets them through `setOptions`. Call it in a component's
 * script; the properties are reactive (read them in the template, `$derived` or `$effect`). When the component is
 * destroyed, its unfinished uploads are cancelled.
 *
 * @example
 * const queue = uploadQueue(() => ({ getUploadToken, fileConcurrency }));
 * <input type="file" multiple onchange={(e) => queue.add([...e.currentTarget.files!])} />
 * {#each queue.items as item (item.id)}<p>{item.name}: {Math.round(item.snapshot.progress * 100)}%</p>{/each}
 */
export function uploadQueue(options = () => ({})) {
  const config = readVidkitConfig();
  const resolved = () => resolveUploadOptions(config(), options());
  const queue = createUploadQueue(untrack(resolved));
  $effect.pre(() => queue.setOptions(resolved()));
  // Destroying the component stops its uploads: nothing keeps sending for a UI that is gone.
  $effect(() => () => queue.cancelAll());
  const snapshot = subscribed(queue);
  const items = $derived(
    snapshot().items.map((item) => ({
      ...item,
      pause: () => queue.pause(item.id),
      resume: () => queue.resume(item.id),
      cancel: () => queue.cancel(item.id),
      retry: () => queue.retry(item.id),
      remove: () => queue.remove(item.id),
    })),
  );
  return {
    get items() {
      return items;
    },
    get current() {
      return snapshot();
    },
    add: (input) => (Array.isArray(input) ? input : [input]).map((file) => queue.add(file)),
    start: (id) => queue.start(id),
    pauseAll: () => queue.pauseAll(),
    resumeAll: () => queue.resumeAll(),
    cancelAll: () => queue.cancelAll(),
    queue,
  };
}
