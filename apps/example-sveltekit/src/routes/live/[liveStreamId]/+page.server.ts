import { error } from '@sveltejs/kit';
import { ApiError } from '@vidkit/core';
import { apiClient } from '#lib/server/vidkit.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  try {
    const stream = await apiClient.liveStreams.get(params.liveStreamId);
    return { liveStreamId: stream.liveStreamId, name: stream.name };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 404) error(404, 'No such live stream');
    throw cause;
  }
};
