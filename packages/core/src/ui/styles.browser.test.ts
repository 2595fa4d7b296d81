import { afterEach, beforeAll, expect, it } from 'vitest';

// The shared theme, linked into the page as a consumer's bundler or a <link> would.
beforeAll(async () => {
  const link = document.head.appendChild(document.createElement('link'));
  link.rel = 'stylesheet';
  link.href = new URL('../../styles.css', import.meta.url).href;
  await new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
});

afterEach(() => document.body.replaceChildren());

/** A themed uploader button inside `wrapper`, as every adapter renders it. */
function button(wrapper: HTMLElement): HTMLElement {
  wrapper.innerHTML =
    '<div class="vidkit-uploader"><div class="vidkit-uploader__dropzone">' +
    '<button class="vidkit-uploader__button">Choose a video</button></div></div>';
  document.body.append(wrapper);
  return wrapper.querySelector('button')!;
}

it('the theme has its defaults without any setting', () => {
  expect(getComputedStyle(button(document.createElement('div'))).backgroundColor).toBe('rgb(79, 70, 229)');
});

it('a custom property set on an ancestor (an app wrapper) re-themes the components inside it', () => {
  const app = document.createElement('div');
  app.style.setProperty('--vidkit-accent', 'rgb(255, 105, 180)');
  expect(getComputedStyle(button(app)).backgroundColor).toBe('rgb(255, 105, 180)');
});

it('a custom property set on the component itself wins over an ancestor', () => {
  const app = document.createElement('div');
  app.style.setProperty('--vidkit-accent', 'rgb(255, 105, 180)');
  const target = button(app);
  app.querySelector<HTMLElement>('.vidkit-uploader')!.style.setProperty('--vidkit-accent', 'rgb(0, 128, 0)');
  expect(getComputedStyle(target).backgroundColor).toBe('rgb(0, 128, 0)');
});
