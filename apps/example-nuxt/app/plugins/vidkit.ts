import { VidkitPlugin } from '@vidkit/vue';

// Every Vidkit component of the app gets the API root, the delivery root and where to get an upload token.
export default defineNuxtPlugin((nuxtApp) => {
  const { apiVideoUrl } = useRuntimeConfig().public;
  nuxtApp.vueApp.use(VidkitPlugin, {
    apiBaseUrl: apiVideoUrl,
    // api.video delivers from its CDN hosts (the components' default); the emulator from its own address.
    deliveryBaseUrl: new URL(apiVideoUrl).hostname.endsWith('api.video') ? undefined : apiVideoUrl,
    getUploadToken: () => $fetch<string>('/api/upload-token', { method: 'POST' }),
  });
});
