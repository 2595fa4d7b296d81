import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { VideoPlayerComponent, VideoUploaderComponent, injectVideoStatus, type VideoStatusBody } from '@vidkit/angular';
import { firstValueFrom } from 'rxjs';

@Component({
  selector: 'app-upload-page',
  imports: [VideoUploaderComponent, VideoPlayerComponent, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Upload a video</h1>
      <vidkit-video-uploader [multiple]="false" (success)="videoId.set($event.video.videoId)" />
      @if (videoId(); as id) {
        <p data-testid="video-status" [attr.data-video-id]="id" [attr.data-status]="status().status">
          Video <a [routerLink]="['/videos', id]">{{ id }}</a> is {{ status().status }}
        </p>
        @if (status().playable) {
          <vidkit-video-player [videoId]="id" muted autoplay />
        }
      }
    </main>
  `,
})
export class UploadPage {
  private readonly http = inject(HttpClient);
  protected readonly videoId = signal<string | undefined>(undefined);
  // The status needs the API key, so the app's server route asks api.video on the page's behalf.
  protected readonly status = injectVideoStatus(this.videoId, {
    fetcher: (id) => firstValueFrom(this.http.get<VideoStatusBody>(`/api/videos/${encodeURIComponent(id)}/status`)),
    interval: 1000,
  });
}
