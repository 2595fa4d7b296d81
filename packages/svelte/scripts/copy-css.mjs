// The theme is core's, shared by every adapter; it ships here too so Svelte apps import `@vidkit/svelte/styles.css`.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url).resolve('@vidkit/core/styles.css');
copyFileSync(core, new URL('../dist/styles.css', import.meta.url));
