import { error } from '@sveltejs/kit';
import { ApiError } from '@vidkit/core';
import { apiClient } from '#lib/server/vidkit.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  try {
    const video = await apiClient.videos.get(params.videoId);
    // Only what the page shows and the player reads goes to the browser.
    return {
      title: video.title,
      description: video.description,
      video: { videoId: video.videoId, assets: { hls: video.assets?.hls } },
    };
  } catch (cause) {
    if (cause instanceof ApiError && cause.status === 404) error(404, 'No such video');
    throw cause;
  }
};
