import { error, json } from '@sveltejs/kit';
import { ApiError } from '@vidkit/core';
import { apiClient } from '#lib/server/vidkit.ts';
import type { RequestHandler } from './$types';

/** The video's ingest and encoding status, for the upload page's status watcher (an upload token cannot read it). */
export const GET: RequestHandler = async ({ params }) => {
  try {
    return json(await apiClient.videos.getStatus(params.videoId));
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 404) error(404, 'No such video');
    throw cause;
  }
};
