import { notFound } from 'next/navigation';
import { ApiError } from '@vidkit/core';
import { LiveStatusBadge, VideoPlayer } from '@vidkit/react';
import { apiClient } from '../../../lib/server';

/** A live stream's name, its badge (live / offline, kept fresh) and the player, which starts when the stream does. */
export default async function LivePage({ params }: { params: Promise<{ liveStreamId: string }> }) {
  const { liveStreamId } = await params;
  const stream = await apiClient()
    .liveStreams.get(liveStreamId)
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) notFound();
      throw error;
    });
  return (
    <article>
      <h1>
        {stream.name} <LiveStatusBadge liveStreamId={liveStreamId} />
      </h1>
      <VideoPlayer liveStreamId={liveStreamId} title={stream.name} autoplay muted />
    </article>
  );
}
