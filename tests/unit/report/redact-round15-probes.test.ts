import { describe, expect, it } from 'vitest';
import { markedFailures } from './redact-marked';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Notes and pasted
 * support chats in 23 languages: relatives named after a word for them in every script (Arabic,
 * Hebrew and Persian with the possessive and prepositions glued on, in-laws and cousins, "my
 * sister's husband", Slavic cases after a preposition), greetings and sign-offs, chat speakers
 * (also "Jerome (Apple):", "客服 小美："), addresses in a sentence and labelled addresses in several
 * parts, local phone numbers, Apple IDs that are no emails, and what must stay: cities in brackets
 * after a device or a shop, months, products, apps, plans, error codes. 35 of 134 failed before.
 */
const PROBES: [lang: string, text: string][] = [
  // Relatives named, Arabic, Hebrew, Persian: prefixes and possessive suffixes.
  ['ar', 'جهاز أخي [[يوسف]] لا ينسخ احتياطياً منذ <<مارس>>.'],
  ['ar', 'اشتريت <<iPhone 15>> لأختي [[ريم]] والنسخ يفشل.'],
  ['ar', 'جربت مع زوجتي [[ليلى]] ولم ينجح.'],
  ['ar', 'وابني [[كريم]] عنده نفس المشكلة.'],
  ['ar', 'هاتف والدتي [[سعاد]] يقول <<فشل النسخ الاحتياطي>>.'],
  ['ar', 'بنتي [[جنى]] تستخدم <<iPad Air>>.'],
  ['ar', 'ابنتي تستخدم <<iPad Air>> ولا يعمل النسخ.'],
  ['ar', 'أخي <<قال>> إن المساحة ممتلئة.'],
  ['ar', 'زوجي <<جرب>> إعادة التشغيل.'],
  ['he', 'האייפון של אחי [[עומר]] לא מגבה.'],
  ['he', 'קניתי <<iPad>> לבתי [[נועה]] והגיבוי נכשל.'],
  ['he', 'ניסיתי עם אשתי [[שירה]] וזה לא עבד.'],
  ['he', 'ולאחותי [[מיכל]] יש את אותה שגיאה.'],
  ['he', 'בעלי <<ניסה>> להתנתק ולהתחבר.'],
  ['he', 'אמא שלי [[רחל]] מקבלת <<הגיבוי נכשל>>.'],
  ['fa', 'همسرم [[سارا]] هم همین خطا را دارد.'],
  // Relatives named, cased scripts.
  ['en', "my sister's husband [[Tom]] set up the <<iPhone 14>>."],
  ['en', "My wife's cousin [[Deirdre]] has <<iCloud+ 50 GB>>."],
  ['en', 'I share with my stepson [[Callum]] and my niece [[Orla]].'],
  ['en', 'My granddaughter [[Skye]] says it fails since <<September>>.'],
  ['de', 'Das iPhone meines Schwagers [[Dietmar]] sichert nicht.'],
  ['de', 'Mit meiner Nichte [[Lotte]] teile ich <<iCloud+>>.'],
  ['fr', 'Mon beau-frère [[Grégoire]] a le même souci depuis <<mai>>.'],
  ['fr', "J'ai aidé ma cousine [[Solène]] avec son <<iPad>>."],
  ['es', 'Mi cuñado [[Rodrigo]] tiene <<iPhone 13>>.'],
  ['es', 'A mi sobrina [[Ximena]] le sale <<Copia de seguridad fallida>>.'],
  ['it', 'Mia cognata [[Benedetta]] ha lo stesso errore.'],
  ['pt-BR', 'Meu sobrinho [[Kauã]] usa <<iPhone 11>>.'],
  ['nl', 'Mijn schoonzus [[Lieke]] heeft hetzelfde probleem.'],
  ['sv', 'Min svåger [[Mattias]] har samma fel.'],
  ['pl', 'Mój szwagier [[Zbigniew]] ma ten sam problem.'],
  ['pl', 'Z moją siostrą [[Agnieszką]] próbowałam wczoraj.'],
  ['ru', 'У моего племянника [[Арсения]] та же ошибка.'],
  ['ru', 'Я пробовал вместе с тёщей [[Валентиной]].'],
  ['uk', 'У моєї сестри [[Олесі]] така ж помилка.'],
  ['tr', 'Ablam [[Elif]] da aynı hatayı alıyor.'],
  ['tr', 'Eşim [[Murat]] ile denedik.'],
  ['vi', 'Em gái tôi [[Lan]] cũng bị lỗi này.'],
  ['id', 'Suami saya [[Budi]] juga gagal backup.'],
  ['ja', '姉の[[美咲]]もiPhoneのバックアップができません。'],
  ['zh-CN', '我姐姐[[王丽]]的iPhone也备份失败。'],
  ['zh-TW', '我太太[[林美玲]]的iPad也無法備份。'],
  ['hi', 'मेरे भाई [[विकास]] का फ़ोन भी बैकअप नहीं ले रहा।'],
  ['th', 'พี่สาวของฉันชื่อ[[มาลี]] ก็มีปัญหาเดียวกัน'],
  // Greetings and sign-offs.
  ['en', 'Good morning [[Priscilla]],\nno luck yet.\nMany thanks,\n[[Rupert Ashdown]]'],
  ['de', 'Servus [[Florian]],\nleider nix.\nBeste Grüße\n[[Sabine Huber]]'],
  ['fr', 'Coucou [[Inès]],\ntoujours rien.\nBien à vous,\n[[Yannick Perrot]]'],
  ['es', 'Hola [[Esteban]]:\nsigue igual.\nSaludos cordiales,\n[[Marisol Vega]]'],
  ['it', 'Buongiorno [[Tiziana]],\nniente da fare.\nA presto,\n[[Fabrizio Conti]]'],
  ['pt-BR', 'Olá [[Rafaela]],\nnada ainda.\nAtt,\n[[Gustavo Lima]]'],
  ['nl', 'Beste [[Sanne]],\nnog steeds niks.\nMet vriendelijke groet,\n[[Jeroen Bakker]]'],
  ['sv', 'Hej [[Elin]],\nfortfarande fel.\nVänliga hälsningar\n[[Johan Berg]]'],
  ['pl', 'Cześć [[Kuba]],\nnadal nie działa.\nDzięki,\n[[Marta Nowak]]'],
  ['ru', 'Здравствуйте, [[Дмитрий]]!\nВсё так же.\nСпасибо,\n[[Елена Смирнова]]'],
  ['uk', 'Привіт, [[Тарас]]!\nНе працює.\nДякую,\n[[Ірина Коваль]]'],
  ['tr', 'Selam [[Emre]],\nhâlâ aynı.\nTeşekkürler,\n[[Ayşe Demir]]'],
  ['ar', 'مرحباً [[سامي]]،\nلا يزال يفشل.\nشكراً،\n[[هالة منصور]]'],
  ['he', 'היי [[אורי]],\nעדיין לא עובד.\nתודה,\n[[גלית לוי]]'],
  ['ja', 'バックアップできません。\nよろしくお願いします。\n[[高橋 一郎]]'],
  ['zh-CN', '还是不行。\n谢谢！\n[[刘洋]]'],
  ['ko', '아직 안 됩니다.\n감사합니다.\n[[김서연]]'],
  ['vi', 'Chào chị [[Hương]],\nvẫn lỗi.\nCảm ơn,\n[[Phạm Văn Đức]]'],
  // Chat transcripts.
  [
    'en',
    'Chat with Apple Support\nAdvisor [[Tamsin]]: Hi, what happens?\nMe: <<iCloud Backup failed>>',
  ],
  ['en', '[[Jerome]] (Apple): please go to <<Settings>>.\nYou: ok'],
  ['en', 'Agent: My name is [[Lucinda]], case <<102938475612>>.\nCustomer: thanks'],
  ['de', 'Support-Mitarbeiter [[Jannik]]: Bitte neu starten.\nSie: gemacht'],
  ['fr', 'Conseillère [[Clémence]] : Pouvez-vous vérifier <<Réglages>> ?'],
  ['es', 'Agente [[Joaquín]]: ¿Cuánto espacio tiene libre?\nTú: <<2 GB>>'],
  ['it', 'Consulente [[Arianna]]: Ha provato a riavviare?'],
  ['pt-BR', 'Consultor [[Renato]]: Vamos redefinir os ajustes.'],
  ['ru', 'Оператор [[Ксения]]: Попробуйте ещё раз.'],
  ['ja', 'アドバイザー [[佐藤]]：設定を確認してください。'],
  ['ko', '상담원 [[정민]]님: 재시동해 보세요.'],
  ['zh-CN', '客服 [[小美]]：请重启设备。'],
  // Addresses in running text and labelled addresses.
  ['en', 'Address: [[45 Maple Drive]], [[Bristol]] [[BS1 4DJ]]'],
  ['en', 'My address: [[1208 Sunset Blvd]], [[Los Angeles]], [[CA 90026]]'],
  ['fr', 'Adresse : [[8 avenue Foch]], [[69006]] [[Lyon]]'],
  ['fr', 'Adresse postale : [[3 impasse des Roses]], [[33000 Bordeaux]]'],
  ['de', 'Adresse: [[Birkenweg 9]], [[50667]] [[Köln]]'],
  ['de', 'Anschrift: [[Marktplatz 2]], [[01067 Dresden]]'],
  ['es', 'Dirección: [[Calle Luna 14]], [[28004]] [[Madrid]]'],
  ['it', 'Indirizzo: [[Via Dante 31]], [[20121]] [[Milano]]'],
  ['nl', 'Adres: [[Prinsengracht 263]], [[1016 GV]] [[Amsterdam]]'],
  ['pl', 'Adres: [[ul. Lipowa 3]], [[31-000]] [[Kraków]]'],
  ['pt-BR', 'Endereço: [[Rua Augusta, 500]], [[01305-000]] [[São Paulo]]'],
  ['sv', 'Adress: [[Storgatan 8]], [[411 38]] [[Göteborg]]'],
  ['en', 'we moved to [[19 Cherry Tree Walk]] last year'],
  ['es', 'me mudé a [[calle Alcalá 200]] en <<enero>>'],
  // Phone numbers in local formats.
  ['en', 'Call me on [[07911 123456]] after 5.'],
  ['de', 'Meine Nummer: [[0151 23456789]]'],
  ['fr', 'Rappelez-moi au [[06.12.34.56.78]].'],
  ['es', 'Mi móvil es [[612 34 56 78]].'],
  ['it', 'Il mio cellulare: [[347 123 4567]]'],
  ['nl', 'Bel me op [[06-12345678]].'],
  ['pt-BR', 'Meu WhatsApp: [[(11) 98765-4321]]'],
  ['ru', 'Мой телефон [[8 (916) 123-45-67]].'],
  ['tr', 'Telefonum [[0532 123 45 67]].'],
  ['ja', '電話番号は[[090-8765-4321]]です。'],
  ['ko', '연락처: [[010-9876-5432]]'],
  ['zh-CN', '我的手机是[[138 0013 8000]]。'],
  ['ar', 'رقمي [[0551234567]]'],
  ['he', 'הטלפון שלי [[052-1234567]]'],
  ['hi', 'मेरा नंबर [[98765 43210]] है'],
  // Apple IDs that are not emails, and passwords.
  ['en', 'Apple ID: [[marco.rossi77]]'],
  ['de', 'Meine Apple-ID ist [[kathi_b1990]]'],
  ['es', 'ID de Apple: [[lupita.gz]]'],
  ['en', 'my apple id password is [[Tulip#2024]]'],
  // Over-masking traps: places in brackets, shops, months, products, apps, plans, codes.
  ['en', 'My <<iPhone 13 (Chicago)>> fails, the iPad at home is fine.'],
  ['en', 'Both <<iPad Pro (Melbourne)>> and <<iPhone 12 (Toronto)>> fail since <<April>>.'],
  ['de', 'Mein <<iPhone 14 (München)>> und das <<iPad (Berlin)>> sichern nicht.'],
  ['fr', 'Mon <<iPhone 12 (Marseille)>> ne sauvegarde plus.'],
  ['es', 'Mi <<iPhone 15 (Barcelona)>> falla desde <<junio>>.'],
  ['it', 'Il mio <<iPhone 13 (Torino)>> non fa il backup.'],
  ['nl', 'Mijn <<iPhone 11 (Utrecht)>> maakt geen back-up.'],
  ['pl', 'Mój <<iPhone 12 (Warszawa)>> nie robi kopii.'],
  ['sv', 'Min <<iPhone 13 (Stockholm)>> säkerhetskopierar inte.'],
  ['pt-BR', 'Meu <<iPhone 14 (Recife)>> não faz backup.'],
  ['en', 'Apple Store <<(Covent Garden)>> replaced the screen.'],
  ['en', 'Apple <<Fifth Avenue>> said to wait until <<March>>.'],
  ['en', 'Plans: <<iCloud+ 2 TB>>, <<Apple One Family>>; error <<-1009>>.'],
  ['en', '<<Microsoft Authenticator>> and <<Google Drive>> are huge.'],
  ['de', 'Fehler <<4013>> im <<Juli>>, <<iCloud+ 200 GB>>.'],
  ['fr', 'Erreur <<-54>> avec <<Photos iCloud>> en <<décembre>>.'],
  ['ja', '<<LINE>>のトーク履歴が大きいです。'],
  ['zh-TW', '<<LINE>>和<<Instagram>>佔了很多空間。'],
  ['ko', '<<네이버>> 앱과 <<카카오톡>>이 큽니다.'],
  ['ru', 'Я живу в <<Казани>>, оператор <<МТС>>.'],
  ['tr', '<<İzmir>>de yaşıyorum, <<Turkcell>> kullanıyorum.'],
  ['en', 'I live in <<Manchester>> and use <<Vodafone>>.'],
  ['en', 'Repair <<R123456789>>, case <<102345678901>>, <<iOS 18.1>>.'],
  ['he', 'אני גר ב<<תל אביב>>, <<iPhone 15 Pro>>.'],
  ['ar', 'أعيش في <<القاهرة>>، والجهاز <<iPhone 14>>.'],
];

/**
 * A second batch, written after the first fixes and before the next ones: 6 of 30 failed (a
 * Hebrew name before "I bought", "we tried"; an Arabic one before "but he"; "(Kyiv)", whose time
 * zone is still "Kiev").
 */
const SECOND: [lang: string, text: string][] = [
  ['ar', 'هاتف [[أخي محمد]]؟ لا، هاتف عمي [[طارق]] يفشل.'],
  ['ar', 'وصديقتي [[نورة]] عندها iPhone 12.'],
  ['ar', 'حاولت مع ابن خالي [[سلمان]] لكنه لم ينجح.'],
  ['he', 'ובשביל הבן שלי [[איתי]] קניתי iCloud+.'],
  ['he', 'של אחי [[דוד]] לא מגבה.'],
  ['he', 'עם גיסתי [[ליאת]] ניסינו, לא עבד.'],
  ['fa', 'خواهرم [[مریم]]، گفت که پر است.'],
  ['en', "Mum's partner [[Graham]] tried it too."],
  ['en', "My brother-in-law's daughter [[Imogen]] has iOS 17."],
  ['ru', 'Мой шурин [[Аркадий]] тоже пробовал.'],
  ['de', 'Mein Cousin [[Jannis]] hat das gleiche Problem.'],
  ['fr', 'Ma belle-sœur [[Capucine]] a le même problème.'],
  ['it', 'Il mio cognato [[Ettore]] ha iOS 17.'],
  ['pt-BR', 'Minha cunhada [[Jéssica]] também.'],
  ['en', 'iPhone 13 <<(New York)>> and iPad <<(Los Angeles)>>'],
  ['en', 'My iPad <<(Den Haag)>> fails'],
  ['en', 'iPhone 15 <<(Kyiv)>> fails'],
  ['en', 'iPad Air <<(Rio de Janeiro)>> fails'],
  ['en', 'iPhone 14 <<(Zürich)>> fails'],
  ['en', 'iPhone <<(Krakow)>> fails'],
  ['pt', 'iPhone <<(Lisbon)>> fails'],
  ['en', 'iPhone ([[Sydney]]) fails'],
  ['en', 'iPhone ([[Lima]]) fails'],
  ['en', 'Customer ([[Paula Reyes]]): hi'],
  ['en', '[09:12] [[Nadia]] (Apple Support): Hello!'],
  ['de', '[[Dominik]] (Berater): Bitte neu starten.'],
  ['zh-CN', '技术支持 [[王工]]：请更新系统。'],
  ['ja', '担当 [[鈴木]]：了解しました。'],
];

/**
 * A relative named after a comma, in Russian and Ukrainian (one failed before: "мами, Галини
 * Іванівни"), and what must stay there: a product, a network, a city opening the next clause.
 */
const APPOSITION: [lang: string, text: string][] = [
  ['uk', 'Пишу від імені мами, [[Галини Іванівни]]: не працює.'],
  ['ru', 'Купил для жены, [[Марины]], iPhone 15.'],
  ['ru', 'Телефон сына, <<Apple ID>> которого заблокирован.'],
  ['ru', 'У мамы, <<Айфон>> старый.'],
  ['ru', 'Звонила дочка, <<потом>> всё сломалось.'],
  ['ru', 'Отправил брату, <<Москва>> далеко.'],
];

/**
 * Written after the fixes, against them: what the new rules must not take (a verb, a state or an
 * adverb after an Arabic, Hebrew or Persian relative; a city that is also a first name; a side or
 * a heading in a chat; a product after a Slavic relative).
 */
const TRAPS: [lang: string, text: string][] = [
  ['ar', 'أخي <<لا يعرف>> كلمة السر.'],
  ['ar', 'ابني <<عنده>> مشكلة.'],
  ['ar', 'أمي <<تريد>> أن تعرف.'],
  ['ar', 'ابنتي <<تحاول تنزيل>> الصور.'],
  ['ar', 'زوجتي <<مريضة>> ولا تستطيع.'],
  ['ar', 'ابني <<الصغير>> لا يستطيع.'],
  ['ar', 'أمي <<كمان>> عندها نفس المشكلة.'],
  ['ar', 'ابن عمي [[حسام]] يستخدم نفس الجهاز.'],
  ['he', 'לאחי <<יש>> אייפון.'],
  ['he', 'הבת שלי <<רוצה>> גיבוי.'],
  ['he', 'אשתי <<גם ניסתה>>.'],
  ['he', 'אחי <<תמיד>> אומר שזה מלא.'],
  ['he', 'בני <<משפחה>> שלי גם.'],
  ['fa', 'مادرم <<همیشه>> می‌گوید که پر است.'],
  ['fa', 'برادرم <<گوشی>> جدید خرید.'],
  ['en', 'iPhone ([[Sofia]]) fails.'],
  ['en', 'my iPad ([[Regina]]) fails'],
  ['en', 'iPad <<(Bologna)>> and iPhone ([[Anna]])'],
  ['en', '<<Customer (Apple)>>: hello'],
  ['en', '<<Me (Support)>>: hi'],
  ['en', '[[Harold]] (Advisor): please restart'],
  ['en', "my sister's husband <<said>> to wait"],
  ['en', "My sister's <<iPhone Air>> fails."],
  ['ru', 'У брата <<Apple ID>> заблокирован.'],
  ['ru', 'с мамой <<Айфон>> не работает'],
  ['pl', 'z siostrą <<Apple Music>> nie działa'],
  ['zh-CN', '客服 <<回复>>：请重启'],
  ['ja', 'アドバイザー <<回答>>：再起動してください'],
];

/**
 * Left in this round, written as they failed, and masked since the sixteenth: an Arabic name before
 * a noun ("لزوجي فهد حساب منفصل", for my husband Fahd a separate account); a Persian name before
 * an object, the verb last; a Korean name with the subject marker 이 ("지훈이 아이폰도").
 */
const LEFT: [lang: string, text: string][] = [
  ['ar', 'لزوجي [[فهد]] حساب منفصل.'],
  ['fa', 'گوشی برادرم [[امیر]] پشتیبان نمی‌گیرد.'],
  ['ko', '제 남편 [[지훈]]이 아이폰도 안 돼요.'],
];

describe('redaction probes, fifteenth round (23 languages)', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures([...PROBES, ...SECOND, ...APPOSITION, ...TRAPS])).toEqual([]);
  });

  it('masks the names left in this round', () => {
    expect(markedFailures(LEFT)).toEqual([]);
  });
});
