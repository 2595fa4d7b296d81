import { badRequest } from '../problems.js';

/** One event of a collector beacon (api.video's player-analytics protocol v2). */
export interface WatchEvent {
  /** When it happened, ms since the epoch (the player's clock). */
  eat: number;
  /** 1 loaded, 2 play, 3 pause, 4 timeupdate, 5 error, 6 ended, 7 seeking, 8 source changed. */
  typ: number;
  /** The media's `currentTime`, s. */
  vti: number;
  vwi: number;
  vhe: number;
  pau: boolean;
  /** The media error code: 0 none, 1 aborted, 2 network, 3 decode, 4 not supported. */
  eco: number;
}

/** A beacon as `POST /watch` receives it. */
export interface WatchBeacon {
  sat: number;
  sid: string;
  mid: string;
  pid: string;
  ref: string;
  ver: string;
  eve: WatchEvent[];
}

/** The most events one beacon may carry (the web module queues 20). */
export const MAX_EVENTS = 200;

const ID = /^[\w.-]{1,100}$/;

const invalid = (name: string, title: string) => badRequest('invalid-attribute', title, name);

function string(body: Record<string, unknown>, name: string, pattern: RegExp | undefined, max: number): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length > max || (pattern && !pattern.test(value))) {
    throw invalid(
      name,
      pattern
        ? 'This attribute must be an identifier (letters, digits, _ . -).'
        : `This attribute must be a string of at most ${max} characters.`,
    );
  }
  return value;
}

function integer(body: Record<string, unknown>, name: string, path: string, min: number, max: number): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(path, `This attribute must be an integer between ${min} and ${max}.`);
  }
  return value;
}

function event(value: unknown, index: number): WatchEvent {
  const path = (name: string) => `eve[${index}].${name}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`eve[${index}]`, 'Each event must be an object.');
  }
  const body = value as Record<string, unknown>;
  const vti = body['vti'];
  if (typeof vti !== 'number' || !Number.isFinite(vti) || vti < 0) {
    throw invalid(path('vti'), 'This attribute must be a number of seconds, 0 or more.');
  }
  if (typeof body['pau'] !== 'boolean') throw invalid(path('pau'), 'This attribute must be a boolean.');
  return {
    eat: integer(body, 'eat', path('eat'), 0, Number.MAX_SAFE_INTEGER),
    typ: integer(body, 'typ', path('typ'), 1, 8),
    vti,
    vwi: integer(body, 'vwi', path('vwi'), 0, 100_000),
    vhe: integer(body, 'vhe', path('vhe'), 0, 100_000),
    pau: body['pau'],
    eco: integer(body, 'eco', path('eco'), 0, 4),
  };
}

/**
 * Checks a beacon (a JSON text, as the web modules send it, or an object already parsed from a JSON body) and
 * returns it typed; throws api.video's 400 naming the first attribute at fault.
 */
export function parseBeacon(raw: unknown): WatchBeacon {
  let body = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw);
    } catch {
      throw badRequest('invalid-json', 'The body is not valid JSON.', 'body');
    }
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalid('body', 'The body must be a JSON object.');
  }
  const beacon = body as Record<string, unknown>;
  const eve = beacon['eve'];
  if (!Array.isArray(eve) || eve.length > MAX_EVENTS) {
    throw invalid('eve', `This attribute must be an array of at most ${MAX_EVENTS} events.`);
  }
  return {
    sat: integer(beacon, 'sat', 'sat', 0, Number.MAX_SAFE_INTEGER),
    sid: string(beacon, 'sid', ID, 100),
    mid: string(beacon, 'mid', ID, 100),
    pid: string(beacon, 'pid', ID, 100),
    ref: string(beacon, 'ref', undefined, 2048),
    ver: string(beacon, 'ver', undefined, 100),
    eve: eve.map(event),
  };
}
