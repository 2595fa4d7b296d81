import { VidkitPlugin } from '@vidkit/vue';

// Every Vidkit component of the app gets the API root, the delivery root and where to get an upload token.
export default defineNuxtPlugin((nuxtApp) => {
  // Read from the server's runtime config while rendering; the page payload carries the URL (never the key).
  const apiBaseUrl = useState('vidkit-api-base-url', () => useRuntimeConfig().apiBaseUrl);
  nuxtApp.vueApp.use(VidkitPlugin, () => ({
    apiBaseUrl: apiBaseUrl.value,
    // api.video delivers from its CDN hosts (the components' default); the emulator from its own address.
    deliveryBaseUrl: new URL(apiBaseUrl.value).hostname.endsWith('api.video') ? undefined : apiBaseUrl.value,
    getUploadToken: () => $fetch<string>('/api/upload-token', { method: 'POST' }),
  }));
});
