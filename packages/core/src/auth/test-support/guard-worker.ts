import { probeGuard } from './guard-probe.js';

// A dedicated worker: probes on the page's request and answers with the result.
self.addEventListener('message', (event: MessageEvent<{ apiBaseUrl: string }>) => {
  void probeGuard(event.data.apiBaseUrl).then((result) =>
    (self as unknown as { postMessage(value: unknown): void }).postMessage(result),
  );
});
