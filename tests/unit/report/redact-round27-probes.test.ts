import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Aimed at last
 * round's two misses, a name typed in lower case after a relative and a Japanese name before
 * です or さん, with the personal data of every round around them, and the words beside a
 * relative that are no name.
 */

const PROBES: MarkedProbe[] = [
  // A name in lower case after a relative, before a possessive (without one: below, it.fails)
  ['en', "my sister [[anna]]'s iphone says <<iCloud Backup failed>>"],
  // A name after a relative or a title in capitals, and in possessives
  ['en', "My wife [[Harriet]]'s <<iPhone 15 Pro Max>> stops at <<92%>>."],
  ['en', 'Dr [[Okonkwo]] at the clinic shares the account.'],
  ['de', 'Frau [[Schneider]] aus dem Büro hat dasselbe Problem.'],
  ['fr', 'Mme [[Girard]] a le même message <<Échec de la sauvegarde iCloud>>.'],
  ['es', 'La Sra. [[Herrera]] usa el iPad de su nieto.'],
  ['it', 'Il sig. [[Ferrante]] ha un <<iPhone 13>>.'],
  ['sv', 'Min bror [[Johan]]s iPhone visar samma fel.'],
  ['ru', 'У моего сына [[Артёма]] <<iPhone 14>>, ошибка та же.'],
  ['tr', 'Annem [[Ayşe]] Hanım da aynı hatayı alıyor.'],
  // Japanese, Chinese and Korean names before copulas and honorifics
  ['ja', '[[佐藤]]さんの<<iPhone>>も同じです。'],
  ['ja', 'はじめまして、[[鈴木]]と申します。'],
  ['zh', '我是[[王丽娜]]，<<iCloud 云备份>>一直失败。'],
  ['ko', '[[김민수]] 씨의 아이폰도 같은 오류예요.'],
  // Emails, phone numbers and Apple Account IDs in local formats
  ['en', 'My Apple Account is [[h.okafor@me.com]].'],
  ['de', 'Ruf mich an: [[+49 (0)171 2345678]].'],
  ['fr', 'Mon portable : [[07 12 34 56 78]].'],
  ['es', 'Mi móvil es [[612 34 56 78]].'],
  ['it', 'Cellulare [[+39 333 1234567]], email [[marco.ferri@tiscali.it]].'],
  ['nl', 'Mijn Apple ID is [[j.bakker@kpnmail.nl]].'],
  ['pl', 'Zadzwoń pod [[512 345 678]].'],
  ['ja', '携帯は[[080-9876-5432]]です。'],
  ['ko', '이메일은 [[jiwoo.lee@daum.net]]이에요.'],
  // Serial numbers, IMEIs and street addresses
  ['en', 'Serial number: [[G6TZK9XQN72J]], IMEI [[352099001761481]].'],
  ['de', 'Seriennummer [[FFWZK1ABN72J]], Modell <<A2849>>.'],
  ['fr', 'Envoyez-le au [[14 avenue Victor Hugo, 69002 Lyon]].'],
  ['es', 'Vivo en [[Calle de Alcalá 42, 28014 Madrid]].'],
  ['nl', 'Adres: [[Prinsengracht 263, 1016 GV Amsterdam]]'],
  // Kept untouched: words beside a relative that are no name
  ['en', "<<my sister's iPhone>> says <<iCloud Backup failed>>"],
  ['en', '<<my son restarted it>> twice and <<my wife uses iCloud+>> too'],
  ['en', '<<my mother also>> has <<iOS 18.1>> on an <<iPhone 15 Pro>>'],
  ['es', '<<mi hermana tiene>> <<4,8 GB>> libres de <<5 GB>>'],
  ['fr', '<<ma sœur aussi>> voit <<Échec de la sauvegarde>>'],
  ['de', '<<meine Tochter hat>> <<iOS 17.4.1>> und <<96 %>>'],
  ['it', '<<mio figlio ha>> provato il <<2 dicembre>>'],
  ['pt', '<<meu pai usa>> o <<iPhone 12 mini>> com <<64 GB>>'],
  // Kept untouched: what Apple Support needs
  [
    'en',
    'Contacted <<Apple Support>> on <<2026-12-01>>; <<error -1>>, <<iCloud Backup>> at <<4%>>.',
  ],
  ['de', '<<4,8 GB>> von <<5 GB>> belegt, <<iOS 18.1>>, am <<3. Dezember 2026>>.'],
  ['fr', '<<iPhone 15 Pro Max>> sous <<iOS 18.1>>, <<128 Go>>, erreur <<-1009>>.'],
  ['ja', '<<iOS 18.1>>の<<iPhone 15 Pro>>で<<4.8 GB>>です。'],
  ['ja', '容量不足です。<<12月3日>>から<<エラー -1>>です。'],
  ['zh', '<<iPhone 15 Pro Max>>，<<iOS 18.1>>，已用<<97%>>。'],
  // Second batch, written after the first run's fixes (an abbreviated title in lower case, a
  // model after a mask read as a surname), before running them
  ['it', 'La dott.ssa [[Conti]] mi ha detto di aspettare.'],
  ['es', 'El sr. [[Pérez]] tiene el mismo <<iPhone 13>>.'],
  ['it', "Ho scritto all'avv. [[Marchetti]] il <<3 dicembre>>."],
  ['es', 'Fui al <<dr.>> Después <<iOS 18.1>> seguía igual.'],
  ['en', 'IMEI [[352099001761481]], <<Model A2342>>.'],
  ['fr', 'Numéro de série [[F2LZK1ABN72J]], <<Modèle A2633>>.'],
  ['en', 'Call [[07700 900456]], <<Build 22C152>>.'],
];

describe('redaction probes, twenty-seventh round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // With no possessive after it, a lower-case word after a relative is as often the verb of the
  // sentence ("el iPhone de mi hermana tiene…", "das iPad meiner Tochter zeigt…") or an aside
  // ("apparently") as a name, and no list here tells them apart.
  it.fails('masks a lower-case name after a relative (de mi hermana lucía)', () => {
    const probes: MarkedProbe[] = [
      ['en', 'the ipad of my brother [[marcus]] is on <<iPadOS 17.7>>'],
      ['es', 'el iPhone de mi hermana [[lucía]] tiene <<iOS 18.1>>'],
      ['fr', "l'iPhone de ma sœur [[claire]] est plein à <<97 %>>"],
      ['de', 'das iPad von meiner tochter [[johanna]] zeigt <<Fehler -1>>'],
      ['it', "l'iPhone di mia moglie [[francesca]] ha <<4,8 GB>> liberi"],
      ['pt', 'o iPhone da minha filha [[beatriz]] não faz backup'],
      ['nl', 'de iPhone van mijn zoon [[thijs]] blijft hangen op <<96%>>'],
      ['pl', 'iPhone mojej córki [[zuzanny]] ma <<iOS 17.4.1>>'],
    ];
    expect(markedFailures(probes)).toEqual([]);
  });

  // Opening a note with no greeting or 私は before it, a surname and a noun before です look
  // alike ("田中です", "容量不足です"), and there is no list of Japanese surnames.
  it.fails('masks a Japanese surname opening a note before です (田中です)', () => {
    expect(markedFailures([['ja', '[[田中]]です。<<iCloudバックアップ>>が失敗します。']])).toEqual(
      [],
    );
  });
});
