import { h } from 'vue';
import { usesSandbox } from './playground.js';

/** Set by `npm start` when the emulator's RTMP ingest is not on its default port. */
const rtmpUrl = (import.meta.env as Record<string, string | undefined>).STORYBOOK_VIDKIT_RTMP_URL;

/** The command that pushes a test pattern to an emulator stream (nothing in a sandbox, where you use your encoder). */
export function pushCommand(streamKey: string | undefined) {
  if (usesSandbox || !streamKey) return null;
  return h('p', [
    'Go live with a test pattern: ',
    h(
      'code',
      { 'data-testid': 'push-command', 'data-stream-key': streamKey },
      `pnpm --filter @vidkit/emulator push-live ${streamKey}${rtmpUrl ? ` --url ${rtmpUrl}` : ''}`,
    ),
  ]);
}
