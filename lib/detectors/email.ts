import { defineDetector } from './types';

// Local part and domain as RFC 5322 "dot-atom" subsets that real ESP tables show; the TLD must be
// alphabetic so `@2x.png` and version strings do not match.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}\b/g;

const IMAGE_SUFFIX = /\.(png|jpe?g|gif|svg|webp)$/i;

export const email = defineDetector({
  id: 'email',
  prefilter: (text) => text.includes('@'),
  patterns: [{ name: 'email-address', regex: EMAIL, score: 0.9 }],
  context: ['email', 'e-mail', 'mail', 'address', 'subscriber', 'contact'],
  // `logo@2x.png` style asset names are file names, not addresses.
  invalidate: (value) => IMAGE_SUFFIX.test(value),
  minScore: 0.5,
});
