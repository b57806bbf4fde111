import { describe, expect, it } from 'vitest';
import { inAppBrowser } from '~/browser/in-app-browser';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko)';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('inAppBrowser', () => {
  it.each([
    ['Facebook on iPhone', `${IPHONE} Mobile/15E148 [FBAN/FBIOS;FBAV/458.0.0.38.103;FBBV/580224391]`, 'facebook'],
    [
      'Facebook on Android',
      `${ANDROID} Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/461.0.0.41.109;]`,
      'facebook',
    ],
    [
      'Messenger on Android',
      `${ANDROID} Version/4.0 Chrome/124.0 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/453.0.0.42.109;]`,
      'messenger',
    ],
    [
      'Instagram on iPhone',
      `${IPHONE} Mobile/15E148 Instagram 330.0.3.12.90 (iPhone15,2; iOS 17_4; en_GB)`,
      'instagram',
    ],
    ['LinkedIn on iPhone', `${IPHONE} Mobile/15E148 [LinkedInApp]/9.29.7613`, 'linkedin'],
    ['LINE on Android', `${ANDROID} Version/4.0 Chrome/124.0 Mobile Safari/537.36 Line/14.6.1/IAB`, 'line'],
    ['the Google app on iPhone', `${IPHONE} GSA/311.0.621847089 Mobile/15E148 Safari/604.1`, 'google'],
    ['Outlook on iPhone', `${IPHONE} Mobile/15E148 Outlook-iOS/720.5339662.prod.iphone (4.2418.0)`, 'outlook'],
    ['Outlook on Android', `${ANDROID} Version/4.0 Chrome/124.0 Mobile Safari/537.36 Outlook-Android/2.0`, 'outlook'],
    ['Gmail on iPhone', `${IPHONE} Mobile/15E148 GmailApp/6.0.240401`, 'gmail'],
    ['Snapchat on iPhone', `${IPHONE} Mobile/15E148 Snapchat/13.10.0.43 (like Safari/8618.1.15.10.15)`, 'snapchat'],
    ['TikTok on Android', `${ANDROID} Version/4.0 Chrome/124.0 Mobile Safari/537.36 musical_ly_2023409050`, 'tiktok'],
    ['an unnamed Android app', `${ANDROID} Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36`, 'webview'],
    ['an unnamed iPhone app', `${IPHONE} Mobile/15E148`, 'webview'],
  ])('recognises %s', (_, userAgent, expected) => {
    expect(inAppBrowser(userAgent)).toBe(expected);
  });

  it.each([
    ['Safari on iPhone', `${IPHONE} Version/17.4 Mobile/15E148 Safari/604.1`],
    ['Chrome on iPhone', `${IPHONE} CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1`],
    ['Firefox on iPhone', `${IPHONE} FxiOS/125.0 Mobile/15E148 Safari/605.1.15`],
    ['Chrome on Android', ANDROID_CHROME],
    ['Samsung Internet', ANDROID_CHROME.replace('Chrome/124.0.0.0', 'SamsungBrowser/24.0 Chrome/117.0.0.0')],
    ['Firefox on Android', 'Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0'],
    [
      'Chrome on a computer',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    ],
    ['the Google app on Android (Chrome underneath shares its storage)', `${ANDROID_CHROME} GSA/15.16.36.29.arm64`],
    ['an empty user agent', ''],
    ['no user agent', undefined],
  ])('leaves %s alone', (_, userAgent) => {
    expect(inAppBrowser(userAgent)).toBeUndefined();
  });
});
