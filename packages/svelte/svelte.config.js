// Read by @sveltejs/package, svelte-check and @sveltejs/vite-plugin-svelte: runes everywhere.
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: { runes: true },
};
