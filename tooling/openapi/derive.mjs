#!/usr/bin/env node
// Derives the structure-only copy of api.video's OpenAPI spec that the repo keeps (api.video.openapi.json):
// paths, operations, parameters, request and response schemas, webhooks; no prose, no examples, no doc-site data.
// Core generates its types from it and the emulator validates its responses against it.
//
//   node tooling/openapi/derive.mjs [path/to/openapi.yaml]     (default: ../shared/api.video/openapi.yaml)
//   node tooling/openapi/derive.mjs --check [path]              exits 1 when the committed copy is stale

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const source = resolve(
  args.find((a) => !a.startsWith('--')) ?? join(here, '..', '..', '..', 'shared', 'api.video', 'openapi.yaml'),
);
const target = join(here, 'api.video.openapi.json');

const DROP = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'x-doctave',
  'x-stoplight',
  'x-client-description',
  'x-readme',
  'externalDocs',
]);

const NAMED_MAPS = new Set(['properties', 'schemas', 'headers', 'webhooks', 'x-webhooks', 'securitySchemes']);

function strip(node, key) {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (node && typeof node === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      // Maps keyed by name may hold an entry named like a dropped key (a video's `description` property, the
      // `summary` schema): keep those.
      if (DROP.has(k) && !NAMED_MAPS.has(key)) continue;
      out[k] = strip(v, k);
    }
    return out;
  }
  return node;
}

if (!existsSync(source)) {
  console.error(`derive: no spec at ${source}. Pass the path to api.video's openapi.yaml.`);
  process.exit(2);
}
const spec = strip(parse(readFileSync(source, 'utf8')));
const text = JSON.stringify(spec, null, 1) + '\n';
if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error('derive: tooling/openapi/api.video.openapi.json is stale; run `node tooling/openapi/derive.mjs`.');
    process.exit(1);
  }
  console.log('derive: the spec copy is up to date');
} else {
  writeFileSync(target, text);
  console.log(
    `derive: wrote ${target} (${(text.length / 1024).toFixed(0)} KiB, ${Object.keys(spec.paths).length} paths)`,
  );
}
