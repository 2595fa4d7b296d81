import { inject } from 'vitest';

/** What a backend does: mint a delegated upload token with the API key (never in a real browser app). */
export async function createUploadToken(): Promise<string> {
  const response = await fetch(`${inject('emulatorUrl')}/upload-tokens`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${inject('emulatorApiKey')}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ttl: 3600 }),
  });
  if (!response.ok) throw new Error(`POST /upload-tokens answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Sets the emulator's fault injection (`PUT /_emulator/faults`). */
export async function setFaults(faults: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${inject('emulatorUrl')}/_emulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`PUT /_emulator/faults answered ${response.status}`);
}

/** Faults off. */
export const noFaults = {
  dropRate: 0,
  errorRate: 0,
  rateLimitRate: 0,
  latencyMs: 0,
  bandwidthBps: 0,
  rateLimit: 'off',
};

/** The generated clip as a File, named as given. */
export function clipFile(name = 'clip.mp4'): File {
  const bytes = Uint8Array.from(atob(inject('clipBase64')), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'video/mp4' });
}

/** A file of `size` zero bytes with a video type (enough for upload tests that never play it). */
export function blankVideoFile(size: number, name = 'blank.mp4'): File {
  return new File([new Uint8Array(size)], name, { type: 'video/mp4' });
}

/** What a backend does to create a live stream (`POST /live-streams` with the API key). */
export async function createLiveStream(): Promise<{ liveStreamId: string; streamKey: string }> {
  const response = await fetch(`${inject('emulatorUrl')}/live-streams`, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(`${inject('emulatorApiKey')}:`)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'badge test', public: true }),
  });
  if (!response.ok) throw new Error(`POST /live-streams answered ${response.status}`);
  return (await response.json()) as { liveStreamId: string; streamKey: string };
}

/** How many requests the emulator has answered per `"METHOD /route/pattern"`. */
export async function requestCounts(): Promise<Record<string, number>> {
  return (await fetch(`${inject('emulatorUrl')}/_emulator/requests`)).json();
}
