import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { WatchLiveStatusOptions } from '@vidkit/core';
import { liveBadgeLabel, playerMessages, type LiveBadgeStatus } from '@vidkit/core/ui';
import { injectVidkitConfig } from '../config.js';
import { injectLiveStatus } from '../inject/inject-live-status.js';

/**
 * A badge that says whether a live stream is broadcasting, and updates itself (`data-status` is the state, for
 * styling). Shares one poll with every other watcher of the same stream; polls nothing during server rendering.
 *
 * @example
 * <vidkit-live-status-badge liveStreamId="li4pqNqGUkhKfWcBGpZVLRY5" />
 */
@Component({
  selector: 'vidkit-live-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      [class]="'vidkit-live-badge ' + (className() ?? '')"
      [attr.data-status]="live().status"
      role="status"
      aria-live="polite"
    >
      <span class="vidkit-live-badge__dot" aria-hidden="true"></span>{{ label() }}</span
    >
  `,
})
export class LiveStatusBadgeComponent {
  /** The live stream to watch. */
  readonly liveStreamId = input.required<string>();
  /** Milliseconds between checks. */
  readonly interval = input<number>();
  /** Where the status comes from (default: the public live manifest). */
  readonly source = input<WatchLiveStatusOptions['source']>();
  /** Delivery root; default `provideVidkit`'s. */
  readonly deliveryBaseUrl = input<string>();
  /** Extra class names. */
  readonly className = input<string>();
  /** Texts for each state, over `provideVidkit`'s `messages.liveBadge` (e.g. for translation). */
  readonly labels = input<Partial<Record<LiveBadgeStatus, string>>>();

  private readonly config = injectVidkitConfig();
  /** @internal */
  protected readonly live = injectLiveStatus(this.liveStreamId, () => ({
    interval: this.interval(),
    source: this.source(),
    deliveryBaseUrl: this.deliveryBaseUrl(),
  }));
  /** @internal */
  protected readonly label = computed(() =>
    liveBadgeLabel(
      this.live().status,
      playerMessages({ liveBadge: { ...this.config.messages?.liveBadge, ...this.labels() } }),
    ),
  );
}
