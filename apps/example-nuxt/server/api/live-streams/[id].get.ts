// A live stream's public fields: never its stream key, which lets anyone broadcast.
export default defineEventHandler(async (event) => {
  const stream = await fromApiVideo(useApiVideo(event).liveStreams.get(getRouterParam(event, 'id')!));
  return { liveStreamId: stream.liveStreamId, name: stream.name, assets: stream.assets };
});
