import type { ComponentProps } from './driver.js';

/** Server-rendered props of each component: nothing that needs the network to render. */
export function serverProps(apiBaseUrl: string): ComponentProps {
  const base = { apiBaseUrl, deliveryBaseUrl: apiBaseUrl, uploadToken: 'to1serverrender' };
  return {
    uploader: { config: base },
    player: { config: base, videoId: 'vi0000000000000000000000', muted: true, aspectRatio: '4 / 3' },
    badge: { config: base, liveStreamId: 'li0000000000000000000000' },
  };
}
