import { describe, expect, it } from 'vitest';
import { IDLE_UPLOAD_SNAPSHOT, type UploadSnapshot } from '../upload/types.js';
import { acceptFiles } from './accept.js';
import { formatBytes, formatDuration, formatSpeed } from './format.js';
import { resolveMessages } from './messages.js';
import { announceUpload, describeUploadRow } from './upload-row.js';
import { inlineStyles, styleText } from './inline-styles.js';

const file = (name: string, type: string, size = 10) => ({ name, type, size });
const snapshot = (patch: Partial<UploadSnapshot>): UploadSnapshot => ({ ...IDLE_UPLOAD_SNAPSHOT, ...patch });

describe('formatting', () => {
  it('formats bytes, speed and time left with Intl, in the given locale', () => {
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(25_000_000, 'en')).toBe('25 MB');
    expect(formatBytes(1_500_000, 'fr').replace(/\s/g, ' ')).toBe('1,5 Mo');
    expect(formatBytes(-1)).toBe('–');
    expect(formatSpeed(undefined)).toBe('–');
    expect(formatSpeed(2_400_000, 'en')).toBe('2.4 MB/s');
    expect(formatDuration(undefined)).toBe('–');
    expect(formatDuration(41.2, 'en')).toBe('42 sec');
    expect(formatDuration(180, 'en')).toBe('3 min');
    expect(formatDuration(3900, 'en')).toBe('1 hr 5 min');
  });
});

describe('acceptFiles', () => {
  it('accepts videos by MIME wildcard and refuses other types with a reason', () => {
    const { accepted, rejected } = acceptFiles([file('a.mp4', 'video/mp4'), file('notes.txt', 'text/plain')]);
    expect(accepted.map((f) => f.name)).toEqual(['a.mp4']);
    expect(rejected).toMatchObject([{ reason: 'type', message: 'Not an accepted file type (text/plain).' }]);
  });

  it('matches extensions and exact types, case-insensitively', () => {
    const files = [file('a.MKV', ''), file('b.webm', 'video/webm'), file('c.mp4', 'video/mp4')];
    const { accepted } = acceptFiles(files, { accept: '.mkv, video/webm' });
    expect(accepted.map((f) => f.name)).toEqual(['a.MKV', 'b.webm']);
  });

  it('refuses files over maxFileSize and empty files, and keeps only the first without multiple', () => {
    const files = [file('big.mp4', 'video/mp4', 2_000_001), file('e.mp4', 'video/mp4', 0)];
    const { rejected } = acceptFiles(files, { maxFileSize: 2_000_000, locale: 'en' });
    expect(rejected.map((r) => [r.reason, r.message])).toEqual([
      ['size', 'Larger than the 2 MB limit.'],
      ['empty', 'The file is empty.'],
    ]);
    expect(
      acceptFiles([file('a.mp4', 'video/mp4'), file('b.mp4', 'video/mp4')], { multiple: false }).accepted,
    ).toHaveLength(1);
  });

  it('speaks the messages it is given', () => {
    const messages = resolveMessages({ rejectedEmpty: 'Fichier vide.' });
    expect(acceptFiles([file('e.mp4', 'video/mp4', 0)], { messages }).rejected[0]!.message).toBe('Fichier vide.');
  });
});

describe('describeUploadRow', () => {
  it('offers the actions each state allows, named with the file', () => {
    const actions = (status: UploadSnapshot['status']) =>
      describeUploadRow('a.mp4', snapshot({ status })).actions.map((a) => a.action);
    expect(actions('uploading')).toEqual(['pause', 'cancel']);
    expect(actions('paused')).toEqual(['resume', 'cancel']);
    expect(actions('failed')).toEqual(['retry', 'remove']);
    expect(actions('completed')).toEqual(['remove']);
    expect(describeUploadRow('a.mp4', snapshot({ status: 'paused' })).actions[0]).toEqual({
      action: 'resume',
      text: 'Resume',
      label: 'Resume a.mp4',
    });
  });

  it('describes progress, speed and time left while moving, the video id when done, the error when failed', () => {
    const moving = describeUploadRow(
      'a.mp4',
      snapshot({
        status: 'uploading',
        progress: 0.426,
        bytesUploaded: 1_500_000,
        bytesTotal: 4_000_000,
        speed: 2e6,
        eta: 180,
      }),
      { locale: 'en' },
    );
    expect(moving).toMatchObject({
      statusText: 'Uploading',
      percent: 43,
      progressText: '43%',
      progressLabel: 'Upload of a.mp4',
      bytesText: '1.5 MB / 4 MB',
      speedText: '2 MB/s',
      etaText: '3 min left',
    });
    const done = describeUploadRow('a.mp4', snapshot({ status: 'completed', video: { videoId: 'vi1' } as never }));
    expect([done.videoText, done.speedText]).toEqual(['Video vi1', undefined]);
    const failed = describeUploadRow('a.mp4', snapshot({ status: 'failed', error: new Error('Token expired.') }));
    expect(failed.errorText).toBe('Token expired.');
    expect(announceUpload('a.mp4', snapshot({ status: 'idle' }))).toBe(undefined);
    expect(announceUpload('a.mp4', snapshot({ status: 'failed', error: new Error('Token expired.') }))).toBe(
      'a.mp4 failed: Token expired.',
    );
  });
});

describe('describeUploadRow with the video encoding', () => {
  it('says what became of an uploaded video, in words, and only for an uploaded row', () => {
    const done = snapshot({ status: 'completed', progress: 1 });
    expect(describeUploadRow('a.mp4', done, { encoding: 'processing' }).statusText).toBe('Processing');
    expect(describeUploadRow('a.mp4', done, { encoding: 'playable' }).statusText).toBe('Ready to play');
    const failed = describeUploadRow('a.mp4', done, { encoding: 'failed' });
    expect([failed.status, failed.statusText, failed.errorText]).toEqual([
      'completed',
      'Could not be processed',
      'Could not be processed',
    ]);
    expect(describeUploadRow('a.mp4', snapshot({ status: 'uploading' }), { encoding: 'failed' }).statusText).toBe(
      'Uploading',
    );
    const french = resolveMessages({ encoding: { failed: 'Traitement impossible' } });
    expect(describeUploadRow('a.mp4', done, { encoding: 'failed', messages: french }).statusText).toBe(
      'Traitement impossible',
    );
    expect(french.encoding.playable).toBe('Ready to play');
  });
});

describe('resolveMessages', () => {
  it('overrides some texts and merges the records key by key', () => {
    const messages = resolveMessages({ status: { uploading: 'Envoi' }, uploadsLabel: 'Envois' });
    expect(messages.status.uploading).toBe('Envoi');
    expect(messages.status.completed).toBe('Uploaded');
    expect(messages.uploadsLabel).toBe('Envois');
    expect(messages.action.pause).toBe('Pause');
  });
});

describe('inline styles', () => {
  it('turn into style attribute text for the frameworks that want a string', () => {
    expect(styleText(inlineStyles.video)).toBe('display: block; width: 100%; height: 100%; object-fit: contain');
  });
});
