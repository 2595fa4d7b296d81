import { useId, version } from 'react';
import { renderToString, version as serverVersion } from 'react-dom/server';
import { describe, expect, inject, it } from 'vitest';
import { UploadRow, VidkitProvider } from './index.js';

// Runs once per React major of the peer range (projects `node` and `node-react-18`).
const major = inject('reactMajor');

/** Reports, from inside a render, which React the component sees; its hook fails if the renderer's React differs. */
function ReactProbe() {
  const id = useId();
  return (
    <output data-id={id} data-renderer={serverVersion}>
      {version}
    </output>
  );
}

// Server rendering of the components is the adapter contract's (contract.test.tsx); this file keeps what is React's.
describe(`renderToString in Node (React ${major})`, () => {
  it('renders with the React major of this project, components and renderer alike', () => {
    const html = renderToString(<ReactProbe />);
    const expected = major === '18' ? '18.3.' : `${major}.`;
    expect(html).toContain(`data-renderer="${expected}`);
    expect(html).toContain(`>${expected}`);
    expect(serverVersion).toBe(version);
  });

  it('renders an upload row and the provider', () => {
    const html = renderToString(
      <VidkitProvider apiBaseUrl="http://127.0.0.1:1">
        <ul>
          <UploadRow
            name="<b>x</b>.mp4"
            state={{
              status: 'uploading',
              bytesUploaded: 50,
              bytesTotal: 100,
              progress: 0.5,
              speed: 0,
              eta: undefined,
              partsDone: 0,
              partsTotal: 1,
              attempt: 1,
            }}
          />
        </ul>
      </VidkitProvider>,
    );
    expect(html).toContain('aria-valuenow="50"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;.mp4');
  });
});
