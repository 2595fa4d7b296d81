/** What the embed page's script needs about the video or live stream, written into the page as JSON. */
export interface EmbedConfig {
  type: 'vod' | 'live';
  id: string;
  title: string;
  public: boolean;
  /** An mp4 is served (`mp4Support`), for the player SDK's `download()`. */
  mp4: boolean;
  captions: { src: string; srclang: string; languageName: string; default: boolean }[];
}

/** The id of the `<script type="application/json">` that carries the config. */
export const CONFIG_ELEMENT_ID = 'vidkit-embed-config';

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` never appear raw, so a title such as
 * `</script><img onerror=…>` stays text (the script reads it with `textContent` and renders it as text too).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const STYLE = `
html,body{margin:0;height:100%;background:#000;overflow:hidden;font:14px/1.4 system-ui,sans-serif}
.player{position:relative;width:100%;height:100%}
video{display:block;width:100%;height:100%;background:#000}
.title{position:absolute;left:0;right:0;top:0;padding:12px 16px;color:var(--vidkit-text,#fff);
background:linear-gradient(var(--vidkit-background-top,rgba(0,0,0,.6)),transparent);pointer-events:none;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.player.playing:not(:hover) .title{opacity:0;transition:opacity .3s}
.message{position:absolute;left:0;right:0;top:40%;padding:0 16px;text-align:center;color:#fff}
[hidden]{display:none!important}
`;

/** The embed page: a `<video>`, a title line, the config and the bundled player script. No user text is HTML. */
export function renderEmbedPage(config: EmbedConfig): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Video player</title>
<style>${STYLE}</style>
</head>
<body>
<div class="player"><video playsinline preload="metadata"></video><div class="title" hidden></div><div class="message" role="alert" hidden></div></div>
<script type="application/json" id="${CONFIG_ELEMENT_ID}">${scriptSafeJson(config)}</script>
<script src="/embed/player.js"></script>
</body>
</html>
`;
}
