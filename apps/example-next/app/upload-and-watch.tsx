'use client';
import Link from 'next/link';
import { useState, useSyncExternalStore } from 'react';
import { VideoPlayer, VideoUploader, useVideoStatus, type VideoStatusFetcher } from '@vidkit/react';

// The status comes through this app's route, which holds the API key.
const fetchStatus: VideoStatusFetcher = async (videoId, { signal }) => {
  const response = await fetch(`/api/videos/${encodeURIComponent(videoId)}/status`, { signal });
  if (!response.ok) throw new Error(`The status route answered ${response.status}`);
  return response.json();
};

const subscribeToNothing = () => () => {};

/** The uploader; once a video is uploaded, its encoding status until it is playable, then the player. */
export function UploadAndWatch() {
  const [videoId, setVideoId] = useState<string | null>(null);
  const status = useVideoStatus(videoId, { fetcher: fetchStatus });
  // True once hydrated: the end-to-end test waits for it before picking a file.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return (
    <section data-hydrated={hydrated || undefined}>
      <VideoUploader multiple={false} onSuccess={(video) => setVideoId(video.videoId)} />
      {videoId && (
        <p data-testid="video-status" data-video-id={videoId} data-status={status.status}>
          <Link href={`/videos/${videoId}`}>{videoId}</Link>: {status.playable ? 'ready to play' : status.status}
        </p>
      )}
      {videoId && status.playable && <VideoPlayer videoId={videoId} autoplay muted />}
    </section>
  );
}
