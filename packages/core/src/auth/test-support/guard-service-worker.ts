import { probeGuard } from './guard-probe.js';

// A service worker: probes when a page asks and answers on the port it was given.
self.addEventListener('message', (event: MessageEvent<{ apiBaseUrl: string }>) => {
  const port = event.ports[0]!;
  void probeGuard(event.data.apiBaseUrl).then((result) => port.postMessage(result));
});
