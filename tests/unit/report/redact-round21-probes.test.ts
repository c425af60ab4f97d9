import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';
import { cpuTimes, fill } from './redact-timing';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Support case numbers
 * are marked to stay: they name a case, not a person, and the advisor needs them. The first 155,
 * in 27 languages, had 11 failures, all names left in: lists of names after a relative ("My kids
 * Ana, Luis and Marta", "Mes enfants Léa, Hugo et Chloé", "Meine Kinder Lea, Ben und Paul": only
 * the first, or none, was masked), a Slovak relative ("Moja dcéra Zuzana"), and a first name that
 * is a small word elsewhere ("Mijn vrouw Els van der Berg"). A second batch of 30, written after
 * the first run, had 3: "Dr. van der Berg", a device named "Grandma Rosa", and "celui de Théo"
 * (kept below as an expected failure). The last 15 of the first list hold the fixes to both sides.
 */

const PROBES: MarkedProbe[] = [
  // English
  ['en', 'My kids [[Ana]], [[Luis]] and [[Marta]] all have iPads on <<Family Sharing>>.'],
  ['en', 'My sons [[Jake]] and [[Owen]] share one <<Apple Account>>.'],
  ['en', "It's [[Priyanka]]'s iPad that fails, not mine."],
  ['en', 'The device is called "[[Gareth]]\'s iPhone 12".'],
  ['en', 'My colleague [[J. Smith]] had the same error.'],
  ['en', 'My wife [[Maria de la Cruz]] set it up.'],
  ['en', "My brother-in-law [[Sean O'Brien]] tried too."],
  ['en', 'Text me on [[+1 (646) 555-0187]] or [[646.555.0187]].'],
  ['en', 'My email is [[tom.baker+icloud@students.cs.example.ac.uk]].'],
  ['en', 'Ship it to [[17 Elm Grove, Leeds LS6 2AB]] please.'],
  ['en', 'IMEI [[35 209900 176148 1]] and serial [[G6TZ91ABN72J]].'],
  ['en', 'Apple ID: [[hannah_w1987@me.com]]'],
  ['en', 'Apple Support case <<102345678901>> is still open.'],
  ['en', 'Cheers,\n[[Declan]]'],
  ['en', 'Hi [[Imogen]], any news?'],
  ['en', '<<Wednesday>> and <<Thursday>> in <<December>> it stopped.'],
  ['en', '<<Google Photos>> and <<WhatsApp>> use <<5 GB>> on <<iOS 18.1>>.'],
  ['en', 'The <<Genius Bar>> said <<iCloud+>> would fix it.'],
  ['en', '<<Honestly>> I have no idea. <<Please>> help.'],
  ['en', 'We live in <<Chicago>> and use <<Verizon>>.'],
  ['en', "my daughter [[Chloe]]'s iPhone SE is the one failing"],
  ['en', 'my grandson [[Kwame]] helped me'],
  // German
  ['de', 'Meine Kinder [[Lea]], [[Ben]] und [[Paul]] haben je ein iPad.'],
  ['de', 'Das iPhone von [[Jan]] zeigt den Fehler auch.'],
  ['de', 'Das ist [[Ulrikes]] iPad.'],
  ['de', 'Mein Kollege [[Herr Dr. Schneider]] hat das gleiche.'],
  ['de', 'Meine Frau [[Anke van der Berg]] nutzt auch iCloud.'],
  ['de', 'Festnetz: [[089 12345678]], mobil [[+49 171 2345678]]'],
  ['de', 'Mail an [[s.krause+backup@mail.uni-example.de]]'],
  ['de', 'Adresse: [[Lindenweg 14, 50667 Köln]]'],
  ['de', 'Seriennummer: [[F17XK2ABHG7F]]'],
  ['de', 'Liebe Grüße\n[[Sabine]]'],
  ['de', 'Seit <<Dienstag>> im <<Januar>> geht es nicht.'],
  ['de', '<<Familienfreigabe>> und <<iCloud+>> mit <<50 GB>> sind aktiv.'],
  ['de', '<<Heute>> morgen kam wieder <<Backup fehlgeschlagen>>.'],
  ['de', 'Ich wohne in <<Hamburg>> und bin bei der <<Telekom>>.'],
  // French
  ['fr', "L'iPhone de [[Marie]] et l'iPad de [[Lucas]] échouent."],
  ['fr', 'Mes enfants [[Léa]], [[Hugo]] et [[Chloé]] utilisent le <<Partage familial>>.'],
  ['fr', 'Mon beau-frère [[Jean-Baptiste]] a le même souci.'],
  ['fr', 'Tél : [[+33 6 12 34 56 78]]'],
  ['fr', 'Courriel : [[m.lefebvre+apple@etu.univ-example.fr]]'],
  ['fr', 'J’habite [[14 avenue Victor Hugo, 69003 Lyon]].'],
  ['fr', 'Bien à vous,\n[[Sylvie Garnier]]'],
  ['fr', 'Salut [[Romain]], merci pour l’aide.'],
  ['fr', 'Depuis <<mercredi>> en <<novembre>>, rien.'],
  ['fr', 'J’utilise <<Google Photos>> et <<WhatsApp>>, <<200 Go>> sur <<iCloud+>>.'],
  ['fr', 'Je suis à <<Bordeaux>> chez <<Bouygues>>.'],
  // Spanish
  ['es', 'Mis hijos [[Ana]], [[Luis]] y [[Marta]] tienen iPhone.'],
  ['es', 'El iPad de [[Lucía]] tampoco hace copia.'],
  ['es', 'Mi marido [[José Luis de la Fuente]] lo intentó.'],
  ['es', 'Teléfono: [[612 34 56 78]]'],
  ['es', 'Escríbeme a [[carmen.ruiz+icloud@alumnos.example.es]].'],
  ['es', 'Mi dirección es [[Calle de Alcalá 120, 28009 Madrid]].'],
  ['es', 'Un abrazo,\n[[Pilar]]'],
  ['es', 'Desde el <<jueves>> de <<marzo>> falla.'],
  ['es', 'Vivo en <<Valencia>> con <<Movistar>>.'],
  ['es', '<<Fotos de Google>> ocupa <<12 GB>>.'],
  // Italian
  ['it', "L'iPad di [[Giulia]] e l'iPhone di [[Marco]] non fanno il backup."],
  ['it', 'Mia sorella [[Chiara]] ha lo stesso errore.'],
  ['it', 'Cell. [[+39 347 123 4567]]'],
  ['it', 'Scrivimi a [[g.bianchi+apple@studenti.example.it]]'],
  ['it', 'Indirizzo: [[Via Garibaldi 22, 10122 Torino]]'],
  ['it', 'Cordiali saluti,\n[[Alessandro Conti]]'],
  ['it', 'Da <<venerdì>> di <<ottobre>> non funziona.'],
  ['it', 'Sono a <<Napoli>> con <<Vodafone>>.'],
  // Portuguese
  ['pt', 'Meus filhos [[Pedro]], [[Inês]] e [[Rafael]] usam o iPad.'],
  ['pt', 'O iPhone do [[Thiago]] também falha.'],
  ['pt', 'Telemóvel: [[912 345 678]]'],
  ['pt', 'Rua: [[Rua das Flores 45, 4050-262 Porto]]'],
  ['pt', 'Desde <<sábado>> não faz backup.'],
  ['pt', 'Atenciosamente,\n[[Mariana Costa]]'],
  // Dutch
  ['nl', 'Mijn kinderen [[Daan]], [[Sem]] en [[Julia]] hebben een iPad.'],
  ['nl', 'De iPad van [[Bram]] faalt ook.'],
  ['nl', 'Mijn vrouw [[Els van der Berg]] heeft hetzelfde.'],
  ['nl', 'Bel [[020-1234567]] of [[+31 6 12345678]].'],
  ['nl', 'Adres: [[Prinsengracht 263, 1016 GV Amsterdam]]'],
  ['nl', 'Met vriendelijke groet,\n[[Joost Bakker]]'],
  ['nl', 'Sinds <<woensdag>> in <<juni>> lukt het niet.'],
  // Swedish, Danish, Norwegian
  ['sv', 'Mina barn [[Elsa]], [[Nils]] och [[Alva]] har iPads.'],
  ['sv', 'Ring [[070-123 45 67]].'],
  ['sv', 'Adress: [[Drottninggatan 12, 111 51 Stockholm]]'],
  ['sv', 'Sedan <<torsdag>> fungerar inte <<iCloud-säkerhetskopiering>>.'],
  ['da', 'Min datter [[Freja]] har samme problem.'],
  ['da', 'Med venlig hilsen\n[[Lars Nielsen]]'],
  ['no', 'Sønnen min [[Magnus]] prøvde også.'],
  ['no', 'Min kone [[Ingrid]] har en <<iPad>>.'],
  // Finnish, Estonian, Hungarian
  ['fi', 'Tyttäreni [[Emilia]] ja poikani [[Eetu]] kokeilivat.'],
  ['fi', 'Puhelin: [[040 123 4567]]'],
  ['et', 'Minu tütar [[Liis]] proovis ka.'],
  ['hu', 'A fiam [[Bence]] is megpróbálta.'],
  ['hu', 'Üdvözlettel,\n[[Kovács Péter]]'],
  // Polish, Czech, Slovak
  ['pl', 'Moje dzieci [[Ola]], [[Kuba]] i [[Zuzia]] mają iPady.'],
  ['pl', 'Mój mąż [[Paweł]] też próbował.'],
  ['pl', 'Adres: [[ul. Marszałkowska 10/12, 00-590 Warszawa]]'],
  ['pl', 'Pozdrawiam,\n[[Agnieszka Nowak]]'],
  ['pl', 'Od <<wtorku>> nie działa <<Chmura iCloud>>.'],
  ['cs', 'Můj manžel [[Jiří]] to zkoušel taky.'],
  ['cs', 'S pozdravem\n[[Petra Dvořáková]]'],
  ['sk', 'Moja dcéra [[Zuzana]] má rovnaký problém.'],
  // Russian, Ukrainian
  ['ru', 'Мои дети [[Маша]], [[Петя]] и [[Оля]] пользуются iPad.'],
  ['ru', 'Телефон: [[+7 916 123-45-67]]'],
  ['ru', 'Почта: [[ivan.petrov+apple@mail.example.ru]]'],
  ['ru', 'Мой муж [[Сергей]] тоже пробовал.'],
  ['ru', 'С <<пятницы>> не работает, живу в <<Москве>>.'],
  ['uk', 'Мій брат [[Тарас]] теж пробував.'],
  // Turkish, Greek, Romanian
  ['tr', 'Oğlum [[Mert]] ve kızım [[Elif]] denedi.'],
  ['tr', 'Telefon: [[0532 123 45 67]]'],
  ['tr', 'Saygılarımla,\n[[Ahmet Yılmaz]]'],
  ['el', 'Η αδελφή μου η [[Μαρία]] έχει το ίδιο.'],
  ['ro', 'Fiica mea [[Ioana]] are aceeași problemă.'],
  // Japanese
  ['ja', '息子の[[健太]]と娘の[[由美]]のiPadも同じです。'],
  ['ja', '[[鈴木]]さんのiPhoneでも失敗します。'],
  ['ja', '電話：[[090-1234-5678]]'],
  ['ja', 'メール：[[taro.yamada+icloud@mail.example.co.jp]]'],
  ['ja', '住所：[[〒150-0001 東京都渋谷区神宮前1-2-3]]'],
  ['ja', '<<金曜日>>から<<iCloud+>>の<<50GB>>プランです。'],
  ['ja', '<<LINE>>と<<Googleフォト>>を使っています。'],
  // Chinese
  ['zh', '我女儿[[王芳]]的iPad也不行。'],
  ['zh', '我老婆[[陈静]]也遇到了。'],
  ['zh', '手机：[[+86 138 0013 8000]]'],
  ['zh', '邮箱：[[li.ming+apple@mail.example.cn]]'],
  ['zh', '地址：[[北京市朝阳区建国路88号]]'],
  ['zh', '<<星期五>>开始，<<iCloud+>> <<200GB>>也没用。'],
  ['zh', '我在<<深圳>>，用<<中国移动>>。'],
  // Korean
  ['ko', '딸 [[지은]]이도 같은 문제예요.'],
  ['ko', '전화: [[010-1234-5678]]'],
  ['ko', '주소: [[서울특별시 강남구 테헤란로 152]]'],
  ['ko', '<<금요일>>부터 <<카카오톡>> 백업도 안 돼요.'],
  // Vietnamese, Indonesian
  ['vi', 'Con gái tôi [[Linh]] cũng bị.'],
  ['vi', 'Điện thoại: [[0912 345 678]]'],
  ['id', 'Anak saya [[Budi]] juga mengalami.'],
  ['id', 'Email: [[siti.rahma+apple@mail.example.co.id]]'],
  // Hebrew, Arabic, Hindi, Thai
  ['he', 'אחותי [[נועה]] ניסתה גם.'],
  ['he', 'טלפון: [[050-123-4567]]'],
  ['ar', 'أختي [[سارة]] جربت أيضاً.'],
  ['ar', 'مع خالص التحية،\n[[خالد الحربي]]'],
  ['hi', 'मेरे भाई [[अमित]] ने भी कोशिश की।'],
  ['hi', 'फ़ोन: [[+91 98123 45678]]'],
  ['th', 'โทรศัพท์: [[081-234-5678]]'],
  // Capitalised starts, brands and places that must stay
  ['en', '<<Tried>> everything. <<Restarted>>, <<signed>> out, <<Reset>> network settings.'],
  ['en', 'My <<Spotify>> and my <<Netflix>> still work.'],
  ['en', 'My mum in <<Dublin>> has the same problem.'],
  ['de', 'Meine Tochter in <<Berlin>> hat das gleiche Problem.'],
  ['fr', 'Ma fille à <<Toulouse>> a le même problème.'],
  ['es', 'Mi hijo en <<Barcelona>> tiene lo mismo.'],
  ['it', 'Mio figlio a <<Roma>> ha lo stesso problema.'],
  ['nl', 'Mijn dochter in <<Rotterdam>> heeft het ook.'],
  ['en', 'My son uses <<Minecraft>> and <<YouTube>>.'],
  ['en', 'Called <<Apple>> on <<Monday>>, advisor [[Trevor]] escalated it.'],
  // Identifiers anywhere
  ['en', 'UDID [[00008110-000A1B2C3D4E801E]] if that helps.'],
  ['de', 'Apple-ID: [[lisa.m@icloud.com]]'],
  ['fr', 'Identifiant Apple : [[claire.d@me.com]]'],
  ['es', 'IMEI: [[356938035643809]]'],
  ['en', 'case number <<20000123456789>> from AppleCare'],
  ['de', 'Fallnummer <<102987654321>> bei Apple.'],
  // Second batch, written after the first run
  ['de', '[[Jans]] iPhone und [[Leas]] iPad sichern nicht.'],
  ['en', "[[Ana]]'s and [[Luis]]'s iPads both fail."],
  ['en', 'Call [[+44 (0)20 7946 0958]] or [[0044 20 7946 0958]].'],
  ['en', 'Flat 3, [[27 Old Kent Road, London SE1 5XX]]'],
  ['en', 'Address: [[Apt. 5B, 350 5th Ave, New York, NY 10118]]'],
  ['es', 'Vivo en [[C/ Mayor, 5, 2º izq.]], Madrid.'],
  ['en', 'serial: [[c02xk1abjg5h]]'],
  ['en', 'my Apple ID is [[kenji.w at icloud dot com]]'],
  ['en', 'Case ID: <<102345678901>>'],
  ['en', '<<Genius Bar>> appointment on <<Saturday>> <<14 June>> at <<10:30>>.'],
  ['en', "Dear Mr. [[O'Connor]], thanks."],
  ['en', "Sincerely,\n[[Mary-Kate O'Neil-Smith]]"],
  ['en', 'Hi Dr. [[van der Berg]], any update?'],
  ['en', 'My husband [[Jean-Luc]] and I share <<Family Sharing>>.'],
  ['en', 'The iPad is named "[[Grandma Rosa]]".'],
  ['de', 'Ich heiße [[Anna-Lena Müller-Lüdenscheidt]].'],
  ['it', 'Mi chiamo [[Gian Luca De Santis]].'],
  ['pt', 'Meu nome é [[João da Silva]].'],
  ['nl', 'Ik ben [[Pieter-Jan de Vries]].'],
  ['sv', 'Jag heter [[Anna-Karin Ek]].'],
  ['en', '<<Backup>> of <<WhatsApp>> chats: <<2.3 GB>>, <<iOS 17.6.1>>, <<iPhone 15 Pro Max>>.'],
  ['en', 'Sent from my iPhone\n\n<<Monday>> update: still failing.'],
  ['de', 'Die <<Telekom>> sagt, <<iCloud+>> ist schuld. <<Montag>> rufe ich an.'],
  ['ja', '<<iPhone 15>>の<<iOS 18>>です。<<5GB>>しかありません。'],
  ['zh', '<<iPhone 14>>，<<iOS 17.5>>，<<iCloud>>只有<<5GB>>。'],
  ['ko', '제 이름은 [[김민준]]입니다.'],
  ['tr', 'Benim adım [[Ayşe Nur Demir]].'],
  ['ru', 'Меня зовут [[Анна-Мария Кузнецова]].'],
  ['pl', 'Nazywam się [[Anna Maria Kowalska-Nowak]].'],
  // Written after the fixes, to hold them to both sides
  ['en', 'my kids [[Ana]], [[Luis]], and [[Marta]] have iPads'],
  ['en', "[[Ana]], [[Luis]] and [[Marta]]'s iPads all fail."],
  ['en', 'my son [[Ben]], <<WhatsApp>> and <<Signal>> are the problem'],
  ['en', 'my daughter [[Emma]], <<Apple>> said to wait.'],
  ['en', 'Failed on <<Monday>>, <<Tuesday>> and <<Friday>>.'],
  ['en', 'my son [[Noah]], <<Spotify>> and <<Netflix>> use the data'],
  ['fr', 'Mes filles [[Inès]] et [[Jade]] ont un iPad.'],
  ['de', 'Meine Söhne [[Jonas]] und [[Felix]] haben das gleiche.'],
  ['es', 'Mi empresa <<Telefónica>> bloquea iCloud.'],
  ['es', 'Mis nietos [[Hugo]], [[Leo]] y [[Vera]] usan mi cuenta.'],
  ['ca', 'La meva filla [[Núria]] també.'],
  ['hr', 'Moja kći [[Ana]] ima isti problem.'],
  ['pl', 'Mój syn [[Ben]] też.'],
  ['nl', 'Mijn zoon [[Sem]] heeft een iPad.'],
  ['it', 'Le mie figlie [[Sara]] e [[Bianca]] hanno lo stesso problema.'],
];

describe('redaction probes, twenty-first round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // "celui de", "el de", "das von" stand for a device named before; after them a capitalised word
  // is a name as often as a brand or a shop ("celui de Fnac", "el de Amazon").
  it.fails('masks an owner after a pronoun that stands for the device (celui de Théo)', () => {
    expect(markedFailures([['fr', "L'iPad de ma fille Zoé et celui de [[Théo]] aussi."]])).toEqual(
      [],
    );
  });
});

describe('redaction time stays linear on lists and titled particles', () => {
  it.each([
    ['a list of names after a relative', 'my kids ', 'Ana, '],
    ['a list that never closes with "and"', 'Thanks, Ana', ', Luis'],
    ['a title and particles', '', 'Dr. van der '],
    ['a quote and a relative', '', '"Grandma '],
  ])('on %s', (_, head, unit) => {
    const { small, large } = cpuTimes(head + fill(unit, 1250), head + fill(unit, 5000));
    expect(large).toBeLessThan(8 * Math.max(small, 3));
  });
});
