// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2026-12-01',
  // Nothing here fetches at build or run time: no devtools, fonts or icon modules.
  devtools: { enabled: false },
  telemetry: false,
  css: ['@vidkit/vue/styles.css'],
  app: { head: { title: 'Vidkit × Nuxt', htmlAttrs: { lang: 'en' } } },
  // Read at run time from NUXT_API_VIDEO_KEY and NUXT_PUBLIC_API_VIDEO_URL; the defaults are the emulator's.
  runtimeConfig: {
    // Private: only the server sees it.
    apiVideoKey: 'vidkit_dev_emulator_key_not_a_secret',
    public: {
      // https://ws.api.video, https://sandbox.api.video, or the emulator.
      apiVideoUrl: 'http://127.0.0.1:4010',
    },
  },
});
