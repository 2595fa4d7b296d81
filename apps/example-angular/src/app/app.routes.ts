import { inject } from '@angular/core';
import { RedirectCommand, Router, type ResolveFn, type Routes } from '@angular/router';
import { ApiVideoData, type LiveStreamSummary, type VideoSummary } from './api-video-data';
import { LivePage } from './live.page';
import { NotFoundPage } from './not-found.page';
import { transferred } from './transferred';
import { UploadPage } from './upload.page';
import { VideoPage } from './video.page';

/**
 * A resolver that loads with `load(data, id)` once per page view (see `transferred`), and shows the not-found page
 * (keeping the URL) when the API answers 404: `ApiError` on the server, `HttpErrorResponse` in the browser. A 404
 * goes to the browser too (as `null`), so hydration does not ask again.
 */
function resolveById<T>(kind: string, load: (data: ApiVideoData, id: string) => Promise<T>): ResolveFn<T> {
  return async (route) => {
    const id = route.paramMap.get('id')!;
    const data = inject(ApiVideoData);
    const router = inject(Router);
    const found = await transferred(`${kind}-${id}`, () =>
      load(data, id).catch((error: unknown) => {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }),
    );
    return found ?? new RedirectCommand(router.parseUrl('/not-found'), { skipLocationChange: true });
  };
}

export const routes: Routes = [
  { path: '', component: UploadPage, title: 'Upload a video' },
  {
    path: 'videos/:id',
    component: VideoPage,
    resolve: { video: resolveById<VideoSummary>('video', (data, id) => data.video(id)) },
  },
  {
    path: 'live/:id',
    component: LivePage,
    resolve: { stream: resolveById<LiveStreamSummary>('live-stream', (data, id) => data.liveStream(id)) },
  },
  { path: '**', component: NotFoundPage, title: 'Not found' },
];
