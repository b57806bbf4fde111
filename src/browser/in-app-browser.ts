/*
 * Email and social apps often open links in their own browser, whose storage is kept apart from the
 * phone's usual browser: details saved there are not there when the person later opens the site from
 * their home screen or browser. This tells, from the user agent only, whether that is likely.
 * A guess, never a gate: the page still works; it only explains and offers a way out.
 */

/** An app whose own browser we recognise, or 'webview' for an app we cannot name. */
export type InAppBrowser =
  | 'facebook'
  | 'messenger'
  | 'instagram'
  | 'linkedin'
  | 'line'
  | 'google'
  | 'outlook'
  | 'gmail'
  | 'twitter'
  | 'tiktok'
  | 'snapchat'
  | 'pinterest'
  | 'webview';

/** Checked in order: the first that matches names the app. */
const APPS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['messenger', /\bFB_IAB\/MESSENGER|\bFBAN\/Messenger|\bMessengerForiOS/i],
  ['facebook', /\bFBAN\/|\bFBAV\/|\bFB_IAB\/|\bFBIOS\b|\[FB/],
  ['instagram', /\bInstagram\b/],
  ['linkedin', /\bLinkedInApp\b/],
  ['line', /\bLine\/\d/],
  ['outlook', /\bOutlook-(iOS|Android)\b/i],
  ['gmail', /\bGmail(App)?\b|\bcom\.google\.Gmail\b/i],
  ['twitter', /\bTwitter(Android)?\b/],
  ['tiktok', /\bmusical_ly|\bBytedanceWebview\b|\bTikTok\b/i],
  ['snapchat', /\bSnapchat\b/],
  ['pinterest', /\bPinterest\b/],
];

const IOS = /\b(iPhone|iPad|iPod)\b/;

/**
 * Which app's own browser this looks like, or undefined for an ordinary browser.
 * @example inAppBrowser('Mozilla/5.0 (iPhone; ...) Mobile/15E148 [FBAN/FBIOS;FBAV/450.0]') // 'facebook'
 */
export function inAppBrowser(userAgent: string | undefined): InAppBrowser | undefined {
  const ua = userAgent ?? '';
  if (ua === '') return undefined;
  for (const [app, pattern] of APPS) if (pattern.test(ua)) return app;
  // The Google app on iPhone opens results in its own browser.
  if (IOS.test(ua) && /\bGSA\/\d/.test(ua)) return 'google';
  // Android's WebView, the browser apps build in, marks itself "; wv)".
  if (/;\s?wv\)/.test(ua)) return 'webview';
  // An iPhone web view that is not Safari (nor Chrome, Firefox, Edge...) leaves out "Safari/".
  if (IOS.test(ua) && /AppleWebKit/.test(ua) && !/\bSafari\//.test(ua)) return 'webview';
  return undefined;
}

/** How the app is named on the page (brand names are not translated); undefined for an app we cannot name. */
export const APP_NAMES: Readonly<Record<Exclude<InAppBrowser, 'webview'>, string>> = {
  facebook: 'Facebook',
  messenger: 'Messenger',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  line: 'LINE',
  google: 'Google',
  outlook: 'Outlook',
  gmail: 'Gmail',
  twitter: 'X (Twitter)',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  pinterest: 'Pinterest',
};
