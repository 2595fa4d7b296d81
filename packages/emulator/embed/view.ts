/** Native controls the SDK's `hideControls([...])` can hide one by one (the rest go only all together). */
const CONTROLS_LIST: Record<string, string> = {
  download: 'nodownload',
  fullscreen: 'nofullscreen',
  playbackRate: 'noplaybackrate',
};

/** The page's elements and what the SDK's display commands change on them. */
export interface EmbedView {
  container: HTMLElement;
  video: HTMLVideoElement;
  setTitle(text: string): void;
  setMessage(text: string | undefined): void;
  setTitleHidden(hidden: boolean): void;
  setPoster(url: string | undefined): void;
  setPosterHidden(hidden: boolean): void;
  /** `controls` undefined: all of them. Returns whether the whole bar changed (for `controlsenabled`/`disabled`). */
  setControls(visible: boolean, controls?: readonly string[]): boolean;
  setChromeless(chromeless: boolean): void;
  setSubtitles(showing: boolean): void;
  setTheme(theme: Record<string, unknown>): void;
  setStyle(query: string, property: string, value: string): void;
}

export function createView(document: Document, initial: { hideControls: boolean; chromeless: boolean }): EmbedView {
  const container = document.querySelector<HTMLElement>('.player')!;
  const video = container.querySelector('video')!;
  const title = container.querySelector<HTMLElement>('.title')!;
  const message = container.querySelector<HTMLElement>('.message')!;
  const hidden = new Set<string>();
  let controls = !initial.hideControls;
  let chromeless = initial.chromeless;
  let titleHidden = false;
  let poster: string | undefined;
  let posterHidden = false;

  const render = () => {
    video.controls = controls && !chromeless;
    video.setAttribute('controlslist', [...hidden].map((name) => CONTROLS_LIST[name]).join(' '));
    video.disablePictureInPicture = hidden.has('pictureInPicture');
    // Text only: a title is never parsed as HTML.
    title.hidden = titleHidden || chromeless || !title.textContent;
    if (poster && !posterHidden) video.poster = poster;
    else video.removeAttribute('poster');
  };
  render();

  return {
    container,
    video,
    setTitle(text) {
      title.textContent = text;
      document.title = text || 'Video player';
      render();
    },
    setMessage(text) {
      message.textContent = text ?? '';
      message.hidden = !text;
    },
    setTitleHidden(value) {
      titleHidden = value;
      render();
    },
    setPoster(url) {
      poster = url;
      render();
    },
    setPosterHidden(value) {
      posterHidden = value;
      render();
    },
    setControls(visible, names) {
      if (names?.length) {
        for (const name of names) {
          if (visible) hidden.delete(name);
          else hidden.add(name);
        }
        render();
        return false;
      }
      const changed = controls !== visible;
      controls = visible;
      if (visible) hidden.clear();
      render();
      return changed;
    },
    setChromeless(value) {
      chromeless = value;
      render();
    },
    setSubtitles(showing) {
      for (const track of Array.from(video.textTracks)) {
        if (track.kind === 'captions' || track.kind === 'subtitles') track.mode = showing ? 'showing' : 'hidden';
      }
    },
    setTheme(theme) {
      for (const [name, value] of Object.entries(theme)) {
        if (typeof value !== 'string') continue;
        const property = `--vidkit-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
        container.style.setProperty(property, value);
      }
    },
    setStyle(query, property, value) {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(query))) {
        element.style.setProperty(property, value);
      }
    },
  };
}
