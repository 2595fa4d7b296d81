// The framework playgrounds this site composes. A playground appears once its app exists in the repo.
import { existsSync } from 'node:fs';

/** @typedef {{ id: string, title: string, app: string, devPort: number }} Playground */

/** @type {Playground[]} */
const ALL = [
  { id: 'react', title: 'React', app: 'storybook-react', devPort: 6007 },
  { id: 'vue', title: 'Vue', app: 'storybook-vue', devPort: 6008 },
  { id: 'angular', title: 'Angular', app: 'storybook-angular', devPort: 6009 },
  { id: 'svelte', title: 'Svelte', app: 'storybook-svelte', devPort: 6010 },
];

/** The playgrounds present in this checkout. */
export const playgrounds = ALL.filter((p) => existsSync(new URL(`../${p.app}/package.json`, import.meta.url)));

/** Where a playground's static build is, relative to this file. */
export const staticDir = (/** @type {Playground} */ p) => new URL(`../${p.app}/storybook-static/`, import.meta.url);
