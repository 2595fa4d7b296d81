import { usesSandbox } from './playground.js';

/** Set by `npm start` when the emulator's RTMP ingest is not on its default port. */
const rtmpUrl = (import.meta.env as Record<string, string | undefined>)['STORYBOOK_VIDKIT_RTMP_URL'];

/** The command that pushes a test pattern to an emulator stream (none in a sandbox, where you use your encoder). */
export function pushCommand(streamKey: string | undefined): string | undefined {
  if (usesSandbox || !streamKey) return undefined;
  return `pnpm --filter @vidkit/emulator push-live ${streamKey}${rtmpUrl ? ` --url ${rtmpUrl}` : ''}`;
}

/** The template that shows it, with the test ids the end-to-end walk reads (`push` and `stream` in props). */
export const pushTemplate = `
  @if (push) {
    <p>Go live with a test pattern: <code data-testid="push-command" [attr.data-stream-key]="stream.streamKey">{{ push }}</code></p>
  }
`;
