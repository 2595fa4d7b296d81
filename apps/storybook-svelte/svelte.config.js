// Runes everywhere (read by @sveltejs/vite-plugin-svelte and svelte-check).
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default { compilerOptions: { runes: true } };
