// The Angular side of the adapter contract's Driver that runs anywhere (Node and Chromium): one root component per
// contract component, bound to a props signal, its outputs recorded as neutral events; and the server renderer.
import {
  ChangeDetectionStrategy,
  Component,
  InjectionToken,
  inject,
  provideZoneChangeDetection,
  provideZonelessChangeDetection,
  signal,
  viewChild,
  type ApplicationConfig,
  type Type,
  type WritableSignal,
} from '@angular/core';
import { bootstrapApplication, provideClientHydration, type BootstrapContext } from '@angular/platform-browser';
import { provideServerRendering, renderApplication } from '@angular/platform-server';
import type { ComponentName, ComponentProps, ContractEvent, Driver } from '@vidkit/adapter-contract';
import { LiveStatusBadgeComponent, VideoPlayerComponent, VideoUploaderComponent, provideVidkit } from '../index.js';

/** What a root reads: the props (a signal the driver sets), the recorder, and how many badges. */
export interface ContractInputs<C extends ComponentName = ComponentName> {
  props: WritableSignal<ComponentProps[C]>;
  record: (event: ContractEvent) => void;
  count: number;
}

export const CONTRACT = new InjectionToken<ContractInputs>('CONTRACT');

@Component({
  selector: 'vidkit-contract-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VideoUploaderComponent],
  template: `
    @let p = props();
    <vidkit-video-uploader
      [accept]="p.accept"
      [maxFileSize]="p.maxFileSize"
      [fileConcurrency]="p.fileConcurrency"
      [chunkSize]="p.chunkSize"
      [retry]="p.retry"
      (uploadStart)="record({ type: 'uploadStart', fileName: $event.name, tag: p.tag })"
      (progress)="record({ type: 'progress', fileName: $event.file.name, progress: $event.state.progress, tag: p.tag })"
      (success)="record({ type: 'success', fileName: $event.file.name, videoId: $event.video.videoId, tag: p.tag })"
      (error)="record({ type: 'error', fileName: $event.file.name, message: $event.error.message, tag: p.tag })"
    />
  `,
})
export class UploaderRoot {
  private readonly contract = inject(CONTRACT) as ContractInputs<'uploader'>;
  protected readonly props = this.contract.props;
  protected readonly record = this.contract.record;
}

@Component({
  selector: 'vidkit-contract-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VideoPlayerComponent],
  template: `
    @let p = props();
    <vidkit-video-player
      [videoId]="p.videoId"
      [liveStreamId]="p.liveStreamId"
      [token]="p.token"
      [muted]="p.muted"
      [autoplay]="p.autoplay"
      [aspectRatio]="p.aspectRatio"
      [liveCheckInterval]="p.liveCheckInterval"
      (play)="record({ type: 'play', tag: p.tag })"
      (pause)="record({ type: 'pause', tag: p.tag })"
      (ended)="record({ type: 'ended', tag: p.tag })"
      (timeUpdate)="record({ type: 'timeUpdate', currentTime: $event, tag: p.tag })"
      (liveChange)="record({ type: 'liveChange', live: $event, tag: p.tag })"
      (statusChange)="record({ type: 'statusChange', status: $event, tag: p.tag })"
      (error)="record({ type: 'error', message: $event.message, tag: p.tag })"
    />
  `,
})
export class PlayerRoot {
  private readonly contract = inject(CONTRACT) as ContractInputs<'player'>;
  protected readonly props = this.contract.props;
  protected readonly record = this.contract.record;
  /** The player, as an app reaches it: `viewChild`. */
  readonly player = viewChild.required(VideoPlayerComponent);
}

@Component({
  selector: 'vidkit-contract-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LiveStatusBadgeComponent],
  template: `
    @let p = props();
    @for (i of badges; track i) {
      <vidkit-live-status-badge [liveStreamId]="p.liveStreamId" [interval]="p.interval" />
    }
  `,
})
export class BadgeRoot {
  private readonly contract = inject(CONTRACT) as ContractInputs<'badge'>;
  protected readonly props = this.contract.props;
  protected readonly badges = Array.from({ length: this.contract.count }, (_, i) => i);
}

export const ROOTS: Record<ComponentName, Type<unknown>> = {
  uploader: UploaderRoot,
  player: PlayerRoot,
  badge: BadgeRoot,
};

/** The application config of a contract root: zoneless unless `zone` (zone.js loaded), the props' Vidkit config. */
export function contractConfig<C extends ComponentName>(
  props: ComponentProps[C],
  inputs: Partial<ContractInputs<C>> = {},
  zone = false,
): { config: ApplicationConfig; inputs: ContractInputs<C> } {
  const all: ContractInputs<C> = {
    props: inputs.props ?? signal(props),
    record: inputs.record ?? (() => {}),
    count: inputs.count ?? 1,
  };
  return {
    inputs: all,
    config: {
      providers: [
        zone ? provideZoneChangeDetection() : provideZonelessChangeDetection(),
        provideVidkit(props.config),
        { provide: CONTRACT, useValue: all },
      ],
    },
  };
}

/** The Driver's server half: `renderApplication` from `@angular/platform-server`, the root's host element out. */
export const renderContract: Driver['renderToString'] = async (component, props) => {
  const { config } = contractConfig(props);
  const bootstrap = (context: BootstrapContext) =>
    bootstrapApplication(
      ROOTS[component],
      { providers: [...config.providers, provideServerRendering(), provideClientHydration()] },
      context,
    );
  return renderApplication(bootstrap, {
    document: '<!doctype html><html><head></head><body><vidkit-contract-root></vidkit-contract-root></body></html>',
  });
};
