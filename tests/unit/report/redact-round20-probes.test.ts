import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';
import { cpuTimes, fill } from './redact-timing';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Notes in 29
 * languages. 12 of the first 191 failed, all names left in: a relative the lists lacked
 * ("My son-in-law Percival", "Our nanny Consuelo", "Mijn nicht Femke", "Chị tôi Hằng"), Finnish
 * relatives with "my" as a suffix ("Veljeni Juha", "Äitini Pirjo"), Estonian "Mu vend Tõnu",
 * "Keisha from the Genius Bar", Japanese given names in hiragana ("妹のさくらも"), and "跟小明说";
 * and "我朋友李娜的iPhone" lost the word 朋友 with the name. One is kept below as an expected
 * failure; the last 27 were written after the fix to hold it to both sides, and two places the fix
 * reads as names ("Äitini Helsingissä") are kept as expected failures too.
 */

const PROBES: MarkedProbe[] = [
  // English
  ['en', "It lists [[Anna]]'s iPad under <<Backups>>."],
  ['en', 'Device name: [[Tom]]’s iPhone, <<iOS 17.4>>.'],
  ['en', 'Ping me at [[lena.hart+apple@mail.example.co.uk]] please.'],
  ['en', 'My Apple ID is [[grace.obi@icloud.com]].'],
  ['en', 'Call [[(415) 555-0132]] any time.'],
  ['en', 'I live at [[42 Maple Avenue, Springfield, IL 62704]].'],
  ['en', 'UDID: [[00008030-001A2B3C4E5F002E]]'],
  ['en', 'Serial number [[C02XK1ABJG5H]] on the box.'],
  ['en', 'Thanks so much,\n[[Rowan Achebe]]'],
  ['en', 'Hello [[Margaret]], thanks for the reply.'],
  ['en', 'My neighbour [[Desmond]] thinks it is the router.'],
  ['en', 'So yesterday [[Keisha]] from the Genius Bar said to wait.'],
  ['en', '<<Monday>> and <<Tuesday>> the backup failed again.'],
  ['en', '<<Family Sharing>> is on and I pay for <<iCloud+>> <<200 GB>>.'],
  ['en', '<<Google Photos>>, <<WhatsApp>> and <<Signal>> are installed.'],
  ['en', '<<Yesterday>> I tried again. <<Nothing>> changed.'],
  ['en', '<<After>> the update it says <<Backup Failed>>.'],
  ['en', 'I am in <<London>> on <<Vodafone>>.'],
  ['en', 'My son-in-law [[Percival]] uses <<OneDrive>>.'],
  ['en', 'my wife [[Ngozi]] and my son [[Tobi]] both share <<Family Sharing>>'],
  ['en', 'Best regards,\n[[Dr. Hamid Farouk]]'],
  ['en', 'IMEI: [[356938035643809]]'],
  ['en', 'Phone: [[+44 20 7946 0958]]'],
  ['en', 'The <<Apple Watch>> and <<AirPods>> are fine.'],
  ['en', '<<April>> was the last backup, <<May>> none.'],
  // German
  ['de', 'Das ist [[Marias]] iPhone, nicht meins.'],
  ['de', 'Das <<iPhone>> von [[Jan]] sichert auch nicht.'],
  ['de', 'Meine Nichte [[Josefine]] hat es eingerichtet.'],
  ['de', 'Meine Handynummer: [[0151 23456789]]'],
  ['de', 'Schreiben Sie an [[k.wagner+icloud@web.de]].'],
  ['de', 'Ich wohne in der [[Hauptstraße 5a, 80331 München]].'],
  ['de', 'Viele Grüße\n[[Torsten Lehmann]]'],
  ['de', 'Am <<Montag>> und am <<Freitag>> kam die Meldung.'],
  ['de', '<<Gestern>> habe ich es nochmal versucht.'],
  ['de', 'Ich nutze <<WhatsApp>> und <<Google Fotos>>.'],
  ['de', 'Hallo [[Bernd]], danke für die Hilfe.'],
  ['de', 'Mein Schwager [[Dieter]] meint, es liegt am WLAN.'],
  // French
  ['fr', "L'iPhone de [[Marie]] ne sauvegarde plus."],
  ['fr', 'Ma belle-sœur [[Odile]] a un <<iPad mini>>.'],
  ['fr', 'Mon numéro : [[07 81 22 43 65]]'],
  ['fr', 'Écrivez-moi à [[paul.durand+support@orange.fr]].'],
  ['fr', 'Adresse : [[5 rue des Lilas, 75020 Paris]]'],
  ['fr', 'Cordialement,\n[[Hélène Rousseau]]'],
  ['fr', 'Bonjour [[Yannick]], merci.'],
  ['fr', 'Depuis <<lundi>>, rien ne marche. <<Hier>> non plus.'],
  ['fr', 'Le <<Partage familial>> est activé avec <<iCloud+>>.'],
  ['fr', 'Mon collègue [[Thibault]] dit que c’est le Wi-Fi.'],
  ['fr', 'Je suis à <<Marseille>> chez <<Free>>.'],
  // Spanish
  ['es', 'El iPhone de [[Javier]] tampoco hace copia.'],
  ['es', 'Mi cuñada [[Marisol]] tiene el mismo error.'],
  ['es', 'Llámame al [[+34 655 12 34 56]].'],
  ['es', 'Correo: [[ana.gomez+apple@correo.ejemplo.es]]'],
  ['es', 'Vivo en [[Avenida de la Constitución 12, 3º B, 41001 Sevilla]].'],
  ['es', 'Saludos cordiales,\n[[Ignacio Herrera]]'],
  ['es', 'Hola [[Rocío]], gracias.'],
  ['es', 'Desde el <<martes>> falla. <<Ayer>> también.'],
  ['es', 'Uso <<WhatsApp>> y <<Google Fotos>>.'],
  ['es', 'Mi jefe [[Arturo]] me dijo que llamara.'],
  // Italian
  ['it', "L'iPhone di [[Giulia]] non fa il backup."],
  ['it', 'Mio cognato [[Massimo]] ha lo stesso problema.'],
  ['it', 'Chiamami al [[333 123 4567]].'],
  ['it', 'Email: [[luca.rossi+icloud@libero.it]]'],
  ['it', 'Abito in [[Corso Vittorio Emanuele II 54, 20122 Milano]].'],
  ['it', 'Un saluto,\n[[Francesca Ricci]]'],
  ['it', 'Ciao [[Matteo]], grazie mille.'],
  ['it', 'Da <<lunedì>> non va. <<Ieri>> neanche.'],
  ['it', 'Uso <<Condivisione in famiglia>> e <<WhatsApp>>.'],
  // Portuguese
  ['pt', 'O iPhone da [[Beatriz]] também falha.'],
  ['pt', 'Meu cunhado [[Sérgio]] tentou ajudar.'],
  ['pt', 'Celular: [[+55 21 99876-5432]]'],
  ['pt', 'Moro na [[Avenida Paulista, 1578, São Paulo]].'],
  ['pt', 'Abraços,\n[[Luana Ferreira]]'],
  ['pt', 'Olá [[Joaquim]], obrigado.'],
  ['pt', 'Desde <<segunda-feira>> não funciona.'],
  // Dutch
  ['nl', 'De iPhone van [[Pieter]] maakt ook geen back-up.'],
  ['nl', 'Mijn nicht [[Femke]] heeft hetzelfde.'],
  ['nl', 'Mijn nummer is [[06 87654321]].'],
  ['nl', 'Groetjes,\n[[Anouk de Vries]]'],
  ['nl', 'Hoi [[Ruben]], bedankt.'],
  ['nl', 'Sinds <<maandag>> werkt het niet.'],
  // Swedish, Danish, Norwegian, Finnish
  ['sv', 'Min svåger [[Henrik]] har samma problem.'],
  ['sv', 'Mvh\n[[Karin Lindqvist]]'],
  ['sv', 'Sedan <<måndag>> fungerar det inte.'],
  ['da', 'Min svigerinde [[Mette]] har en <<iPad>>.'],
  ['da', 'Mobil: [[+45 22 33 44 55]]'],
  ['no', 'Hei [[Sigrid]], takk for svaret.'],
  ['no', 'Telefon: [[912 34 567]]'],
  ['fi', 'Veljeni [[Juha]] kokeili myös.'],
  ['fi', 'Terveisin\n[[Liisa Korhonen]]'],
  // Polish, Czech
  ['pl', 'Mój szwagier [[Krzysztof]] ma ten sam problem.'],
  ['pl', 'Telefon: [[+48 601 234 567]]'],
  ['pl', 'Cześć [[Kasia]], dzięki.'],
  ['pl', 'Od <<poniedziałku>> nie działa.'],
  ['cs', 'Moje sestřenice [[Tereza]] má stejný problém.'],
  ['cs', 'Mobil: [[777 123 456]]'],
  // Russian, Ukrainian
  ['ru', 'Это iPhone [[Марины]], она не может сделать копию.'],
  ['ru', 'Мой зять [[Виктор]] тоже пробовал.'],
  ['ru', 'Мой номер [[8 (916) 123-45-67]]'],
  ['ru', 'Здравствуйте, [[Игорь]]! Спасибо.'],
  ['ru', 'С уважением,\n[[Анна Петрова]]'],
  ['ru', 'С <<понедельника>> не работает <<Семейный доступ>>.'],
  ['uk', 'Моя донька [[Оксана]] теж не може.'],
  ['uk', 'З повагою,\n[[Петро Коваленко]]'],
  // Turkish
  ['tr', 'Kuzenim [[Emre]] de aynı sorunu yaşıyor.'],
  ['tr', 'Merhaba [[Ayşe]] Hanım, teşekkürler.'],
  ['tr', 'Cep: [[+90 532 765 43 21]]'],
  ['tr', '<<Pazartesi>> gününden beri çalışmıyor.'],
  // Greek, Romanian, Hungarian
  ['el', 'Ο ξάδερφός μου ο [[Νίκος]] έχει το ίδιο.'],
  ['el', 'Με εκτίμηση,\n[[Γιώργος Παπαδόπουλος]]'],
  ['ro', 'Vărul meu [[Andrei]] are aceeași problemă.'],
  ['ro', 'Telefon: [[0722 123 456]]'],
  ['hu', 'Telefon: [[+36 30 123 4567]]'],
  // Japanese
  ['ja', '妹の[[さくら]]も同じです。'],
  ['ja', '[[山田]]さんのiPhoneもバックアップできません。'],
  ['ja', 'メール：[[hanako.sato+apple@docomo.ne.jp]]'],
  ['ja', '電話：[[03-1234-5678]]'],
  ['ja', '<<月曜日>>から<<iCloud>>バックアップが失敗します。'],
  ['ja', '<<ファミリー共有>>を使っています。'],
  ['ja', 'よろしくお願いいたします。\n[[高橋 一郎]]'],
  // Chinese
  ['zh', '我<<朋友>>[[李娜]]的iPhone也备份失败。'],
  ['zh', '我表哥[[刘洋]]也试过了。'],
  ['zh', '电话：[[139 1234 5678]]'],
  ['zh', '邮箱：[[zhang.wei+icloud@163.com]]'],
  ['zh', '地址：[[上海市浦东新区世纪大道100号]]'],
  ['zh', '<<星期一>>开始就备份不了。'],
  ['zh', '我用<<微信>>和<<家人共享>>。'],
  ['zh', '此致\n[[赵敏]]'],
  // Korean
  ['ko', '누나 [[수진]]이도 같은 문제가 있어요.'],
  ['ko', '이메일: [[minsu.kim+apple@naver.com]]'],
  ['ko', '<<월요일>>부터 백업이 안 돼요.'],
  ['ko', '안녕하세요 [[지민]]님, 감사합니다.'],
  // Vietnamese, Indonesian
  ['vi', 'Anh trai tôi [[Tuấn]] cũng bị.'],
  ['vi', 'Trân trọng,\n[[Nguyễn Văn An]]'],
  ['id', 'Adik saya [[Rina]] juga begitu.'],
  ['id', 'HP: [[0812-3456-7890]]'],
  ['id', 'Salam,\n[[Dewi Lestari]]'],
  // Hebrew, Arabic, Hindi, Thai
  ['he', 'בן דוד שלי [[אורי]] ניסה גם.'],
  ['he', 'בברכה,\n[[רונית לוי]]'],
  ['ar', 'رقم جوالي [[+966 50 123 4567]]'],
  ['ar', 'صديقي [[عمر]] جرب أيضاً.'],
  ['hi', 'मेरी बहन [[प्रिया]] का iPad भी नहीं चल रहा।'],
  ['hi', 'धन्यवाद,\n[[राहुल शर्मा]]'],
  ['th', 'อีเมล [[somchai.p+icloud@gmail.com]]'],
  ['th', 'โทร [[02-123-4567]]'],
  // Second batch, harder shapes
  ['en', 'my mother-in-law [[Beryl]] and my father-in-law [[Reg]] share an <<Apple Account>>'],
  ['en', 'Our nanny [[Consuelo]] uses the old iPad.'],
  ['en', 'My flatmate [[Oisín]] fixed it once.'],
  ['en', 'Spoke with [[Tyrone]] at <<AppleCare>> on <<Friday>>.'],
  ['en', 'Write to [[j.smith@eng.mail.university.edu]] or call [[0161 496 0000]].'],
  ['en', 'Serial [[DNPXK2ABCD12]], IMEI [[01 234567 890123 4]].'],
  ['en', 'Apt 4B, [[221 Baker Street]], London'],
  ['en', 'xoxo [[Bella]]'],
  ['en', 'Love,\n[[Nan]]'],
  ['en', '<<Settings>> > <<Apple Account>> > <<iCloud>> > <<Manage Account Storage>>'],
  ['en', '<<Photos>> takes <<120 GB>>, <<Messages>> <<8 GB>>.'],
  ['en', "[[Siobhan]]'s iPad and [[Liam]]'s iPhone are on my plan."],
  ['en', 'Thanks, [[Mo]]'],
  ['en', 'my colleague [[Ji-woo Park]] said to ask here'],
  ['en', 'It says "[[Dave]]’s MacBook Pro" under devices.'],
  ['de', 'Mein Mitbewohner [[Yusuf]] hat das gleiche Problem.'],
  ['de', 'Gruß, [[Heike]]'],
  ['de', 'Meine Enkelin [[Mia]] hat das <<iPad>> eingerichtet.'],
  ['de', 'Das iPad meiner Tochter [[Lena]] geht auch nicht.'],
  ['de', '<<Vielen>> Dank im Voraus!'],
  ['fr', 'Ma voisine [[Ghislaine]] a le même souci.'],
  ['fr', 'Bises,\n[[Clémence]]'],
  ['fr', "L'iPad d'[[Antoine]] aussi."],
  ['es', 'El iPad de mi hija [[Valentina]] también.'],
  ['es', 'Besos,\n[[Maite]]'],
  ['it', 'Il telefono di mia figlia [[Sofia]] uguale.'],
  ['pt', 'O iPad do meu filho [[Davi]] também.'],
  ['nl', 'Mijn buurman [[Henk]] zegt dat het aan de router ligt.'],
  ['nl', 'Mijn nichtje [[Lotte]] heeft een <<iPad>>.'],
  ['sv', 'Min kusin [[Oskar]] har samma.'],
  ['da', 'Min fætter [[Rasmus]] prøvede også.'],
  ['no', 'Min fetter [[Eirik]] har samme.'],
  ['fi', 'Siskoni [[Aino]] yritti myös.'],
  ['fi', 'Äitini [[Pirjo]] käyttää <<iPadia>>.'],
  ['et', 'Mu vend [[Tõnu]] proovis ka.'],
  ['pl', 'Moja bratanica [[Zosia]] ma to samo.'],
  ['ru', 'Моя племянница [[Даша]] тоже.'],
  ['tr', 'Yeğenim [[Deniz]] de denedi.'],
  ['ja', '娘の[[あかり]]も同じです。'],
  ['ja', '息子の[[ゆうと]]のiPadもだめです。'],
  ['ja', '友達の[[美穂]]に聞きました。'],
  ['zh', '我同学[[张伟]]也这样。'],
  ['ko', '친구 [[민지]]가 알려줬어요.'],
  ['ko', '아내 [[서연]]의 아이폰도 안 돼요.'],
  ['vi', 'Chị tôi [[Hằng]] cũng vậy.'],
  ['id', 'Teman saya [[Agus]] juga.'],
  // Written after the fixes, to hold them to both sides
  ['en', 'my daughter-in-law [[Precious]] set up <<Family Sharing>>.'],
  ['en', 'The babysitter [[Ines]] has the same <<iPad>>.'],
  ['en', '<<Appointment>> from the Genius Bar was moved to <<Friday>>.'],
  ['en', 'Email from <<AppleCare>> said to wait.'],
  ['en', '<<Reminder>> from the Apple Store: bring the iPhone.'],
  ['en', 'Jolene from AppleCare called back.'],
  ['nl', 'Mijn nichtje [[Saar]] en mijn oom [[Kees]] ook.'],
  ['nl', 'Mijn <<nicht>> woont in <<Utrecht>>.'],
  ['de', 'Das Backup geht <<nicht>>. <<Gestern>> auch <<nicht>>.'],
  ['de', 'Ein Gerät, das <<nicht>> <<Teil>> der Familie ist.'],
  ['fi', 'Ja veljeni [[Mikko]] sanoi samaa.'],
  ['fi', 'Pomoni [[Jari]] käski kysyä.'],
  ['fi', 'Siskoni [[Vanessa]] ja tyttäreni [[Ella]] kokeilivat.'],
  ['et', 'Minu õde [[Kadri]] proovis ka.'],
  ['tr', 've kızım [[Zeynep]] de denedi'],
  ['tr', 'Annem <<Ankara>>’da oturuyor.'],
  ['tr', 'Kuzenim <<Berlin>>’den aradı.'],
  ['hu', 'A húgom [[Eszter]] is kipróbálta.'],
  ['vi', 'Em tôi [[Lan]] cũng vậy.'],
  ['vi', 'Anh tôi <<cũng>> bị lỗi này.'],
  ['ja', '娘の[[あかり]]ちゃんのiPadも同じです。'],
  ['ja', '母の<<ため>>にも早く直したいです。'],
  ['ja', '妹の<<ほう>>が詳しいです。'],
  ['ja', '娘の<<こと>>が心配です。'],
  ['ja', '夫の<<もの>>を借りました。'],
  ['zh', '我<<同事>>[[王磊]]的iPad也不行。'],
  ['zh', '我<<老公>>的iPhone没问题。'],
];

