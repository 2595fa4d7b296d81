import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { VideoPlayerComponent } from '@vidkit/angular';
import type { VideoSummary } from './api-video-data';

@Component({
  selector: 'app-video-page',
  imports: [VideoPlayerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>{{ video().title }}</h1>
      @if (video().description) {
        <p>{{ video().description }}</p>
      }
      <vidkit-video-player
        [video]="video()"
        [title]="video().title ?? ''"
        [poster]="video().assets?.thumbnail"
        muted
        autoplay
      />
    </main>
  `,
})
export class VideoPage {
  /** From the route's resolver: fetched on the server, reused by the browser. */
  readonly video = input.required<VideoSummary>();

  constructor() {
    const title = inject(Title);
    effect(() => title.setTitle(this.video().title ?? 'Video'));
  }
}
