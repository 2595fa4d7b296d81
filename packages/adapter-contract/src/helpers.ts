import axe from 'axe-core';
import { expect, inject, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createUploadToken, emulatorUrl } from '@vidkit/tooling/vitest/emulator';
import type { ContractConfig, ContractEvent } from './driver.js';

export const MiB = 1024 * 1024;

/** The emulator for API and delivery, with a fresh upload token per upload, as a backend route would mint. */
export function config(extra: Partial<ContractConfig> = {}): ContractConfig {
  return {
    apiBaseUrl: emulatorUrl(),
    deliveryBaseUrl: emulatorUrl(),
    getUploadToken: () => createUploadToken(),
    ...extra,
  };
}

/** An app's status route, as a backend holding the API key answers it (`GET /videos/{id}/status`). */
export const statusRoute: NonNullable<ContractConfig['getVideoStatus']> = async (videoId, { signal }) => {
  const authorization = `Basic ${btoa(`${inject('emulatorApiKey')}:`)}`;
  const response = await fetch(`${emulatorUrl()}/videos/${videoId}/status`, { headers: { authorization }, signal });
  return (await response.json()) as Awaited<ReturnType<typeof statusRoute>>;
};

/** Waits for `check` to stop throwing (polling, never a fixed sleep). */
export function eventually<T>(check: () => T | Promise<T>, timeout = 15_000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 50 });
}

/**
 * A deliberate window of time, only where the contract asserts that nothing happens during it (no request while
 * paused, none after unmount).
 */
export const quietFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The events of one type. */
export function eventsOf<T extends ContractEvent['type']>(
  events: readonly ContractEvent[],
  type: T,
): Extract<ContractEvent, { type: T }>[] {
  return events.filter((event): event is Extract<ContractEvent, { type: T }> => event.type === type);
}

/** Picks files through the component's file input, as the browser's file chooser would. */
export async function pick(container: HTMLElement, files: File[]): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type=file]');
  expect(input, 'the uploader renders an <input type=file>').toBeTruthy();
  await userEvent.upload(input!, files);
}

/** A button of the component by its accessible name. */
export const button = (container: HTMLElement, name: RegExp) =>
  page.elementLocator(container).getByRole('button', { name });

/** The uploader's row of a file (shared markup: `.vidkit-uploader__row[data-status]`). */
export function row(container: HTMLElement, name: string): HTMLElement {
  const rows = [...container.querySelectorAll<HTMLElement>('.vidkit-uploader__row')];
  const found = rows.find((r) => r.querySelector('.vidkit-uploader__name')?.textContent === name);
  if (!found) throw new Error(`No row for ${name}; rows: ${rows.map((r) => r.textContent).join(' | ')}`);
  return found;
}

/** Waits for a file's row to reach a status. */
export const rowStatus = (container: HTMLElement, name: string, status: string, timeout?: number) =>
  eventually(() => expect(row(container, name).dataset.status).toBe(status), timeout);

/** Presses Tab until the focused element is a button whose accessible name matches; fails after 20 presses. */
export async function tabTo(name: RegExp): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await userEvent.tab();
    const active = document.activeElement;
    const label = active?.getAttribute('aria-label') ?? active?.textContent ?? '';
    if (active instanceof HTMLButtonElement && name.test(label)) return;
  }
  throw new Error(`No button matching ${name} is reachable with Tab.`);
}

/** The page's resource timings of URLs matching `pattern` (what the browser actually requested). */
export function requested(pattern: RegExp): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => pattern.test(e.name));
}

/** Shadows `document.visibilityState` and fires `visibilitychange`, as a tab switch does (Chromium cannot from inside). */
export function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: string }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Locators scoped to a component's container. */
export const within = (container: HTMLElement) => page.elementLocator(container);

/** axe-core's violations in a component, as `id: help` lines. */
export const violations = async (container: HTMLElement) =>
  (await axe.run(container)).violations.map((v) => `${v.id}: ${v.help}`);
