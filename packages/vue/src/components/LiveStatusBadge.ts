import { defineComponent, h, type PropType } from 'vue';
import type { LiveStatusFetcher } from '@vidkit/core';
import { liveBadgeLabel, playerMessages, type LiveBadgeStatus } from '@vidkit/core/ui';
import { useVidkitConfig } from '../config.js';
import { useLiveStatus } from '../composables/use-live-status.js';

/**
 * A badge that says whether a live stream is broadcasting, and updates itself (`data-status` is the state, for
 * styling). Shares one poll with every other watcher of the same stream; polls in the browser only.
 *
 * @example
 * <LiveStatusBadge live-stream-id="li4pqNqGUkhKfWcBGpZVLRY5" />
 */
// Pure: a bundler drops a component the app does not import (Vue is external, so its own annotation is not seen).
export const LiveStatusBadge = /* @__PURE__ */ defineComponent({
  name: 'LiveStatusBadge',
  props: {
    /** The live stream to watch. */
    liveStreamId: { type: String, required: true },
    /** Texts for each state, over the provided `messages.liveBadge` (e.g. for translation). */
    labels: Object as PropType<Partial<Record<LiveBadgeStatus, string>>>,
    /** `'manifest'` (default: the public live manifest) or your own fetcher. */
    source: [String, Function] as PropType<'manifest' | LiveStatusFetcher>,
    /** The manifest to probe, instead of the one under `deliveryBaseUrl`. */
    manifestUrl: String,
    /** Milliseconds between checks. */
    interval: Number,
    /** Delivery root; default the provided config's. */
    deliveryBaseUrl: String,
  },
  setup(props) {
    const config = useVidkitConfig();
    const live = useLiveStatus(
      () => props.liveStreamId,
      () => ({
        source: props.source,
        manifestUrl: props.manifestUrl,
        interval: props.interval,
        deliveryBaseUrl: props.deliveryBaseUrl,
      }),
    );
    return () => {
      const { status } = live.value;
      const labels = { ...config.value.messages?.liveBadge, ...props.labels };
      return h('span', { class: 'vidkit-live-badge', 'data-status': status, role: 'status', 'aria-live': 'polite' }, [
        h('span', { class: 'vidkit-live-badge__dot', 'aria-hidden': 'true' }),
        liveBadgeLabel(status, playerMessages({ liveBadge: labels })),
      ]);
    };
  },
});
