import { ApiError } from '@vidkit/core';
import { apiClient } from '../../../../../lib/server';

/** The video's ingest and encoding status, for the upload page's status watcher (an upload token cannot read it). */
export async function GET(_request: Request, { params }: { params: Promise<{ videoId: string }> }): Promise<Response> {
  const { videoId } = await params;
  try {
    return Response.json(await apiClient().videos.getStatus(videoId));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      return Response.json({ title: 'Not found' }, { status: 404 });
    throw error;
  }
}
