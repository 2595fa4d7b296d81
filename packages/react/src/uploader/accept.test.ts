import { describe, expect, it } from 'vitest';
import { partitionFiles } from './accept.js';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('partitionFiles', () => {
  it('accepts videos by MIME wildcard and refuses other types with a reason', () => {
    const { accepted, rejected } = partitionFiles([file('a.mp4', 'video/mp4'), file('notes.txt', 'text/plain')], {});
    expect(accepted.map((f) => f.name)).toEqual(['a.mp4']);
    expect(rejected).toMatchObject([{ reason: 'type', message: 'Not an accepted file type (text/plain).' }]);
  });

  it('matches extensions and exact types', () => {
    const { accepted } = partitionFiles([file('a.MKV', ''), file('b.webm', 'video/webm'), file('c.mp4', 'video/mp4')], {
      accept: '.mkv, video/webm',
    });
    expect(accepted.map((f) => f.name)).toEqual(['a.MKV', 'b.webm']);
  });

  it('refuses files over maxFileSize and empty files', () => {
    const { rejected } = partitionFiles([file('big.mp4', 'video/mp4', 2_000_001), file('e.mp4', 'video/mp4', 0)], {
      maxFileSize: 2_000_000,
    });
    expect(rejected.map((r) => [r.reason, r.message])).toEqual([
      ['size', 'Larger than the 2.0 MB limit.'],
      ['empty', 'The file is empty.'],
    ]);
  });
});
