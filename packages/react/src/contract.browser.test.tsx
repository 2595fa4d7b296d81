import { createRef, version } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { render } from 'vitest-browser-react';
import {
  runContract,
  type ComponentName,
  type ComponentProps,
  type ContractEvent,
  type Driver,
  type Mounted,
} from '@vidkit/adapter-contract';
import { element, renderContract } from './test-support/contract-elements.js';
import type { VideoPlayerHandle } from './index.js';

/** @vidkit/react's Driver: mount with vitest-browser-react, record callbacks, hydrate with hydrateRoot. */
async function mount<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
  options: Parameters<typeof element>[3] = {},
): Promise<Mounted<ComponentProps[C]>> {
  const events: ContractEvent[] = [];
  const record = (event: ContractEvent) => events.push(event);
  const screen = await render(element(component, props, record, options));
  return {
    container: screen.container,
    events,
    update: (next) => screen.rerender(element(component, next, record, options)),
    unmount: () => screen.unmount(),
  };
}

const driver: Driver = {
  name: `React ${version}`,
  mountUploader: (props) => mount('uploader', props),
  mountBadge: (props) => mount('badge', props),
  mountBadges: (props, count) => mount('badge', props, { count }),
  async mountPlayer(props) {
    const handle = createRef<VideoPlayerHandle>();
    return {
      ...(await mount('player', props, { handle })),
      handle: {
        play: () => handle.current!.play(),
        pause: () => handle.current!.pause(),
        seek: (time) => handle.current!.seek(time),
        setQuality: (quality) => handle.current!.setQuality(quality),
      },
    };
  },
  renderToString: renderContract,
  async hydrate(html, component, props) {
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = html;
    const events: ContractEvent[] = [];
    const record = (event: ContractEvent) => events.push(event);
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await new Promise<void>((resolve) => {
      root = hydrateRoot(container, element(component, props, record, { onCommit: resolve }));
    });
    // Recoverable hydration errors are reported right after the commit.
    await new Promise((resolve) => setTimeout(resolve));
    return {
      container,
      events,
      update: async (next) => root!.render(element(component, next, record)),
      unmount: async () => (root!.unmount(), container.remove()),
    };
  },
};

runContract(driver);
