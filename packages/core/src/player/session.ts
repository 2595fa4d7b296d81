import { VidkitError } from '../errors.js';

/**
 * Opens a private-video session: `GET …/vod/{id}/token/{T}/session` → `{session_token}`. Every later request of
 * the playback carries it as `avh`, so the single-use token serves the manifest and every segment (PROTOCOL.md).
 */
export async function openSession(privatePrefix: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(`${privatePrefix}/session`, { signal });
  const body = (await response.json().catch(() => undefined)) as { session_token?: string } | undefined;
  if (!response.ok || !body?.session_token) {
    throw new VidkitError(
      'playback_error',
      `No session for this private video (HTTP ${response.status}). Tokens are single-use: get the video again.`,
      { status: response.status },
    );
  }
  return body.session_token;
}