describe('redaction probes, twentieth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // A Chinese given name alone opens with any character ("小明", but also "小区", "小米", "小时"):
  // with no surname and no relative before it, nothing tells it from a word.
  it.fails('masks a Chinese given name alone after "with" (跟小明说)', () => {
    expect(markedFailures([['zh', '跟[[小明]]说了也没用。']])).toEqual([]);
  });
  // Finnish and Hungarian glue the case ending to a place as to a name ("Helsingissä", "Vanessa",
  // "Budapesten", "Áron"); after a relative with "my" in it the word is masked as a name.
  it.fails('keeps a Finnish place in the inessive after a suffixed relative', () => {
    expect(markedFailures([['fi', 'Äitini <<Helsingissä>> ei saa varmuuskopiota.']])).toEqual([]);
  });
  it.fails('keeps a Hungarian place in the superessive after a suffixed relative', () => {
    expect(markedFailures([['hu', 'A férjem <<Budapesten>> dolgozik.']])).toEqual([]);
  });
});

describe('redaction time grows linearly with the text, up to the 5,000-character limit', () => {
  // A greeting then a run of spaces: "[ \t]*[,!.]?[ \t]+" before "linnea här" split the run
  // every way (4x the text took about 9x the time: 42 ms at 4,000 spaces, under 2 ms now).
  it.each(['Hi', 'Hey,', 'tja', 'Veljeni', 'Kate from the', 'mijn nicht'])(
    'on %j and a run of spaces',
    (label) => {
      const { small, large } = cpuTimes(label + fill(' ', 1250), label + fill(' ', 5000));
      expect(large).toBeLessThan(8 * Math.max(small, 3));
    },
  );
  it.each(['veljeni Juha ', 'Kate from the Genius Bar ', '妹のさくらも', '我朋友李娜的iPhone'])(
    'on %j repeated',
    (unit) => {
      const { small, large } = cpuTimes(fill(unit, 1250), fill(unit, 5000));
      expect(large).toBeLessThan(8 * Math.max(small, 3));
    },
  );
});
