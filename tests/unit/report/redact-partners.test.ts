import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/*
 * Names joined by "and" to a name the text introduces: the cue (a sign-off, a relation, a
 * device's owner) stands before or after only one of them.
 */

const out = (text: string) => redact(text).text;

describe('redact: a name joined by "and" to a found name', () => {
  it.each([
    ['Thanks,\nMike and Sarah Thompson', 'Sarah Thompson'],
    ['Beste groeten van Marieke en Joost', 'Marieke'],
    ['Shared with my wife Laura and son Ben.', 'Ben'],
    ['Viele Grüße, Jonas und Lea', 'Lea'],
    ['Ava and Noah’s iPads both fail.', 'Ava'],
  ])('masks both in %j', (text, partner) => {
    expect(out(text)).not.toContain(partner);
    expect(out(text).match(/\[name removed\]/g)).toHaveLength(2);
  });

  it.each([
    ['Love, Mum and Dad', 'Love, Mum and Dad'],
    ['My wife Laura and I share the plan.', 'My wife [name removed] and I share the plan.'],
    ['Thanks, Anna and Apple Support', 'Thanks, [name removed] and Apple Support'],
    ['Hi, I’m Tom and Settings shows 5 GB.', 'Hi, I’m [name removed] and Settings shows 5 GB.'],
  ])('keeps the everyday words in %j', (text, expected) => {
    expect(out(text)).toBe(expected);
  });
});

describe('redact: children named after "my kids", and owners of plural devices', () => {
  it.each([
    ['My kids Ava and Noah both have iPads that fail.', 'Noah'],
    ['Noah’s iPads both fail.', 'Noah'],
    ['Our grandchildren Lily and Leo use them.', 'Leo'],
  ])('masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });

  it.each(['Both iPads fail, iOS 17.', 'My kids iPads fail', 'My children are fine.'])(
    'leaves %j',
    (text) => {
      expect(out(text)).toBe(text);
    },
  );
});

describe('redact: a name, then who they are to the writer in brackets', () => {
  it.each([
    ['Chris (my brother) set up the iCloud account for me.', 'Chris'],
    ['I told Sarah (my daughter) it is full.', 'Sarah'],
    ['Lukas Meier (mein Sohn) hat es eingerichtet.', 'Lukas Meier'],
    ['Élodie (ma fille) a le même souci.', 'Élodie'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed] (');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'Backup (my iPad) fails.',
    'Settings (my wife) is empty',
    'Apple (my provider) said no.',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: a relative named in brackets after the word for them', () => {
  it.each([
    ['Merhaba, annemin telefonu (Fatma Yılmaz) yedekleme yapmıyor.', 'Fatma Yılmaz'],
    ['안녕하세요, 엄마 핸드폰(이영희) 백업이 안 돼요.', '이영희'],
    ['こんにちは。母（佐々木 恵子）のiPhoneのバックアップができません。', '佐々木'],
    ['您好，我妈妈（刘桂兰）的iPhone备份失败。', '刘桂兰'],
    ['مرحبا، هاتف والدتي (مريم حسن) لا ينسخ احتياطياً.', 'مريم'],
    ['Привет! Телефон мамы (Ирина Викторовна) не делает копию.', 'Ирина'],
    ['Hej, min mammas (Birgitta Holm) iPad.', 'Birgitta Holm'],
  ])('masks %j', (text, name) => {
    expect(out(text)).toContain('[name removed]');
    expect(out(text)).not.toContain(name);
  });

  it.each([
    'my mom (iPad Air) fails',
    'my dad (Apple ID) fails',
    'my son (12 years old) has one',
    'Mum (she is 80) has it',
    '엄마 핸드폰(아이폰 13) 백업 실패',
  ])('leaves %j', (text) => {
    expect(out(text)).toBe(text);
  });
});

describe('redact: in-laws and step-relatives named after the word for them', () => {
  it.each([
    ['De iPad van mijn schoonmoeder Gerda maakt geen back-up.', 'Gerda'],
    ['My mother-in-law Beverly has the same issue.', 'Beverly'],
    ['Meine Schwiegermutter Hildegard hat ein iPad.', 'Hildegard'],
    ['Mi suegra Remedios tiene el mismo problema.', 'Remedios'],
    ['Piszę w imieniu mojej mamy, Haliny Nowak.', 'Haliny Nowak'],
  ])('masks %j', (text, name) => {
    expect(out(text)).not.toContain(name);
  });
});
