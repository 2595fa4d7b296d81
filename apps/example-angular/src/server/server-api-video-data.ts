import { Injectable } from '@angular/core';
import { ApiVideoData, type LiveStreamSummary, type VideoSummary } from '../app/api-video-data';
import { apiVideo } from './env';

/** `ApiVideoData` while server rendering: api.video itself, with the key, and only the fields the pages show. */
@Injectable()
export class ServerApiVideoData extends ApiVideoData {
  async video(videoId: string): Promise<VideoSummary> {
    const { title, description, assets } = await apiVideo().videos.get(videoId);
    return { videoId, title, description, assets };
  }

  async liveStream(liveStreamId: string): Promise<LiveStreamSummary> {
    const { name } = await apiVideo().liveStreams.get(liveStreamId);
    return { liveStreamId, name };
  }
}
