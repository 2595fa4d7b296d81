export {};
//# sourceMappingURL=svelte.browser.test.svelte.d.ts.map
