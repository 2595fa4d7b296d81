// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-12-01',
  // Nothing here fetches at build or run time: no devtools, fonts or icon modules.
  devtools: { enabled: false },
  telemetry: false,
  css: ['@vidkit/vue/styles.css'],
  // Nuxt's own hashing uses BigInt literals: let the server bundle target what Node 24 runs.
  nitro: { esbuild: { options: { target: 'es2022' } } },
  app: { head: { title: 'Vidkit × Nuxt', htmlAttrs: { lang: 'en' } } },
  // Server-only settings, read when the server starts from VIDKIT_API_KEY and VIDKIT_API_BASE_URL (the prefix below
  // instead of Nuxt's NUXT_); the defaults are the emulator's.
  runtimeConfig: {
    nitro: { envPrefix: 'VIDKIT_' },
    apiKey: 'vidkit_dev_emulator_key_not_a_secret',
    // https://ws.api.video, https://sandbox.api.video, or the emulator.
    apiBaseUrl: 'http://127.0.0.1:4010',
  },
});
