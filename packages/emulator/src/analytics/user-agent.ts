/** The viewer's browser, operating system and device type, read from a `User-Agent` as api.video names them. */
export interface Viewer {
  browser: string;
  operatingSystem: string;
  deviceType: string;
}

const first = (ua: string, rules: [RegExp, string][], fallback: string) =>
  rules.find(([pattern]) => pattern.test(ua))?.[1] ?? fallback;

// Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'edge'],
  [/\bOPR\/|\bOpera\b/, 'opera'],
  [/\bSamsungBrowser\//, 'samsung internet'],
  [/\bFirefox\/|\bFxiOS\//, 'firefox'],
  [/\b(HeadlessChrome|Chrome|Chromium|CriOS)\//, 'chrome'],
  [/\bSafari\//, 'safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, 'windows'],
  [/\b(iPhone|iPad|iPod)\b/, 'ios'],
  [/\bAndroid\b/, 'android'],
  [/\bCrOS\b/, 'chrome os'],
  [/\bMac OS X\b|\bMacintosh\b/, 'mac osx'],
  [/\bLinux\b/, 'linux'],
];
const DEVICES: [RegExp, string][] = [
  [/\b(SmartTV|SMART-TV|GoogleTV|AppleTV|HbbTV|Web0S|Tizen)\b/i, 'tv'],
  [/\b(PlayStation|Xbox|Nintendo)\b/, 'console'],
  [/\biPad\b|\bTablet\b|Android(?!.*\bMobile\b)/, 'tablet'],
  [/\bMobi|\biPhone\b|\biPod\b/, 'phone'],
  [/\bWatch\b/, 'wearable'],
];

/** Reads a User-Agent; anything unrecognized is `'unknown'`. */
export function parseUserAgent(ua: string): Viewer {
  const operatingSystem = first(ua, SYSTEMS, 'unknown');
  const device = first(ua, DEVICES, '');
  return {
    browser: first(ua, BROWSERS, 'unknown'),
    operatingSystem,
    deviceType: device || (operatingSystem === 'unknown' ? 'unknown' : 'computer'),
  };
}
