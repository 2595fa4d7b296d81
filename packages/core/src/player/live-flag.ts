import type { PlayerSnapshot } from './snapshot.js';

/**
 * The live flag a player UI shows (and reports through `onLiveChange`): `undefined` unless the source is live
 * (`liveExpected`, e.g. a `liveStreamId` was given, or the snapshot found it live), `false` while the stream is
 * offline, `undefined` while loading or failed (nothing known yet), else `true`.
 *
 * @example
 * const live = playerLiveFlag(player.getSnapshot(), props.liveStreamId !== undefined);
 */
export function playerLiveFlag(snapshot: PlayerSnapshot | undefined, liveExpected = false): boolean | undefined {
  if (!snapshot || !(liveExpected || snapshot.isLive)) return undefined;
  const { status } = snapshot;
  return status === 'offline' ? false : status === 'loading' || status === 'error' ? undefined : true;
}
