import { inject } from '@angular/core';
import type { ResolveFn, Routes } from '@angular/router';
import { ApiVideoData, type LiveStreamSummary, type VideoSummary } from './api-video-data';
import { LivePage } from './live.page';
import { transferred } from './transferred';
import { UploadPage } from './upload.page';
import { VideoPage } from './video.page';

const video: ResolveFn<VideoSummary> = (route) => {
  const id = route.paramMap.get('id')!;
  const data = inject(ApiVideoData);
  return transferred(`video-${id}`, () => data.video(id));
};

const stream: ResolveFn<LiveStreamSummary> = (route) => {
  const id = route.paramMap.get('id')!;
  const data = inject(ApiVideoData);
  return transferred(`live-stream-${id}`, () => data.liveStream(id));
};

export const routes: Routes = [
  { path: '', component: UploadPage, title: 'Upload a video' },
  { path: 'videos/:id', component: VideoPage, resolve: { video } },
  { path: 'live/:id', component: LivePage, resolve: { stream } },
];
