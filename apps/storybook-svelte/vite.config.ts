import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Storybook's Vite builder reads this file: the Svelte plugin compiles the stories and @vidkit/svelte's components.
export default defineConfig({ plugins: [svelte()] });
