import type { FastifyRequest } from 'fastify';
import { paginate, sortByQuery, sortItems, sortOrderQuery } from '../http/pagination.js';
import type { Page } from '../http/pagination.js';
import type { EmulatorContext } from '../context.js';
import type { VideoRecord } from '../store/types.js';
import { videoToApi } from './shapes.js';

/** Filters (`title`, `tags[]`, `metadata[key]`, `description`, `liveStreamId`), sorts and pages videos. */
export function listVideos(
  ctx: EmulatorContext,
  request: FastifyRequest,
  videos: VideoRecord[],
): Page<Record<string, unknown>> {
  const query = request.query as Record<string, unknown>;
  const strings = (value: unknown): string[] =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);
  const title = strings(query['title'])[0];
  const description = strings(query['description'])[0];
  const liveStreamId = strings(query['liveStreamId'])[0];
  const tags = [...strings(query['tags[]']), ...strings(query['tags'])];
  const metadata: [string, string][] = [];
  for (const [key, value] of Object.entries(query)) {
    const match = /^metadata\[(.+)\]$/.exec(key);
    if (match) metadata.push([match[1]!, strings(value)[0] ?? '']);
  }
  const sortBy = sortByQuery(query, ['title', 'createdAt', 'publishedAt', 'updatedAt'] as const);
  const sortOrder = sortOrderQuery(query);
  const filtered = videos.filter(
    (video) =>
      (title === undefined || video.title.toLowerCase().includes(title.toLowerCase())) &&
      (description === undefined || video.description.toLowerCase().includes(description.toLowerCase())) &&
      (liveStreamId === undefined || video.source.liveStreamId === liveStreamId) &&
      tags.every((tag) => video.tags.includes(tag)) &&
      metadata.every(([key, value]) => video.metadata.some((m) => m.key === key && m.value === value)),
  );
  const page = paginate(request, ctx.url, sortItems(filtered, sortBy, sortOrder));
  return { ...page, data: page.data.map((video) => videoToApi(ctx, video)) };
}
