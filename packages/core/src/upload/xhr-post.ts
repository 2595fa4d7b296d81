/**
 * A `fetch`-shaped POST over XMLHttpRequest, for browsers: the one request API there that reports upload progress
 * (fetch reports none, and streaming request bodies need HTTP/2). `onSent(bytes)` follows the body as it goes out.
 * It takes `init.method`, `headers` (a plain object), `body` and `signal`, and rejects as fetch does: a TypeError
 * when there is no HTTP answer, the signal's reason when it aborts.
 */
export function xhrPost(onSent: (bytes: number) => void): typeof fetch {
  return ((url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const { signal } = init;
      const onAbort = () => xhr.abort();
      const settle = (fn: () => void) => () => {
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      xhr.open(init.method ?? 'POST', url);
      for (const [name, value] of Object.entries((init.headers as Record<string, string>) ?? {})) {
        xhr.setRequestHeader(name, value);
      }
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => onSent(event.loaded);
      xhr.onload = settle(() => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
        }
        // 204, 205 and 304 cannot carry a body in a Response.
        const body = [204, 205, 304].includes(xhr.status) ? null : (xhr.response as Blob);
        resolve(new Response(body, { status: xhr.status, statusText: xhr.statusText, headers }));
      });
      xhr.onerror = settle(() => reject(new TypeError('Network request failed')));
      xhr.onabort = settle(() => reject(signal?.reason ?? new TypeError('Request aborted')));
      if (signal?.aborted) return xhr.onabort(new ProgressEvent('abort'));
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.send(init.body as XMLHttpRequestBodyInit);
    })) as typeof fetch;
}
