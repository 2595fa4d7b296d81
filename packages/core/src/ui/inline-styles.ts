/** A style object in camelCase with string values: what React, Vue and Angular style bindings take. */
export type InlineStyle = Readonly<Record<string, string>>;

/** The player's box: it keeps its width and ratio (never 0×0) before any media or stylesheet. */
export const playerBoxStyle = { position: 'relative', width: '100%', minWidth: '160px', background: '#000' } as const;
/** The `<video>` fills the box. */
export const videoStyle = { display: 'block', width: '100%', height: '100%', objectFit: 'contain' } as const;
/** The offline/failure overlay covers the video. */
export const overlayStyle = {
  position: 'absolute',
  inset: '0',
  display: 'grid',
  placeItems: 'center',
  color: '#fff',
} as const;
/** The uploader's live region: read, not seen. */
export const visuallyHiddenStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/**
 * The few inline styles every adapter renders, so the components hold their shape without the optional
 * stylesheet (each is also its own export, so a page with only an uploader ships only `visuallyHiddenStyle`).
 * `styleText` turns one into a `style` attribute (Svelte, plain DOM).
 */
export const inlineStyles = {
  player: playerBoxStyle,
  video: videoStyle,
  overlay: overlayStyle,
  visuallyHidden: visuallyHiddenStyle,
} satisfies Record<string, InlineStyle>;

/**
 * A style object as a `style` attribute's text: `{ objectFit: 'contain' }` → `object-fit: contain`.
 *
 * @example
 * <div style={styleText({ ...inlineStyles.player, aspectRatio: parseAspectRatio(ratio) })}>
 */
export function styleText(style: InlineStyle): string {
  return Object.entries(style)
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value}`)
    .join('; ');
}
