// The encoding status the upload page polls: the API needs the key for it, so the server asks on the page's behalf.
export default defineEventHandler((event) =>
  fromApiVideo(useApiVideo(event).videos.getStatus(getRouterParam(event, 'id')!)),
);
