/** A style object in camelCase with string values: what React, Vue and Angular style bindings take. */
export type InlineStyle = Readonly<Record<string, string>>;

/**
 * The few inline styles every adapter renders, so the components hold their shape without the optional
 * stylesheet: the player keeps its box (never 0×0) and its overlay covers the video; the uploader's live region
 * is read but not seen. `styleText` turns one into a `style` attribute (Svelte, plain DOM).
 */
export const inlineStyles = {
  player: { position: 'relative', width: '100%', minWidth: '160px', background: '#000' },
  video: { display: 'block', width: '100%', height: '100%', objectFit: 'contain' },
  overlay: { position: 'absolute', inset: '0', display: 'grid', placeItems: 'center', color: '#fff' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
} as const satisfies Record<string, InlineStyle>;

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
