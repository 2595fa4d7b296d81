/** What an embed URL asks for: api.video's query parameters and `#` fragments, and the player SDK's handshake. */
export interface EmbedOptions {
  /** Private video or live stream token (`?token=`). */
  token: string | undefined;
  /** A private video's session, from the SDK's `privateSession` (`?avh=`). */
  session: string | undefined;
  autoplay: boolean;
  muted: boolean;
  loop: boolean;
  hideControls: boolean;
  chromeless: boolean;
  hideTitle: boolean;
  hidePoster: boolean;
  showSubtitles: boolean;
  hotkeys: boolean;
  /** `#t=start,end` in seconds. */
  start: number | undefined;
  end: number | undefined;
  /** `#api`: listen to the player SDK's commands. */
  api: boolean;
  sdkPlayerId: number | undefined;
  /** The page that embeds the player (`#sdkOrigin:` base64), the only one whose commands are taken. */
  sdkOrigin: string | undefined;
}

/** `ss`, `mm:ss` or `hh:mm:ss` (api.video's `#t=` forms) in seconds; undefined when empty or unreadable. */
export function parseTime(text: string | undefined): number | undefined {
  if (!text || !/^\d+(\.\d+)?(:\d+(\.\d+)?){0,2}$/.test(text)) return undefined;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

const flag = (value: string | null) => value !== null && value !== 'false' && value !== '0';

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function decodeOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(atob(value)).origin;
  } catch {
    return undefined;
  }
}

/**
 * Reads an embed URL the way api.video's player does: options as query parameters (what `@api.video/player-sdk`
 * sends: `autoplay=true`, `muted=true`, `hideControls=true`, …) or as `;`-separated fragments (`#autoplay;loop`,
 * `#hide-controls`, `#t=10,15`, `#sdkPlayerId:1;sdkOrigin:…;api`). Pure.
 */
export function parseEmbedUrl(href: string): EmbedOptions {
  const url = new URL(href);
  const query = url.searchParams;
  const fragments = new Map<string, string>();
  for (const item of url.hash.slice(1).split(';')) {
    const match = /^([A-Za-z-]+)(?:[:=](.*))?$/.exec(item);
    if (match) fragments.set(match[1]!, safeDecode(match[2] ?? ''));
  }
  const either = (name: string, fragment: string) => flag(query.get(name)) || fragments.has(fragment);
  const [start, end] = (fragments.get('t') ?? '').split(',');
  const sdkPlayerId = Number.parseInt(fragments.get('sdkPlayerId') ?? '', 10);
  return {
    token: query.get('token') || undefined,
    session: query.get('avh') || undefined,
    autoplay: either('autoplay', 'autoplay'),
    muted: either('muted', 'muted'),
    loop: either('loop', 'loop'),
    hideControls: either('hideControls', 'hide-controls'),
    chromeless: either('chromeless', 'chromeless'),
    hideTitle: either('hideTitle', 'hide-title'),
    hidePoster: either('hidePoster', 'hide-poster'),
    showSubtitles: either('showSubtitles', 'show-subtitles'),
    hotkeys: fragments.get('hotkeys') !== 'false',
    start: parseTime(start),
    end: parseTime(end),
    api: fragments.has('api'),
    sdkPlayerId: Number.isNaN(sdkPlayerId) ? undefined : sdkPlayerId,
    sdkOrigin: decodeOrigin(fragments.get('sdkOrigin')),
  };
}
