import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { LiveStatusBadgeComponent, VideoPlayerComponent } from '@vidkit/angular';
import type { LiveStreamSummary } from './api-video-data';

@Component({
  selector: 'app-live-page',
  imports: [LiveStatusBadgeComponent, VideoPlayerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>{{ stream().name }} <vidkit-live-status-badge [liveStreamId]="stream().liveStreamId" /></h1>
      <vidkit-video-player [liveStreamId]="stream().liveStreamId" [title]="stream().name ?? ''" muted autoplay />
    </main>
  `,
})
export class LivePage {
  /** From the route's resolver: fetched on the server, reused by the browser. */
  readonly stream = input.required<LiveStreamSummary>();

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(this.stream().name ?? 'Live'));
  }
}
