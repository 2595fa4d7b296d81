import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Where a secret was found. */
export interface Finding {
  /** A file path (relative to the directory scanned) or a URL. */
  where: string;
  secret: string;
}

/** Every file under `dir` (recursively) whose bytes contain one of `secrets`. */
export async function scanDir(dir: string, secrets: readonly string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  if (entries.length === 0) throw new Error(`Nothing to scan in ${dir}: is the app built?`);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    for (const secret of secrets) if (bytes.includes(secret)) findings.push({ where: relative(dir, path), secret });
  }
  return findings;
}

/** The bodies (bytes or text) among `bodies` that contain one of `secrets`. */
export function scanBodies(bodies: ReadonlyMap<string, Buffer | string | undefined>, secrets: readonly string[]) {
  const findings: Finding[] = [];
  for (const [where, body] of bodies) {
    if (body === undefined) continue;
    for (const secret of secrets) if (body.includes(secret)) findings.push({ where, secret });
  }
  return findings;
}
