import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';

// A consumer's `ngc` with strictTemplates against the built package (dist, as npm users get it, through the
// workspace link): a right template compiles, a wrong input type fails.
const compilerCli = dirname(createRequire(import.meta.url).resolve('@angular/compiler-cli/package.json'));
const ngc = join(compilerCli, 'bundles/src/bin/ngc.js');
const project = (name: string) => fileURLToPath(new URL(`../type-tests/${name}`, import.meta.url));
/** ngc's exit code and its diagnostics, without colours. */
const run = (tsconfig: string) =>
  promisify(execFile)(process.execPath, [ngc, '-p', project(tsconfig)]).then(
    () => ({ code: 0, output: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: stripVTControlCharacters(error.stdout + error.stderr),
    }),
  );

describe('consumer templates under ngc --strictTemplates', () => {
  it('compile when inputs and outputs are used right', async () => {
    expect(await run('tsconfig.json')).toEqual({ code: 0, output: '' });
  });
  it('fail on a wrong input type', async () => {
    const { code, output } = await run('tsconfig.wrong.json');
    expect(code).toBe(1);
    expect(output).toMatch(/wrong\.component\.ts:9:\d+ - error TS2322/);
    expect(output).toContain("Type 'string' is not assignable to type 'number'");
  });
});
