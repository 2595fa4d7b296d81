import { defineComponent, h, type PropType } from 'vue';
import type { UploadSnapshot } from '@vidkit/core';
import { describeUploadRow, type UploadAction, type UploaderMessages } from '@vidkit/core/ui';

/**
 * One file of `<VideoUploader>`: name, ARIA progress bar, bytes, speed, time left and the actions its state allows
 * (core's `describeUploadRow`), emitting `action` with the one pressed. Presentational: give it any upload snapshot
 * (the composables' state) to build your own list.
 *
 * @example
 * <UploadRow v-for="item in state.items" :key="item.id" :name="item.name" :state="item.snapshot"
 *   @action="(action) => queue[action](item.id)" />
 */
// Pure: a bundler drops a component the app does not import (Vue is external, so its own annotation is not seen).
export const UploadRow = /* @__PURE__ */ defineComponent({
  name: 'UploadRow',
  props: {
    /** The file name, rendered as text. */
    name: { type: String, required: true },
    /** The upload's current snapshot. */
    state: { type: Object as PropType<UploadSnapshot>, required: true },
    /** Texts; default core's `defaultUploaderMessages`. */
    messages: Object as PropType<UploaderMessages>,
    /** BCP 47 locale of the numbers. */
    locale: String,
    /** The uploaded video's encoding, when the queue follows it (`item.encoding`). */
    encoding: String as PropType<'processing' | 'playable' | 'failed'>,
  },
  emits: {
    /** A button was pressed: pause, resume, cancel, retry or remove. */
    action: (_action: UploadAction) => true,
  },
  setup(props, { emit }) {
    return () => {
      const { messages, locale, encoding } = props;
      const row = describeUploadRow(props.name, props.state, { messages, locale, encoding });
      return h('li', { class: 'vidkit-uploader__row', 'data-status': row.status }, [
        h('div', { class: 'vidkit-uploader__row-head' }, [
          h('span', { class: 'vidkit-uploader__name', title: props.name }, props.name),
          h('span', { class: 'vidkit-uploader__status' }, row.statusText),
        ]),
        h(
          'div',
          {
            class: 'vidkit-uploader__progress',
            role: 'progressbar',
            'aria-label': row.progressLabel,
            'aria-valuemin': 0,
            'aria-valuemax': 100,
            'aria-valuenow': row.percent,
            'aria-valuetext': row.progressText,
          },
          [h('div', { class: 'vidkit-uploader__bar', style: { width: `${row.percent}%` } })],
        ),
        h('div', { class: 'vidkit-uploader__meta' }, [
          h('span', row.bytesText),
          row.speedText !== undefined && h('span', { class: 'vidkit-uploader__speed' }, row.speedText),
          row.etaText !== undefined && h('span', { class: 'vidkit-uploader__eta' }, row.etaText),
          row.videoText !== undefined && h('span', { class: 'vidkit-uploader__video-id' }, row.videoText),
        ]),
        row.errorText !== undefined && h('p', { class: 'vidkit-uploader__error', role: 'alert' }, row.errorText),
        h(
          'div',
          { class: 'vidkit-uploader__actions' },
          row.actions.map(({ action, text, label }) =>
            h(
              'button',
              { key: action, type: 'button', 'aria-label': label, onClick: () => emit('action', action) },
              text,
            ),
          ),
        ),
      ]);
    };
  },
});
