import { apiClient } from '../../../lib/server';

/**
 * A delegated upload token for the browser's uploader: the API key stays here. A real app checks who is asking
 * (session, rate limit) before handing one out.
 */
export async function POST(): Promise<Response> {
  const { token } = await apiClient().uploadTokens.create({ ttl: 3600 });
  return Response.json({ token });
}
