import { VERSION, createComponent, type ApplicationRef, type ComponentRef } from '@angular/core';
import { createApplication, provideClientHydration } from '@angular/platform-browser';
import { inject } from 'vitest';
import {
  runContract,
  type ComponentName,
  type ComponentProps,
  type ContractEvent,
  type Driver,
  type Mounted,
} from '@vidkit/adapter-contract';
import type { PlayerRoot } from './test-support/contract-app.js';
import { ROOTS, contractConfig, renderContract } from './test-support/contract-app.js';

const zone = inject('changeDetection') === 'zone';

/** A running root: `update` sets its props signal and waits until the application is stable. */
function mounted<C extends ComponentName>(
  app: ApplicationRef,
  container: HTMLElement,
  remove: HTMLElement,
  setProps: (next: ComponentProps[C]) => void,
  events: ContractEvent[],
): Mounted<ComponentProps[C]> {
  return {
    container,
    events,
    update: async (next) => {
      setProps(next);
      await app.whenStable();
    },
    unmount: async () => {
      app.destroy();
      remove.remove();
    },
  };
}

/** @vidkit/angular's Driver: one application per mount (`createApplication`), outputs recorded as neutral events. */
async function mount<C extends ComponentName>(
  component: C,
  props: ComponentProps[C],
  count = 1,
): Promise<Mounted<ComponentProps[C]> & { root: ComponentRef<unknown> }> {
  const events: ContractEvent[] = [];
  const { config, inputs } = contractConfig(props, { record: (event) => events.push(event), count }, zone);
  const app = await createApplication(config);
  const host = document.body.appendChild(document.createElement('vidkit-contract-root'));
  const root = createComponent(ROOTS[component], { environmentInjector: app.injector, hostElement: host });
  app.attachView(root.hostView);
  await app.whenStable();
  // The element the component renders into: its host (the root's, for many badges).
  const container = count > 1 ? host : (host.firstElementChild as HTMLElement);
  return { ...mounted<C>(app, container, host, (next) => inputs.props.set(next), events), root };
}

const driver: Driver = {
  name: `Angular ${VERSION.full} (${zone ? 'zone.js' : 'zoneless'})`,
  mountUploader: (props) => mount('uploader', props),
  mountBadge: (props) => mount('badge', props),
  mountBadges: (props, count) => mount('badge', props, count),
  async mountPlayer(props) {
    const { root, ...rest } = await mount('player', props);
    // The handle as an app reaches it: `viewChild(VideoPlayerComponent)`.
    const player = () => (root.instance as PlayerRoot).player();
    return {
      ...rest,
      handle: {
        play: () => player().play(),
        pause: () => player().pause(),
        seek: (time) => player().seek(time),
        setQuality: (quality) => player().setQuality(quality),
      },
    };
  },
  renderToString: renderContract,
  async hydrate(html, component, props) {
    // The server's document: its root element and the transfer state (hydration info) go into the page.
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const stale of document.querySelectorAll('script#ng-state')) stale.remove();
    const wrapper = document.body.appendChild(document.createElement('div'));
    for (const node of [...page.body.childNodes]) {
      // The server's integrity marker (a comment) is looked for directly under <body>, as in a served page.
      const parent = node.nodeType === Node.COMMENT_NODE ? document.body : wrapper;
      parent.appendChild(document.importNode(node, true));
    }
    for (const script of page.querySelectorAll('script')) wrapper.appendChild(document.importNode(script, true));
    const events: ContractEvent[] = [];
    const { config, inputs } = contractConfig(props, { record: (event) => events.push(event) }, zone);
    const app = await createApplication({ providers: [...config.providers, provideClientHydration()] });
    const host = wrapper.querySelector<HTMLElement>('vidkit-contract-root')!;
    app.bootstrap(ROOTS[component], host);
    await app.whenStable();
    // The component's host element: its first child is the component's root markup.
    const container = host.firstElementChild as HTMLElement;
    return mounted<typeof component>(app, container, wrapper, (next) => inputs.props.set(next), events);
  },
};

runContract(driver);
