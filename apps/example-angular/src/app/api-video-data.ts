import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LiveStream, Video } from '@vidkit/angular';
import { firstValueFrom } from 'rxjs';

/** What the video page shows of a video. */
export type VideoSummary = Pick<Video, 'videoId' | 'title' | 'description' | 'assets'>;

/** What the live page shows of a live stream: never its stream key, which lets anyone broadcast. */
export type LiveStreamSummary = Pick<LiveStream, 'liveStreamId' | 'name'>;

/**
 * Where the pages get api.video data. In the browser (`HttpApiVideoData`, provided in `app.config.ts`): the app's own
 * `/api` routes, which hold the API key. While server rendering: api.video itself, with the key
 * (`ServerApiVideoData`, provided in `app.config.server.ts`).
 */
export abstract class ApiVideoData {
  abstract video(videoId: string): Promise<VideoSummary>;
  abstract liveStream(liveStreamId: string): Promise<LiveStreamSummary>;
}

@Injectable()
export class HttpApiVideoData extends ApiVideoData {
  private readonly http = inject(HttpClient);

  video(videoId: string) {
    return firstValueFrom(this.http.get<VideoSummary>(`/api/videos/${encodeURIComponent(videoId)}`));
  }

  liveStream(liveStreamId: string) {
    return firstValueFrom(this.http.get<LiveStreamSummary>(`/api/live-streams/${encodeURIComponent(liveStreamId)}`));
  }
}
