// Type tests, checked by `tsc` (the package's typecheck): results and parameters come from the spec.
import { expectTypeOf } from 'vitest';
import { createApiClient } from './api-client.js';
import type { Page, PagePromise } from './pagination.js';
import type { LiveStream, UploadToken, Video, VideoStatus } from './types.js';

const client = createApiClient({ accessToken: 'token' });

expectTypeOf(client.videos.get('vi1')).resolves.toEqualTypeOf<Video>();
expectTypeOf(client.videos.getStatus('vi1')).resolves.toEqualTypeOf<VideoStatus>();
expectTypeOf(client.videos.list()).toEqualTypeOf<PagePromise<Video>>();
expectTypeOf(client.videos.list()).resolves.toEqualTypeOf<Page<Video>>();
expectTypeOf(client.uploadTokens.create({ ttl: 60 })).resolves.toEqualTypeOf<UploadToken>();
expectTypeOf(client.liveStreams.create({ name: 'x' })).resolves.toEqualTypeOf<LiveStream>();
expectTypeOf(client.videos.delete('vi1')).resolves.toEqualTypeOf<void>();

// @ts-expect-error a video needs a title
void client.videos.create({});
// @ts-expect-error sortBy takes the spec's values only
void client.videos.list({ sortBy: 'size' });
// @ts-expect-error analytics metrics are an enum
void client.analytics.getAggregatedMetrics({ metric: 'plays', aggregation: 'count' });
// @ts-expect-error every method takes `{ signal }` last, not a bare signal
void client.videos.get('vi1', new AbortController().signal);
