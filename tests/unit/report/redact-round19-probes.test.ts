import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';
import { cpuTimes, fill } from './redact-timing';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Notes in 30
 * languages. 28 of the first 159 failed: 20 names after a relative said with which one it is
 * ("my older brother Callum", "mi hermano mayor Pedro", "Мой старший брат Денис", "Fratele meu
 * mai mare Radu", "אחי הגדול דני"), 2 Chinese names glued to a relative or a role ("我同事王磊说"),
 * and 3 words over-masked ("아빠 소리가", "من دانشجو هستم", "मैं छात्र हूँ"). Two are kept below as
 * expected failures; seven more were added after the fix to hold it to both sides.
 */
const PROBES: MarkedProbe[] = [
  // English
  ['en', 'My sister-in-law [[Bernadette]] set up the <<iPad>> for me.'],
  ['en', 'my older brother [[Callum]] says it is the <<Wi-Fi>>'],
  ['en', 'Text me on [[07700 900123]] after <<6pm>>.'],
  ['en', 'Email: [[t.oyelaran@outlook.com]]'],
  ['en', 'Serial: [[F17ZK3P8N72Q]], bought at the <<Apple Store>> in <<Covent Garden>>.'],
  ['en', 'IMEI [[35 209900 176148 1]]'],
  ['en', 'Cheers,\n[[Tamsin]]'],
  ['en', 'I use <<Google Photos>> and <<Dropbox>> too, plus <<WhatsApp>> backups.'],
  ['en', 'The backup stopped in <<August>> after the <<iOS 18>> update.'],
  ['en', 'My granddaughter [[Imogen]] helped me.'],
  ['en', 'Dear Ms [[Okonkwo]],\nthe <<backup>> still fails.'],
  ['en', 'my account is [[jdoe_1979]]'],
  ['en', "It shows [[Priya]]'s iPhone under <<Manage Storage>>."],
  ['en', 'I tried <<Reset Network Settings>> and <<Find My>>.'],
  ['en', 'My <<MacBook Pro>> backs up fine to <<Time Machine>>.'],
  ['en', 'my husband <<and>> I both have <<iCloud+>>'],
  ['en', 'The <<Apple Store>> on <<Regent Street>> could not fix it.'],
  ['en', 'Error <<4013>> when restoring, case number <<102345678901>>.'],
  ['en', 'Build <<22F76>>, <<iOS 17.5.1>>, <<256 GB>>, <<87%>> full.'],
  ['en', 'Hi <<all>>, my daughter [[Poppy]] has the same issue.'],
  ['en', 'Advisor [[Kwame]]: Please open <<Settings>>.'],
  ['en', 'you can reach me at [[anna dot berg at gmail dot com]]'],
  ['en', 'my younger sister [[Harriet]] uses <<Family Sharing>> with me'],
  ['en', 'My step-dad [[Clive]] bought it on <<Amazon>>.'],
  // German
  ['de', 'Mein älterer Bruder [[Fabian]] hat es auch probiert.'],
  ['de', 'Meine Schwiegermutter [[Gisela]] hat ein <<iPad Air>>.'],
  ['de', 'Tel.: [[0171 2345678]]'],
  ['de', 'Adresse: [[Lindenallee 14, 50968 Köln]]'],
  ['de', 'Ich wohne in <<Stuttgart>> und habe <<Telekom>>.'],
  ['de', 'Liebe Grüße\n[[Dagmar]]'],
  ['de', 'Seit <<Januar>> klappt das <<iCloud-Backup>> nicht.'],
  ['de', 'Mein Kollege Herr [[Schulze]] hat mir geholfen.'],
  ['de', 'Meine Frau <<und>> ich nutzen die <<Familienfreigabe>>.'],
  ['de', 'Fehler <<-1009>> um <<14:32>> am <<03.05.2024>>.'],
  ['de', 'Hallo Frau [[Brandstätter]],\ndas Backup geht nicht.'],
  ['de', 'Meine kleine Schwester [[Leonie]] hat dasselbe Problem.'],
  // French
  ['fr', 'Mon grand frère [[Mathis]] a le même souci.'],
  ['fr', 'Ma petite-fille [[Inès]] utilise mon identifiant.'],
  ['fr', 'Appelez-moi au [[06 48 27 91 35]].'],
  ['fr', 'J’habite au [[18 avenue Jean Jaurès, 69007 Lyon]].'],
  ['fr', 'Bonne journée,\n[[Solène Marchand]]'],
  ['fr', 'Depuis <<septembre>>, la sauvegarde <<iCloud>> échoue.'],
  ['fr', 'Mon opérateur <<Bouygues>> dit que tout va bien.'],
  ['fr', 'Mon fils <<aussi>> a ce problème.'],
  ['fr', 'Chère [[Amandine]],\nmerci pour votre aide.'],
  // Spanish
  ['es', 'mi hermano mayor [[Pedro]] tiene el mismo problema'],
  ['es', 'Mi hermana pequeña [[Lucía]] usa mi <<iPad>>.'],
  ['es', 'Mi número es [[612 34 56 78]].'],
  ['es', 'Dirección: [[Calle de Alcalá 48, 28014 Madrid]]'],
  ['es', 'Un saludo,\n[[Begoña Iturriaga]]'],
  ['es', 'Desde <<marzo>> no funciona el <<iCloud>>.'],
  ['es', 'Vivo en <<Valencia>> y uso <<Movistar>>.'],
  ['es', 'Mi hermano <<también>> tiene un <<iPhone 13>>.'],
  ['es', 'mi hermano mayor <<tiene>> el mismo problema'],
  ['es', 'Mi tía abuela [[Remedios]] no sabe usar el <<iPad>>.'],
  ['es', 'mi mejor amiga [[Carla]] me dijo que escribiera'],
  // Italian
  ['it', 'Mio fratello maggiore [[Alessio]] ha provato.'],
  ['it', 'Mia nonna [[Graziella]] ha un <<iPhone 11>>.'],
  ['it', 'Cell: [[+39 347 123 4567]]'],
  ['it', 'Abito in [[Via Garibaldi 22, 10122 Torino]].'],
  ['it', 'Cordiali saluti,\n[[Marco Bellini]]'],
  ['it', 'Da <<aprile>> il backup non va.'],
  ['it', 'Mia moglie <<ha>> lo stesso problema.'],
  ['it', 'Mia sorella minore [[Chiara]] usa lo stesso <<ID Apple>>.'],
  // Portuguese
  ['pt', 'Meu irmão mais velho [[Rodrigo]] também tentou.'],
  ['pt', 'Minha sogra [[Cleusa]] não consegue fazer backup.'],
  ['pt', 'Meu celular: [[(11) 98765-4321]]'],
  ['pt', 'Moro na [[Rua das Flores, 123]].'],
  ['pt', 'Atenciosamente,\n[[Fernanda Albuquerque]]'],
  ['pt', 'Meu irmão mais velho <<também>> tentou.'],
  ['pt', 'Minha prima [[Thaís]] usa o <<Google Drive>>.'],
  // Dutch
  ['nl', 'Mijn oudere zus [[Sanne]] heeft hetzelfde.'],
  ['nl', 'Mijn schoonvader [[Gerrit]] gebruikt een <<iPad>>.'],
  ['nl', 'Bel me op [[06-12345678]].'],
  ['nl', 'Mijn adres is [[Keizersgracht 123, 1015 CJ Amsterdam]].'],
  ['nl', 'Met vriendelijke groet,\n[[Maarten Visser]]'],
  ['nl', 'Sinds <<november>> mislukt de back-up.'],
  // Russian
  ['ru', 'Мой старший брат [[Денис]] тоже пробовал.'],
  ['ru', 'Моя свекровь [[Людмила]] пользуется моим <<iPad>>.'],
  ['ru', 'Телефон: [[+7 912 345-67-89]]'],
  ['ru', 'Адрес: [[ул. Пушкина, д. 10, кв. 5]]'],
  ['ru', 'Спасибо,\n[[Ольга Смирнова]]'],
  ['ru', 'С <<мая>> не работает резервное копирование <<iCloud>>.'],
  ['ru', 'Мой старший брат <<тоже>> пробовал.'],
  // Ukrainian
  ['uk', 'Мій старший син [[Тарас]] теж пробував.'],
  ['uk', 'Телефон: [[+380 67 123 4567]]'],
  // Polish
  ['pl', 'Mój starszy brat [[Bartek]] też próbował.'],
  ['pl', 'Moja teściowa [[Grażyna]] ma <<iPhone 12>>.'],
  ['pl', 'Tel. [[512 345 678]]'],
  ['pl', 'Mieszkam na [[ul. Kwiatowa 7/3, 00-001 Warszawa]].'],
  ['pl', 'Pozdrawiam,\n[[Agnieszka Nowak]]'],
  ['pl', 'Od <<lutego>> kopia się nie robi.'],
  ['pl', 'Mój starszy brat <<też>> próbował.'],
  // Nordic
  ['sv', 'Min äldre bror [[Johan]] har samma problem.'],
  ['sv', 'Ring mig på [[070-123 45 67]].'],
  ['sv', 'Adress: [[Drottninggatan 12, 111 51 Stockholm]]'],
  ['sv', 'Hälsningar,\n[[Elin Bergström]]'],
  ['da', 'Min lillebror [[Mikkel]] har samme fejl.'],
  ['da', 'Ring på [[20 12 34 56]].'],
  ['da', 'Venlig hilsen\n[[Søren Kjær]]'],
  ['no', 'Min svigerinne [[Ingrid]] har en <<iPad>>.'],
  ['no', 'Med vennlig hilsen\n[[Kari Nordmann]]'],
  ['fi', 'Ystävällisin terveisin,\n[[Matti Virtanen]]'],
  ['fi', 'Puhelin: [[040 123 4567]]'],
  // Turkish
  ['tr', 'Ablam [[Elif]] da aynı hatayı alıyor.'],
  ['tr', 'Telefonum: [[0532 123 45 67]]'],
  ['tr', 'Adresim: [[Bağdat Caddesi No: 45, Kadıköy/İstanbul]]'],
  ['tr', 'Saygılarımla,\n[[Mehmet Yıldız]]'],
  ['tr', '<<Turkcell>> hattım var, <<Ocak>> ayından beri yedekleme olmuyor.'],
  // Japanese
  ['ja', '兄の[[健太]]も同じエラーです。'],
  ['ja', '上司の[[田中]]さんに相談しました。'],
  ['ja', '電話番号：[[090-1234-5678]]'],
  ['ja', '住所：[[東京都渋谷区神南1-2-3]]'],
  ['ja', 'よろしくお願いします。\n[[佐々木 美咲]]'],
  ['ja', '<<iCloud>>のストレージが<<5GB>>しかありません。'],
  ['ja', '<<3月>>から<<バックアップ>>できません。'],
  // Chinese
  ['zh', '我同事[[王磊]]说是网络问题。'],
  ['zh', '我老公[[李强]]也遇到了。'],
  ['zh', '我妈妈[[张秀英]]的iPhone备份失败。'],
  ['zh', '我的手机号是[[13812345678]]。'],
  ['zh', '地址：[[北京市朝阳区建国路88号]]'],
  ['zh', '谢谢！\n[[陈静]]'],
  ['zh', '我在<<上海>>，用的是<<中国移动>>。'],
  ['zh', '从<<三月>>开始<<iCloud>>备份就失败了。'],
  ['zh', '我同事<<说要更新>>iOS。'],
  ['zh', '我老师<<让我问问>>。'],
  ['zh', '我老公<<马上就>>回来。'],
  ['zh', '我妈<<上次用>>的是iPad。'],
  ['zh', '我女儿[[王小雨]]用的iPad。'],
  ['zh', '我朋友<<也是>>这个问题。'],
  // Korean
  ['ko', '아빠 <<소리가>> 너무 커요.'],
  ['ko', '형 [[준호]]가 도와줬어요.'],
  ['ko', '엄마 <<사진이>> 다 없어졌어요.'],
  ['ko', '동생 <<친구가>> 알려줬어요.'],
  ['ko', '전화번호: [[010-1234-5678]]'],
  ['ko', '주소: [[서울특별시 강남구 테헤란로 152]]'],
  ['ko', '감사합니다.\n[[김지훈]] 드림'],
  // Czech, Romanian, Greek, Hungarian, Catalan
  ['cs', 'Můj starší bratr [[Ondřej]] má stejný problém.'],
  ['cs', 'Tel.: [[+420 601 123 456]]'],
  ['cs', 'S pozdravem\n[[Petra Dvořáková]]'],
  ['ro', 'Fratele meu mai mare [[Radu]] a încercat.'],
  ['ro', 'Cu stimă,\n[[Elena Ionescu]]'],
  ['el', 'Η αδερφή μου η [[Μαρία]] έχει το ίδιο πρόβλημα.'],
  ['el', 'Τηλ: [[210 123 4567]]'],
  ['hu', 'Üdvözlettel,\n[[Szabó Anna]]'],
  ['ca', 'La meva germana gran [[Núria]] té el mateix problema.'],
  // Vietnamese, Indonesian
  ['vi', 'Em gái tôi [[Linh]] cũng bị lỗi này.'],
  ['vi', 'Số điện thoại: [[0912 345 678]]'],
  ['id', 'Kakak saya [[Budi]] juga mengalami hal yang sama.'],
  ['id', 'Terima kasih,\n[[Siti Rahayu]]'],
  // Arabic, Hebrew, Persian, Hindi, Thai
  ['ar', 'أخي الكبير [[خالد]] جرب أيضاً.'],
  ['he', 'אחותי הקטנה [[נועה]] ניסתה גם.'],
  ['ar', 'ابنتي الصغيرة <<تستخدم>> iPad'],
  ['ar', 'رقم هاتفي [[0501234567]]'],
  ['ar', 'مع التحية،\n[[خالد الشمري]]'],
  ['he', 'אחי הגדול [[דני]] ניסה גם.'],
  ['he', 'טלפון: [[052-1234567]]'],
  ['fa', 'من <<دانشجو>> هستم.'],
  ['fa', 'شماره من [[09121234567]] است.'],
  ['hi', 'मैं <<छात्र>> हूँ।'],
  ['hi', 'मेरा नंबर [[98123 45678]] है।'],
  ['hi', 'मेरे भाई [[अमित]] का फ़ोन भी नहीं चल रहा।'],
  ['th', 'เบอร์โทร [[081-234-5678]]'],
];

describe('redaction probes, nineteenth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // "يوسف" opens with ي and has four letters: the shape of a present-tense verb, which is read
  // as what the relative does unless a stronger sign than the verb after it follows.
  it.fails('masks an Arabic name shaped like a verb after a described relative', () => {
    expect(markedFailures([['ar', 'أخي الكبير [[يوسف]] جرب أيضاً.']])).toEqual([]);
  });
  // Thai has no surnames to tell a name glued to a role from the verb glued after it.
  it.fails('masks a Thai name glued to a role (หัวหน้าสมชายบอก)', () => {
    expect(markedFailures([['th', 'หัวหน้า[[สมชาย]]บอกว่าเป็นที่ไวไฟ']])).toEqual([]);
  });
});

/** Whole texts of repeated units, up to the notes' limit of 5,000 characters. */
const REPEATED = [
  'soția mea Ioana ',
  ' ',
  '\t',
  '\u3000',
  'Call me at 0170 1234567, ',
  'a@b.',
  '딸 하은도 ',
];
/** A label, then a run of spaces: smaller, since a cubic pattern would take minutes at 5,000. */
const LABELLED = ['IMEI', 'ECID', 'case', 'Fehler', 'build', 'timestamp', 'Hi', 'Familie'];

describe('redaction time grows linearly with the text', () => {
  it.each(REPEATED)('on %j repeated', (unit) => {
    const { small, large } = cpuTimes(fill(unit, 1250), fill(unit, 5000));
    expect(large).toBeLessThan(8 * Math.max(small, 3));
  });

  it.each(LABELLED)('on %j and a run of spaces', (label) => {
    const { small, large } = cpuTimes(label + fill(' ', 250), label + fill(' ', 1000));
    expect(large).toBeLessThan(8 * Math.max(small, 3));
  });
});
