import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Notes a person might
 * paste, in 18 languages: names, emails, phone numbers, Apple Account IDs, serial numbers and
 * IMEIs, addresses; and what the advisor needs kept: sizes, versions, dates, error codes,
 * percentages.
 */

const PROBES: MarkedProbe[] = [
  // English
  ['en', 'My Apple Account is [[grace.okafor@icloud.com]] and it says <<Backup Failed>>.'],
  ['en', 'Call my son [[Tobias]] on [[07700 900123]] if I do not answer.'],
  ['en', 'Serial No. [[C39XQ1ZKJCLM]], <<iOS 17.4.1>>, <<92%>> full.'],
  ['en', 'IMEI: [[356938035643809]] – it happened on <<3 March 2026>> at <<10:42>>.'],
  ['en', 'Please post the cable to [[221B Baker Street, London NW1 6XE]].'],
  ['en', 'Error <<-1009>> again, <<4.2 GB>> of <<5 GB>> used.'],
  ['en', 'Regards,\n[[Margaret Whitfield]]'],
  // German
  ['de', 'Meine Apple-ID lautet [[klaus.meier@gmx.de]], Fehler <<0xE8000015>>.'],
  ['de', 'Mein Mann [[Heinrich]] hat die Nummer [[0151 23456789]].'],
  ['de', 'Wir wohnen in der [[Goethestraße 7, 80336 München]].'],
  ['de', 'Speicher: <<4,8 GB>> von <<5 GB>> (<<96 %>>), <<iOS 18.2>>.'],
  ['de', 'Am <<12.11.2026>> lief das letzte Backup.'],
  ['de', 'Viele Grüße\n[[Monika Brandt]]'],
  // French
  ['fr', 'Mon identifiant Apple : [[claire.dubois@orange.fr]]'],
  ['fr', 'Ma fille [[Camille]] a le même iPhone, numéro [[06 98 76 54 32]].'],
  ['fr', 'Le code d’erreur <<4005>> est apparu le <<5 décembre>>.'],
  ['fr', 'J’ai <<48,5 Go>> de photos, soit <<97 %>> du stockage.'],
  ['fr', 'Adresse : [[8 rue de la Paix, 75002 Paris]]'],
  ['fr', 'Cordialement,\n[[Antoine Lefèvre]]'],
  // Spanish
  ['es', 'Mi ID de Apple es [[javier.moreno@yahoo.es]] y sale <<Error 31>>.'],
  ['es', 'Mi hija [[Valentina]] tiene el número [[+34 655 123 456]].'],
  ['es', 'Número de serie: [[DNPXK7Q2HG7K]], versión <<iOS 17.6>>.'],
  ['es', 'Uso <<45 GB>> de <<50 GB>> desde el <<3 de marzo>>.'],
  ['es', 'Saludos,\n[[Alejandro Gómez]]'],
  // Italian
  ['it', 'Il mio ID Apple è [[francesca.rossi@libero.it]].'],
  ['it', 'Mio marito [[Giorgio]] ha il numero [[347 123 4567]].'],
  ['it', 'Abito in [[Via Roma 15, 20121 Milano]].'],
  ['it', 'Spazio usato <<4,9 GB>> su <<5 GB>>, <<iOS 16.7.8>>.'],
  ['it', 'Cordiali saluti,\n[[Lorenzo Bianchi]]'],
  // Portuguese
  ['pt', 'Meu ID Apple é [[joao.silva@uol.com.br]] e o erro é <<-54>>.'],
  ['pt', 'Minha esposa [[Fernanda]] tem o celular [[(11) 98765-4321]].'],
  ['pt', 'Moro na [[Rua Augusta 1500, 01304-001 São Paulo]].'],
  ['pt', 'Atenciosamente,\n[[Ricardo Almeida]]'],
  // Dutch
  ['nl', 'Mijn Apple ID is [[pieter.dejong@ziggo.nl]].'],
  ['nl', 'Mijn dochter [[Sanne]] belt vanaf [[06-12345678]].'],
  ['nl', 'Ik woon op de [[Keizersgracht 123, 1015 CJ Amsterdam]].'],
  ['nl', 'Sinds <<maandag>> staat er <<4,7 GB>> van <<5 GB>> vol.'],
  // Swedish, Danish, Norwegian
  ['sv', 'Mitt Apple-ID är [[erik.lindqvist@telia.com]].'],
  ['sv', 'Min fru [[Ingrid]] har numret [[070-123 45 67]].'],
  ['da', 'Min søn [[Mads]] har samme fejl, ring på [[+45 20 12 34 56]].'],
  ['no', 'Hilsen\n[[Kari Nordmann]]'],
  // Finnish
  ['fi', 'Apple ID:ni on [[mikko.virtanen@elisa.fi]].'],
  ['fi', 'Tyttäreni [[Aino]] sai saman virheen <<iOS 17.5>>:ssä.'],
  // Polish, Czech
  ['pl', 'Mój Apple ID to [[anna.kowalska@wp.pl]], telefon [[+48 601 234 567]].'],
  ['pl', 'Mój syn [[Kacper]] też ma ten problem.'],
  ['cs', 'Moje manželka [[Petra]] má číslo [[+420 777 123 456]].'],
  ['cs', 'Zaplněno <<98 %>>, verze <<iOS 18.1.1>>.'],
  // Russian, Ukrainian
  ['ru', 'Мой Apple ID: [[sergey.ivanov@mail.ru]], ошибка <<-1>>.'],
  ['ru', 'Моя дочь [[Анастасия]] звонила с номера [[+7 912 345-67-89]].'],
  ['ru', 'Занято <<4,9 ГБ>> из <<5 ГБ>>, <<iOS 17.4.1>>.'],
  ['ru', 'С уважением,\n[[Дмитрий Козлов]]'],
  ['uk', 'Мій брат [[Олександр]] має номер [[+380 67 123 4567]].'],
  // Turkish, Greek
  ['tr', 'Apple Kimliğim [[mehmet.yilmaz@hotmail.com]], seri no [[F2LX8J9KHG7F]].'],
  ['tr', 'Kızım [[Elif]] aynı hatayı aldı.'],
  ['el', 'Η κόρη μου η [[Μαρία]] έχει το ίδιο πρόβλημα.'],
  // Japanese
  ['ja', '私のApple IDは[[tanaka.hiroshi@docomo.ne.jp]]です。'],
  ['ja', '娘の[[美咲]]のiPhoneも同じです。電話は[[090-1234-5678]]です。'],
  ['ja', '<<iOS 17.4.1>>で<<4.8GB>>/<<5GB>>、<<96%>>使用中です。'],
  ['ja', '住所は[[東京都渋谷区神南1-2-3]]です。'],
  ['ja', 'シリアル番号：[[F9FXK3ABJCLM]]'],
  // Chinese
  ['zh', '我的Apple ID是[[wangfang88@163.com]]。'],
  ['zh', '我女儿[[李静]]的手机号是[[138 1234 5678]]。'],
  ['zh', '已用<<4.9 GB>>，共<<5 GB>>，系统<<iOS 18.0>>。'],
  ['zh', '地址：[[北京市朝阳区建国路88号]]'],
  ['zh', 'IMEI：[[860123456789012]]'],
  // Korean
  ['ko', '제 Apple ID는 [[minjun.kim@naver.com]]입니다.'],
  ['ko', '제 딸 [[서연]]도 같은 오류가 나요. 전화 [[010-1234-5678]].'],
  ['ko', '<<5GB>> 중 <<4.8GB>> 사용, <<iOS 17.5.1>>.'],
  // Vietnamese, Indonesian
  ['vi', 'Apple ID của tôi là [[nguyen.van.an@gmail.com]].'],
  ['id', 'Nomor HP saya [[0812-3456-7890]], email [[budi.santoso@yahoo.co.id]].'],
  // Hebrew, Arabic, Hindi
  ['he', 'הטלפון שלי [[052-123-4567]].'],
  ['ar', 'بريدي الإلكتروني [[ahmed.hassan@gmail.com]] ورقمي [[+971 50 123 4567]].'],
  ['hi', 'मेरा नंबर [[98765 43210]] है।'],
  // Kept everywhere: versions, sizes, codes, dates, percentages
  ['en', 'Build <<21E236>> on <<iPadOS 17.4>>, model <<A2757>>.'],
  ['en', 'It failed on <<2026-11-30>> and <<01/12/2026>>, both at <<99%>>.'],
  ['en', 'Error code <<0x8badf00d>> after <<1 h 20 min>>.'],
  ['de', 'Fehlercode <<-36>>, Version <<18.1.1>>, Größe <<128 GB>>.'],
  ['fr', 'Version <<17.4.1>>, <<256 Go>>, le <<30/11/2026>>.'],
  // Second batch, harder, written after the first 78 all passed
  ['en', 'my apple id is my phone number [[+44 7911 123456]]'],
  ['en', 'imei [[35-209900-176148-1]] / serial [[dnpxk7q2hg7k]]'],
  ['en', 'from my husband [[Dave]]: "it still says backup failed"'],
  ['en', 'contact: [[priya dot sharma at gmail dot com]]'],
  ['en', 'Flat 4, [[12 Rose Lane]], it failed again.'],
  ['de', 'Tel. [[0 30 / 12 34 56 78]], erreichbar ab <<18 Uhr>>.'],
  ['de', 'Das iPad meiner Schwester [[Jutta]] hat <<iPadOS 17.7>>.'],
  ['fr', 'Appelez-moi au [[01.23.45.67.89]] après <<18 h>>.'],
  ['es', 'soy [[Marta Rodríguez]] y mi teléfono es [[91 123 45 67]]'],
  ['it', 'sono [[Giulia]], il seriale è [[FFMZK1ABN72J]]'],
  ['pt', 'Código de erro <<-1009>>, <<iOS 17.3>>, <<85%>> usado.'],
  ['nl', 'Groetjes,\n[[Femke de Vries]]'],
  ['pl', 'Pozdrawiam,\n[[Katarzyna Nowak]]'],
  ['sv', 'Mvh\n[[Lars Andersson]]'],
  ['ru', 'меня зовут [[Ольга]], номер [[8 (916) 123-45-67]]'],
  ['ja', 'メールは[[taro@example.jp]]、<<17.4.1>>です。'],
  ['zh', '我叫[[张伟]]，电话[[13912345678]]。'],
  ['ko', '저는 [[박지훈]]입니다.'],
  ['tr', 'Adresim: [[Atatürk Cad. No: 12, 34000 İstanbul]]'],
  ['en', 'Kept: <<iPhone 15 Pro Max>> <<256 GB>>, <<Error 0xE800000A>>, build <<22C152>>.'],
  ['de', 'Behalten: <<5,5 %>> frei, <<Version 4.0.1>>, am <<1. Dezember>>.'],
  // Third batch, written after the fix above, before running
  ['de', 'IMEI-Nummer: [[35 391805 123456 7]], Apple-ID [[+49 160 9876543]]'],
  ['ru', 'Серийный номер: [[DMPZK1ABCDEF]], IMEI [[353918051234567]]'],
  ['zh', '序列号：[[C02XK1ABJG5H]]'],
  ['ko', '일련 번호: [[F2LZK1ABN72J]]'],
  ['ko', '주소: [[서울특별시 강남구 테헤란로 123]]'],
  ['es', 'Envíalo a [[C/ Mayor 5, 3º B, 28013 Madrid]].'],
  ['it', 'Spedire a [[Corso Vittorio Emanuele II 45, 10125 Torino]].'],
  ['pt', 'E-mail: [[ana.costa@sapo.pt]], tel. [[+351 912 345 678]]'],
  ['nl', 'Bel me op [[+31 6 12345678]].'],
  ['pl', 'Adres: [[ul. Marszałkowska 10/12, 00-590 Warszawa]]'],
  ['sv', 'Ring [[08-123 456 78]] efter <<17:00>>.'],
  ['en', 'Support article <<HT201238>>, plan <<iCloud+ 200 GB>>, <<2 TB>> is too much.'],
  ['en', 'Wi-Fi <<5 GHz>>, router firmware <<v1.2.3>>, <<UTC+1>>, at <<12:30>>.'],
  ['de', 'Fehler <<0x80070005>> bei <<30 %>>, Modell <<A2342>>.'],
  ['fr', 'Modèle <<A2633>>, <<iPadOS 18.1>>, le <<2 décembre 2026>>.'],
  ['ja', 'エラー<<-1009>>、<<12月5日>>に<<98%>>で止まりました。'],
  ['zh', '错误代码<<4013>>，<<12月5日>>，<<iOS 17.4.1>>。'],
  // Words set off by commas after a relative that stay (a name set off alike: below, it.fails)
  ['en', 'my son, <<however>>, tried <<iOS 17.5>>'],
  ['en', 'my son, <<apparently>>, tried again'],
  ['fr', 'mon fils, <<pourtant>>, a essayé'],
  ['de', 'mein Sohn, <<übrigens>>, hat es versucht'],
  ['es', 'mi hija, <<finalmente>>, lo borró'],
  ['it', 'mio figlio, <<invece>>, non ha problemi'],
  // The name on an account as a field, found failing in the second batch; these written before
  // the fix
  ['en', 'Name on the account: [[Li Wei]]'],
  ['en', 'name on account: [[ben harper]]'],
  ['de', 'Name auf dem Konto: [[Sabine Krüger]]'],
  ['fr', 'Nom sur le compte : [[Luc Martin]]'],
  ['es', 'Nombre en la cuenta: [[Rosa Díaz]]'],
  ['it', "Nome sull'account: [[Paolo Conte]]"],
];

