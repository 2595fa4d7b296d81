/** A command from `@api.video/player-sdk`: `{ message, sdkPlayerId, callbackId, ...arguments }`. */
export interface SdkCommand {
  message: string;
  callbackId?: string;
  [argument: string]: unknown;
}

/** The page's side of the player SDK's postMessage protocol. */
export interface SdkBridge {
  /** Sends an event (`ready`, `play`, `timeupdate` with `{ currentTime }`, …) to the embedding page. */
  emit(type: string, data?: Record<string, unknown>): void;
}

/**
 * Speaks `@api.video/player-sdk`'s protocol with the page that embeds this one: `sdkSync` once listening (the SDK
 * holds its commands until then), events as `{ type, sdkPlayerId, ...data }`, and each command's answer as
 * `{ callbackId, arg, sdkPlayerId }` (getters answer their value; other commands answer too, so no promise of the
 * SDK stays pending). Commands are taken only from the parent window, from `sdkOrigin` when the URL names it, and
 * for this `sdkPlayerId`.
 */
export function connectSdk(
  options: { sdkPlayerId: number | undefined; sdkOrigin: string | undefined },
  handle: (command: SdkCommand) => unknown,
): SdkBridge | undefined {
  const parent = window.parent;
  if (parent === window) return undefined;
  const { sdkPlayerId, sdkOrigin } = options;
  const target = sdkOrigin ?? '*';
  const post = (message: Record<string, unknown>) => parent.postMessage({ ...message, sdkPlayerId }, target);

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent || (sdkOrigin && event.origin !== sdkOrigin)) return;
    const data = event.data as Partial<SdkCommand> | null;
    if (!data || typeof data.message !== 'string') return;
    if (sdkPlayerId !== undefined && Number.parseInt(String(data.sdkPlayerId), 10) !== sdkPlayerId) return;
    let arg: unknown;
    try {
      arg = handle(data as SdkCommand);
    } catch {
      arg = undefined;
    }
    if (typeof data.callbackId === 'string' && data.callbackId) post({ callbackId: data.callbackId, arg });
  });
  post({ type: 'sdkSync' });
  return { emit: (type, data = {}) => post({ ...data, type }) };
}
