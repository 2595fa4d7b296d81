import { createSSRApp, h, version } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { describe, expect, inject, it } from 'vitest';
import { UploadRow, VidkitPlugin, provideVidkit, useVidkitConfig } from './index.js';

// Runs once per Vue minor of the peer range (projects `node` and `node-vue-3.4`).
const minor = inject('vueMinor');

// Server rendering of the components is the adapter contract's (contract.test.ts); this file keeps what is Vue's.
describe(`renderToString in Node (Vue ${minor})`, () => {
  it('renders with the Vue minor of this project, components and renderer alike', async () => {
    expect(version.startsWith(`${minor}.`)).toBe(true);
    const html = await renderToString(createSSRApp({ render: () => h('output', version) }));
    expect(html).toBe(`<output>${version}</output>`);
  });

  it('renders an upload row as text, and provideVidkit merges over the plugin', async () => {
    const Probe = {
      setup() {
        provideVidkit({ locale: 'fr' });
        const Inner = {
          setup: () => {
            const config = useVidkitConfig();
            return () => h('output', `${config.value.apiBaseUrl} ${config.value.locale}`);
          },
        };
        return () =>
          h('div', [
            h(Inner),
            h('ul', [
              h(UploadRow, {
                name: '<b>x</b>.mp4',
                state: {
                  status: 'uploading',
                  bytesUploaded: 50,
                  bytesTotal: 100,
                  progress: 0.5,
                  speed: 0,
                  eta: undefined,
                  partsDone: 0,
                  partsTotal: 1,
                  attempt: 1,
                },
              }),
            ]),
          ]);
      },
    };
    const app = createSSRApp(Probe).use(VidkitPlugin, { apiBaseUrl: 'http://127.0.0.1:1' });
    const html = await renderToString(app);
    expect(html).toContain('<output>http://127.0.0.1:1 fr</output>');
    expect(html).toContain('aria-valuenow="50"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;.mp4');
  });
});
