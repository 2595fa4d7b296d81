import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ApiError } from '@vidkit/core';
import { VideoPlayer } from '@vidkit/react';
import { apiClient } from '../../../lib/server';

type Props = { params: Promise<{ videoId: string }> };

// Once per request, shared by the metadata and the page.
const getVideo = cache(async (videoId: string) => {
  try {
    return await apiClient().videos.get(videoId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getVideo((await params).videoId)).title };
}

/** Rendered on the server: the HTML carries the title and the player's markup before any script runs. */
export default async function VideoPage({ params }: Props) {
  const video = await getVideo((await params).videoId);
  return (
    <article>
      <h1>{video.title}</h1>
      {video.description && <p>{video.description}</p>}
      {/* Only what the player reads crosses to the client. */}
      <VideoPlayer
        video={{ videoId: video.videoId, assets: { hls: video.assets?.hls } }}
        title={video.title}
        autoplay
        muted
      />
    </article>
  );
}
