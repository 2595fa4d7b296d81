// Must compile: every component, input and output of @vidkit/angular as a consumer uses them.
import { Component, signal, viewChild } from '@angular/core';
import {
  LiveStatusBadgeComponent,
  UploadRowTemplateDirective,
  VideoPlayerComponent,
  VideoUploaderComponent,
  type UploadedVideo,
} from '@vidkit/angular';

@Component({
  selector: 'app-right',
  imports: [VideoUploaderComponent, UploadRowTemplateDirective, VideoPlayerComponent, LiveStatusBadgeComponent],
  template: `
    <vidkit-video-uploader accept="video/mp4" [maxFileSize]="1e9" (success)="saved($event.video)">
      <li *vidkitUploadRow="let item">{{ item.name }} <button (click)="item.pause()">Pause</button></li>
    </vidkit-video-uploader>
    <vidkit-video-player [videoId]="videoId()" muted autoplay aspectRatio="4/3" (timeUpdate)="time.set($event)" />
    <vidkit-live-status-badge liveStreamId="li4pqNqGUkhKfWcBGpZVLRY5" [interval]="5000" />
  `,
})
export class RightComponent {
  readonly videoId = signal('vi4blUQJFrYWbaG44NChkH27');
  readonly time = signal(0);
  readonly player = viewChild.required(VideoPlayerComponent);
  saved(video: UploadedVideo): void {
    void this.player().seek(0);
    console.log(video.videoId);
  }
}
