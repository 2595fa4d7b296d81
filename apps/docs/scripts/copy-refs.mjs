// Puts each playground's static Storybook under this site's build (storybook-static/<id>/), where the refs point.
import { cpSync, existsSync } from 'node:fs';
import { playgrounds, staticDir } from '../refs.mjs';

for (const p of playgrounds) {
  const from = staticDir(p);
  if (!existsSync(new URL('index.json', from))) {
    console.error(`copy-refs: ${p.app} has no static build; run its build first (turbo does).`);
    process.exit(1);
  }
  cpSync(from, new URL(`../storybook-static/${p.id}/`, import.meta.url), { recursive: true });
  console.log(`copy-refs: ${p.title} playground → storybook-static/${p.id}/`);
}
