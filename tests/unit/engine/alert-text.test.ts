import { describe, expect, it } from 'vitest';
import { deniedHan, normalize, tokenize } from '../../../src/engine/alert-text.ts';
import {
  buildVocabulary,
  lookup,
  oneSlip,
  related,
  similar,
} from '../../../src/engine/alert-index.ts';

describe('normalize', () => {
  it('makes the device word, numbers, quotes and punctuation uniform', () => {
    expect(normalize('„iPad“ hasn’t backed up in 4 weeks!')).toBe(
      'device hasnt backed up in # weeks',
    );
  });

  it('drops accents from Latin letters and splits elided articles', () => {
    expect(normalize("Échec de la sauvegarde de l'iPhone")).toBe(
      'echec de la sauvegarde de l device',
    );
    expect(normalize('Não foi possível')).toBe('nao foi possivel');
  });

  it('drops Greek accents, folds dotless ı, đ and the final sigma', () => {
    expect(normalize('Άγνωστο σφάλμα')).toBe('αγνωστο σφαλμα');
    expect(normalize('Başarısız')).toBe('basarisiz');
    expect(normalize('Đã xảy ra lỗi')).toBe('da xay ra loi');
  });

  it('reads the device names with the endings other languages give them', () => {
    expect(normalize("iPhone'da iPhonu iPhonessa iPhone-ról na iPhonie")).toBe(
      'device device device device na device',
    );
    expect(normalize('iPhone-related')).toBe('device related');
  });

  it('keeps kana and Hangul intact and widens full-width letters', () => {
    expect(normalize('ＩＣＬＯＵＤバックアップ')).toBe('icloudバックアップ');
    expect(normalize('백업 실패')).toBe('백업 실패');
  });

  it('reads the Chinese names of a wireless network as Wi-Fi', () => {
    expect(normalize('需要无线网络 无线局域网')).toBe('需要 wifi wifi');
  });

  it('reads Wi-Fi in Hangul or katakana as Wi-Fi, and Korean capacity as storage', () => {
    expect(normalize('와이파이 ワイファイ')).toBe('wifi wifi');
    expect(normalize('아이폰 용량 부족')).toBe('device 저장 공간 부족');
  });

  it('reads the Japanese words for almost as the one the alerts use', () => {
    expect(normalize('もうすぐいっぱい ほとんどいっぱい')).toBe('ほぼいっぱい ほぼいっぱい');
  });

  it('reads traditional Chinese characters as the simplified ones the patterns use', () => {
    expect(normalize('iCloud 儲存空間已滿')).toBe('icloud 储存空间已满');
  });

  it('reads the Japanese 満杯 (full) as the いっぱい the alerts say', () => {
    expect(normalize('ストレージが満杯')).toBe('ストレージがいっぱい');
  });
});

describe('deniedHan', () => {
  it('denies the character after a Chinese negation, past 有, 是 or an adverb', () => {
    expect(deniedHan('iCloud存储空间没有满')).toEqual(['满']);
    expect(deniedHan('并非已满')).toEqual(['满']);
    expect(deniedHan('不是满的')).toEqual(['满']);
    expect(deniedHan('备份从未失败')).toEqual(['失']);
  });

  it('denies nothing after a modal: cannot back up is the failure', () => {
    expect(deniedHan('iPhone不能备份')).toEqual([]);
  });

  it('denies only what the text never says plainly', () => {
    expect(deniedHan('备份失败，没有备份成功')).toEqual([]);
    expect(deniedHan('备份失败，没有成功')).toEqual(['成']);
  });
});

