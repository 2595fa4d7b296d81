import type { PlayerContext } from './context.js';
import { withSession } from './source.js';

/** Adds the source's captions and chapters as `<track>` elements (removed with the source). */
export function addSourceTracks(ctx: PlayerContext, session: string | undefined): void {
  const { video, cleanup, options } = ctx;
  const { privatePrefix } = ctx.source;
  const add = (kind: string, src: string, srclang = '', label = srclang, isDefault = false) => {
    if (video.crossOrigin === null) {
      // Track files are fetched with CORS only when the element asks for it.
      video.crossOrigin = 'anonymous';
      cleanup.push(() => video.removeAttribute('crossorigin'));
    }
    // A private video's own files need its session too.
    if (privatePrefix && src.startsWith(privatePrefix)) src = withSession(src, session);
    const element = Object.assign(document.createElement('track'), { kind, src, srclang, label, default: isDefault });
    video.appendChild(element);
    // Chapters must not stay disabled, or their cues never load.
    if (kind === 'chapters') element.track.mode = 'hidden';
    cleanup.push(() => element.remove());
  };
  for (const c of options.captions ?? [])
    add('captions', c.src, c.srclang, c.label ?? c.languageName ?? c.srclang, c.default);
  for (const c of options.chapters ?? []) add('chapters', c.src, c.language, 'Chapters');
}