describe('redaction probes, twenty-sixth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // Lower case after a relative is a verb far more often than a name ("my son restarted it", "my
  // wife uses icloud"); no lexicon here tells "jérôme" from a verb it does not list.
  it.fails('masks a name typed in lower case after a relative (mon mari jérôme)', () => {
    expect(markedFailures([['fr', 'mon mari [[jérôme]] dit que ça bloque à <<87 %>>']])).toEqual(
      [],
    );
  });

  // Set off by commas after a relative, a lower-case name and an aside ("however", "pourtant",
  // "übrigens", "invece") look alike, and the lexicon lists no such asides: tried and reverted.
  it.fails('masks a lower-case name set off by commas after a relative (my husband, dave,)', () => {
    const probes: MarkedProbe[] = [
      ['en', 'my husband, [[dave]], said it stops at <<97%>>'],
      ['fr', 'mon mari, [[jérôme]], dit que ça bloque'],
      ['es', 'mi marido, [[javier]], dice que no'],
      ['de', 'mein Mann, [[jürgen]], sagt das auch'],
      ['it', 'mia moglie, [[chiara]], ha lo stesso problema'],
    ];
    expect(markedFailures(probes)).toEqual([]);
  });

  // です follows any noun ("容量不足です"), and there is no list of Japanese surnames to tell a
  // name before it.
  it.fails('masks a Japanese full name introduced with です (山田太郎です)', () => {
    expect(markedFailures([['ja', '[[山田太郎]]です。よろしくお願いします。']])).toEqual([]);
  });
});
