// Checks what npm users get: ng-packagr's dist, packed by pnpm from `publishConfig.directory` (workspace and catalog
// versions rewritten). publint --strict reads the unpacked tarball, attw the tarball itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'vidkit-angular-pack-'));
try {
  run('pnpm', ['pack', '--pack-destination', dir]);
  const tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz')),
  );
  run('tar', ['xzf', tarball, '-C', dir]);
  const manifest = readFileSync(join(dir, 'package', 'package.json'), 'utf8');
  if (/workspace:|catalog:/.test(manifest))
    throw new Error('the packed package.json still has workspace:/catalog: versions');
  run('publint', ['--strict', join(dir, 'package')]);
  run('attw', [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './styles.css']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
