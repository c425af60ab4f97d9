import { describe, expect, it } from 'vitest';
import { hintLocale, pickLocale } from '../../../src/i18n';

/**
 * Browsers and systems send longer BCP 47 tags than "zh-TW": an extended language subtag
 * ("zh-cmn-Hant-TW", "zh-yue-HK"), a Chinese language's own code ("cmn", "yue", "nan"),
 * extensions ("-u-ca-chinese") and private use ("-x-…"). Only Simplified Chinese ships, so a tag
 * whose script is Traditional (named, or implied by its region or language) gets English, never
 * Simplified text; a tag whose script is Simplified gets Simplified Chinese whatever its form.
 */
const SIMPLIFIED = [
  'zh-cmn-Hans-CN',
  'zh-cmn-Hans',
  'cmn',
  'cmn-CN',
  'cmn-Hans',
  'cmn-Hans-SG',
  'zh-CN-u-ca-chinese',
  'zh-Hans-TW',
  'zh-wuu-CN',
  'wuu',
  'yue-Hans-CN',
  'zh-MY',
  'zh-x-shanghai',
  'ZH_CMN_HANS_CN',
];
const TRADITIONAL = [
  'zh-cmn-Hant-TW',
  'zh-cmn-Hant',
  'zh-cmn-TW',
  'cmn-Hant',
  'cmn-Hant-TW',
  'cmn-TW',
  'cmn-HK',
  'zh-yue-HK',
  'zh-yue',
  'yue',
  'yue-HK',
  'yue-Hant-HK',
  'zh-Hant-HK',
  'zh-hant-hk-u-nu-hanidec',
  'zh-TW-u-ca-roc',
  'zh-HK-x-private',
  'zh-Bopo-TW',
  'zh-min-nan',
  'nan-TW',
  'nan-Hant-TW',
  'hak-TW',
  'zh-hak-TW',
  'zh-Hant-CN',
  'ZH_YUE_HK',
];

describe('extended and long Chinese tags', () => {
  it.each(SIMPLIFIED)('%s is written in Simplified script: Simplified Chinese', (tag) => {
    expect(pickLocale(tag)).toBe('zh');
  });

  it.each(TRADITIONAL)('%s is written in Traditional script: English, not Simplified', (tag) => {
    expect(pickLocale(tag)).toBe('en');
  });

  it('other languages keep their extensions and variants', () => {
    expect(pickLocale('de-CH-1996')).toBe('de');
    expect(pickLocale('ja-JP-u-ca-japanese')).toBe('ja');
    expect(pickLocale('fr-Latn-CA-x-quebec')).toBe('fr');
    expect(pickLocale('es-419')).toBe('es');
    expect(pickLocale('i-default')).toBe('en');
    expect(pickLocale('x-zh')).toBe('en');
    expect(pickLocale('sgn-ja')).toBe('en');
  });

  it("the status hint on a page that names no language follows the browser's script", () => {
    const us = 'https://www.apple.com/support/systemstatus/';
    expect(hintLocale(us, 'zh-cmn-Hant-TW')).toBe('en');
    expect(hintLocale(us, 'zh-yue-HK')).toBe('en');
    expect(hintLocale(us, 'zh-cmn-Hans-CN')).toBe('zh');
    expect(hintLocale('https://www.apple.com/cn/support/systemstatus/', 'zh-cmn-Hant-TW')).toBe(
      'zh',
    );
  });
});
