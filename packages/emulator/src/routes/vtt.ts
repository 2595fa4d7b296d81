import { readFile } from 'node:fs/promises';
import { badRequest } from '../problems.js';

/**
 * Checks that a file is WebVTT: UTF-8 text whose first line is `WEBVTT`, optionally followed by a space or tab and
 * text, and whose cue timings are well formed.
 */
export async function checkVtt(path: string): Promise<void> {
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidVtt('it is not UTF-8 text');
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw invalidVtt('it does not start with "WEBVTT"');
  const timing = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}[ \t]+-->[ \t]+(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}(?:[ \t].*)?$/;
  for (const line of lines) {
    if (line.includes('-->') && !timing.test(line))
      throw invalidVtt(`the cue timing "${line.slice(0, 60)}" is invalid`);
  }
}

function invalidVtt(reason: string) {
  return badRequest('uploaded-file-invalid-vtt', `The file is not a valid WebVTT file: ${reason}.`, 'file');
}