describe('tokenize', () => {
  it('expands English contractions and folds synonyms', () => {
    expect(tokenize("can't")).toEqual(['cannot']);
    expect(tokenize("haven't")).toEqual(['have', 'not']);
    expect(tokenize('Wi-Fi space WLAN')).toEqual(['wifi', 'storage', 'wifi']);
  });

  it('cuts Chinese and Japanese into character pairs but keeps katakana words', () => {
    expect(tokenize('备份失败')).toEqual(['备份', '份失', '失败']);
    expect(tokenize('iPhoneのモバイルデータ通信')).toEqual([
      'device',
      'の',
      'モバイルデータ',
      '通信',
    ]);
  });

  it('reads the katakana loanwords of the topic as the English words, so mixed texts are one', () => {
    expect(tokenize('iPhoneのバックアップに失敗')).toEqual([
      'device',
      'の',
      'backup',
      'に失',
      '失敗',
    ]);
    expect(tokenize('iCloud バックアップ failed')).toEqual(tokenize('iCloud backup failed'));
    expect(tokenize('ストレージ エラー')).toEqual(['storage', 'error']);
  });

  it('reads Korean the same whatever the spacing', () => {
    expect(tokenize('저장공간 부족')).toEqual(tokenize('저장 공간 부족'));
  });

  it('reads a Turkish negative verb as a negation and its stem, the affirmative as a word', () => {
    expect(tokenize('Son yedekleme tamamlanamadı')).toEqual([
      'son',
      'yedekleme',
      'olamaz',
      'tamamlan',
    ]);
    expect(tokenize('iPhone yedeklenmedi')).toEqual(['device', 'degil', 'yedeklen']);
    expect(tokenize('Yedekleme başarısız')).toEqual(['yedekleme', 'degil', 'basari']);
    expect(tokenize('Son yedekleme tamamlandı')).toEqual(['son', 'yedekleme', 'tamamlandi']);
    expect(tokenize('Saklama alanı dolu değil')).toEqual(['saklama', 'alani', 'degil', 'dolu']);
    expect(tokenize('Se estimează timpul')).toEqual(['se', 'estimeaza', 'timpul']);
  });

  it('keeps Romanian "nu" (not) and drops Nordic and Dutch "nu" (now)', () => {
    expect(tokenize('Nu s-a putut finaliza')).toEqual(['nu', 'putut', 'finaliza']);
    expect(tokenize('Säkerhetskopiera nu')).toEqual(['sakerhetskopiera']);
  });

  it('reads the Korean and Japanese names of the device and iCloud as those words', () => {
    expect(tokenize('아이폰')).toEqual(['device']);
    expect(tokenize('아이클라우드')).toEqual(['icloud']);
  });
});

describe('word lookup', () => {
  const vocabulary = buildVocabulary([
    ['failed', 'storage', 'verify', 'speicher', 'wifiverbinding', 'full'],
  ]);
  const found = (word: string) => lookup(vocabulary, word).map((id) => vocabulary.words[id]);

  it.each([
    ['faield', 'failed', 'a swap of two letters'],
    ['storgae', 'storage', 'a swap in a longer word'],
    ['ful', 'full', 'a missing letter in a short word'],
    ['verified', 'verify', 'the same stem'],
    ['icloudspeicher', 'speicher', 'a compound ending in the word'],
    ['wifi', 'wifiverbinding', 'a compound starting with the word'],
  ])('finds "%s" for "%s" (%s)', (typed, word) => {
    expect(found(typed)).toContain(word);
  });

  it.each([
    ['stored', 'storage'],
    ['fail', 'full'],
    ['impossibile', 'impostazioni'],
    ['onnistui', 'epaonnistui'],
    ['wystarczajaca', 'niewystarczajaca'],
    ['επιτυχια', 'αποτυχια'],
    // Another language's word, one letter replaced in a short word: Polish "dane" (data).
    ['done', 'dane'],
    ['dong', 'done'],
  ])('does not take "%s" for "%s"', (a, b) => {
    expect(related(a, b)).toBe(false);
  });

  it('counts two typos only in words that start alike', () => {
    expect(similar('storgae', 'storage')).toBe(true);
    expect(similar('sikeresen', 'sikertelen')).toBe(true);
    expect(similar('επιτυχια', 'αποτυχια')).toBe(false);
  });

  it('takes a short word with letters swapped, dropped or doubled for a typo, not replaced', () => {
    expect(similar('eror', 'error')).toBe(true);
    expect(similar('fulll', 'full')).toBe(true);
    expect(similar('flal', 'fall')).toBe(true);
    expect(similar('fell', 'fall')).toBe(false);
  });

  it('takes a swap, a dropped or a doubled letter for one slip, not a replaced one', () => {
    expect(oneSlip('nbyla', 'nebyla')).toBe(true);
    expect(oneSlip('nebyyla', 'nebyla')).toBe(true);
    expect(oneSlip('neblya', 'nebyla')).toBe(true);
    expect(oneSlip('enable', 'unable')).toBe(false);
  });
});
