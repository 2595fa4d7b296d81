import { json } from '@sveltejs/kit';
import { apiClient } from '#lib/server/vidkit.ts';
import type { RequestHandler } from './$types';

/**
 * A delegated upload token for the browser's uploader: the API key stays here. A real app checks who is asking
 * (session, rate limit) before handing one out.
 */
export const POST: RequestHandler = async () => {
  const { token } = await apiClient.uploadTokens.create({ ttl: 3600 });
  return json({ token });
};
