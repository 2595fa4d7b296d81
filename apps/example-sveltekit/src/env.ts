import { defineEnvVars } from '@sveltejs/kit/env';

// Read when the server starts (not at build time), and private: only server code can import them.
export const variables = defineEnvVars({
  VIDKIT_API_KEY: {
    description: 'The api.video API key. Default: the emulator’s public development key.',
    schema: (value) => value || 'vidkit_dev_emulator_key_not_a_secret',
  },
  VIDKIT_API_BASE_URL: {
    description: 'The API root: https://sandbox.api.video, https://ws.api.video. Default: the emulator.',
    schema: (value) => value || 'http://127.0.0.1:4010',
  },
});
