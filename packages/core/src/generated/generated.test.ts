import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('generated types', () => {
  it('match a fresh generation from tooling/openapi/api.video.openapi.json', async () => {
    const script = fileURLToPath(new URL('../../scripts/generate-types.mjs', import.meta.url));
    // Rejects (exit 1) when src/generated/api.generated.ts is stale.
    const { stdout } = await promisify(execFile)(process.execPath, [script, '--check']);
    expect(stdout).toContain('up to date');
  });
});
