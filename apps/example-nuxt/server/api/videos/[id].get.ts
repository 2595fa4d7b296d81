// The fields the video page renders; the rest of the video object (tags, metadata) stays on the server.
export default defineEventHandler(async (event) => {
  const video = await fromApiVideo(useApiVideo(event).videos.get(getRouterParam(event, 'id')!));
  return { videoId: video.videoId, title: video.title, description: video.description, assets: video.assets };
});
