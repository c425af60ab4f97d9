import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Support notes and
 * pasted chats in 24 languages. 21 of 210 failed before: Korean names with a particle after a
 * relative ("딸 하은도", "동생 승우랑", "친구 예린의") and a noun read as one ("엄마 모임이"), Persian
 * "من … هستم", "اسم من …", greetings and sign-offs, "پدرم هر روز" (every day) read as a name, two
 * unlisted Arabic feminine verbs ("أمي صورت ونشرت"), "شكراً لكم" before a signed name, Ukrainian
 * "мене звуть", and the four kept below.
 */
const PROBES: MarkedProbe[] = [
  // English
  ['en', 'My daughter [[Harriet]] keeps getting the backup failed alert on her iPad.'],
  ['en', 'Hi [[Doreen]],\nthanks for the call. Still failing.'],
  ['en', 'Call me on [[07700 900123]] after <<5pm>>.'],
  ['en', 'Cheers,\n[[Callum]]'],
  ['en', 'My Apple ID is [[tom.baxter82@icloud.com]] and the error is <<-1009>>.'],
  ['en', 'Serial: [[F4GXK2LMQ1]], bought in <<March>>.'],
  ['en', 'Case number <<102398457612>>, advisor [[Brianna]] said to wait <<48 hours>>.'],
  ['en', 'Our neighbour [[Graham]] tried <<Reset Network Settings>> too.'],
  // German
  ['de', 'Mein Sohn [[Lukas]] hat dasselbe Problem mit dem <<iCloud-Backup>>.'],
  ['de', 'Hallo Frau [[Krüger]], danke für die Hilfe.'],
  ['de', 'Erreichbar unter [[0176 23456789]] ab <<18 Uhr>>.'],
  ['de', 'Liebe Grüße\n[[Annegret]]'],
  ['de', 'Meine Kollegin [[Birgit Hoffmann]] hat das gleiche <<iPhone 13>>.'],
  ['de', 'Adresse: [[Lindenallee 14, 50968 Köln]]'],
  ['de', 'Das Backup schlägt seit <<Dienstag>> fehl, <<Fehler 4013>>.'],
  // Spanish
  ['es', 'Mi suegra [[Remedios]] tampoco puede hacer la copia.'],
  ['es', 'Buenas tardes, soy [[Maite Ordóñez]] y escribo por la copia de iCloud.'],
  ['es', 'Mi móvil es el [[612 34 56 78]], llamad por la mañana.'],
  ['es', 'Un saludo,\n[[Íñigo]]'],
  ['es', 'Vivo en <<Zaragoza>> y tengo <<Orange>>; el error sale desde <<junio>>.'],
  ['es', 'Mi contraseña es [[Gatito2019!]] por si la necesitan.'],
  // French
  ['fr', 'Ma belle-sœur [[Ghislaine]] a le même souci.'],
  ['fr', 'Bonjour [[Mathis]],\nla sauvegarde échoue encore.'],
  ['fr', 'Mon numéro : [[06 45 23 18 90]].'],
  ['fr', 'Bien à vous,\n[[Apolline Garnier]]'],
  ['fr', "L'erreur <<4013>> apparaît depuis <<lundi>> sur l'<<iPad Air>>."],
  ['fr', 'Numéro de dossier <<102345678912>>, conseillère [[Noémie]].'],
  // Italian
  ['it', 'Mia nonna [[Concetta]] non riesce a fare il backup.'],
  ['it', 'Salve, sono [[Gianluca Ferri]], vi scrivo per il backup.'],
  ['it', 'Cellulare: [[347 123 4567]]'],
  ['it', 'Un caro saluto,\n[[Ornella]]'],
  ['it', 'Uso <<TIM>> e abito a <<Bologna>>, errore dal <<mese scorso>>.'],
  // Portuguese
  ['pt', 'Minha sogra [[Conceição]] também tem o erro.'],
  ['pt', 'Olá [[Rafael]], obrigado pela ajuda.'],
  ['pt', 'Meu celular: [[(11) 98765-4321]]'],
  ['pt', 'Abraços,\n[[Thiago Moreira]]'],
  ['pt', 'Moro em <<Porto Alegre>> e o backup falha desde <<março>>.'],
  ['pt', 'Telemóvel [[912 345 678]], ligue depois das <<19h>>.'],
  // Dutch
  ['nl', 'Mijn schoonmoeder [[Riet]] heeft hetzelfde probleem.'],
  ['nl', 'Hoi [[Sanne]],\nhet werkt nog steeds niet.'],
  ['nl', 'Bel me op [[06-12345678]].'],
  ['nl', 'Met vriendelijke groet,\n[[Joost Bakker]]'],
  ['nl', 'De back-up mislukt sinds <<maandag>> met <<5 GB>> vrij.'],
  // Polish
  ['pl', 'Mój syn [[Kacper]] też ma ten problem.'],
  ['pl', 'Dzień dobry, nazywam się [[Agnieszka Kowalczyk]].'],
  ['pl', 'Proszę dzwonić: [[+48 601 234 567]].'],
  ['pl', 'Z poważaniem\n[[Grzegorz Nowicki]]'],
  ['pl', 'Kopia nie działa od <<wtorku>>, mam <<iPhone 12>>.'],
  // Russian
  ['ru', 'Мой муж [[Дмитрий]] тоже не может сделать копию.'],
  ['ru', 'Здравствуйте, [[Марина]]!\nКопия всё ещё не создаётся.'],
  ['ru', 'Мой номер [[8 (916) 123-45-67]].'],
  ['ru', 'Спасибо,\n[[Константин Воробьёв]]'],
  ['ru', 'Ошибка появляется с <<понедельника>>, место есть, <<50 ГБ>>.'],
  ['ru', 'Пароль от Apple ID: [[Kotik2020]]'],
  // Ukrainian
  ['uk', 'Моя донька [[Соломія]] має таку саму проблему.'],
  ['uk', 'Добрий день, мене звуть [[Тарас Шевчук]].'],
  ['uk', 'Телефон: [[+380 67 123 45 67]]'],
  ['uk', 'З повагою,\n[[Ірина Коваленко]]'],
  ['uk', 'Живу в <<Одесі>>, оператор <<lifecell>>.'],
  // Czech
  ['cs', 'Moje dcera [[Tereza]] má stejný problém.'],
  ['cs', 'Dobrý den, jmenuji se [[Radek Svoboda]].'],
  ['cs', 'Telefon: [[+420 603 123 456]]'],
  ['cs', 'Zálohování selhává od <<pondělí>>, chyba <<4013>>.'],
  // Turkish
  ['tr', 'Eşim [[Selin]] de aynı hatayı alıyor.'],
  ['tr', 'Merhaba, ben [[Emre Aydın]], yedekleme sorunu yaşıyorum.'],
  ['tr', 'Telefonum: [[0532 123 45 67]]'],
  ['tr', 'Saygılarımla,\n[[Mehmet Öztürk]]'],
  ['tr', '<<İzmir>>de yaşıyorum, <<Turkcell>> kullanıyorum.'],
  // Swedish
  ['sv', 'Min man [[Johan]] har samma problem.'],
  ['sv', 'Hej [[Linnea]]!\nDet funkar fortfarande inte.'],
  ['sv', 'Ring mig på [[070-123 45 67]].'],
  ['sv', 'Vänliga hälsningar\n[[Björn Sandberg]]'],
  ['sv', 'Säkerhetskopian misslyckas sedan <<tisdag>>.'],
  // Greek
  ['el', 'Ο γιος μου [[Στέφανος]] έχει το ίδιο πρόβλημα.'],
  ['el', 'Καλησπέρα, λέγομαι [[Κατερίνα Νικολάου]].'],
  ['el', 'Κινητό: [[697 123 4567]]'],
  ['el', 'Μένω στη <<Θεσσαλονίκη>>, σφάλμα από τη <<Δευτέρα>>.'],
  // Vietnamese
  ['vi', 'Con gái tôi [[Linh]] cũng bị lỗi sao lưu.'],
  ['vi', 'Xin chào, tôi là [[Trần Văn Hùng]].'],
  ['vi', 'SĐT: [[0903 123 456]]'],
  ['vi', 'Tôi ở <<Đà Nẵng>>, dùng <<Mobifone>>.'],
  // Indonesian
  ['id', 'Adik saya [[Rizky]] juga gagal backup.'],
  ['id', 'Halo, saya [[Putri Handayani]], mau tanya soal iCloud.'],
  ['id', 'No. HP: [[0812-3456-7890]]'],
  ['id', 'Saya pakai <<Indosat>> di <<Bandung>>.'],
  // Japanese
  ['ja', '娘の[[美咲]]もバックアップできません。'],
  ['ja', '[[山田]]さん、ご対応ありがとうございます。'],
  ['ja', '携帯：[[090-1234-5678]]'],
  ['ja', 'よろしくお願いします。\n[[高橋 誠]]'],
  ['ja', '<<大阪>>在住、<<ソフトバンク>>を使っています。エラーは<<先週>>からです。'],
  ['ja', '母の[[恵子]]が使っているiPadです。'],
  // Chinese
  ['zh', '我女儿[[小雨]]的iPad也备份失败。'],
  ['zh', '您好，我是[[王建国]]。'],
  ['zh', '联系电话：[[138 0013 8000]]'],
  ['zh', '谢谢！\n[[刘芳]]'],
  ['zh', '我在<<深圳>>，用的是<<中国联通>>，从<<上周>>开始失败。'],
  // Korean
  ['ko', '딸 [[하은]]도 같은 문제예요.'],
  ['ko', '엄마 <<모임>>이 사진을 올려요.'],
  ['ko', '아들 [[도윤]]도 아이폰을 써요.'],
  ['ko', '남편 [[재훈]]은 백업이 돼요.'],
  ['ko', '언니 [[지민]]한테 물어봤어요.'],
  ['ko', '동생 [[승우]]랑 같이 써요.'],
  ['ko', '아빠 <<회사>>도 아이폰을 써요.'],
  ['ko', '딸 <<학교>>에서 아이패드를 써요.'],
  ['ko', '남편 <<차>>에서 충전해요.'],
  ['ko', '안녕하세요, 저는 [[김서연]]입니다.'],
  ['ko', '연락처: [[010-9876-5432]]'],
  ['ko', '감사합니다.\n[[이준호]] 드림'],
  ['ko', '<<부산>>에 살고 <<KT>>를 씁니다. 오류는 <<월요일>>부터예요.'],
  ['ko', '친구 [[예린]]의 아이폰도 그래요.'],
  ['ko', '아내 <<생일>>에 산 아이패드예요.'],
  ['ko', '엄마 <<정보>>가 다 지워졌어요.'],
  ['ko', '딸 <<음악>>이 안 나와요.'],
  ['ko', '남편 <<카톡>>이 백업이 안 돼요.'],
  ['ko', '아들 <<게임>>이 용량을 다 차지해요.'],
  // Persian
  ['fa', 'دخترم [[مریم]] هم همین مشکل را دارد.'],
  ['fa', 'سلام، من [[امیر حسینی]] هستم.'],
  ['fa', 'برادرم [[کاوه]] آیفون را ریست کرد.'],
  ['fa', 'مادرم <<امروز>> آیپد را شارژ کرد.'],
  ['fa', 'شماره تماس: [[۰۹۱۲ ۳۴۵ ۶۷۸۹]]'],
  ['fa', 'همسرم <<قبلاً>> پشتیبان را پاک کرد.'],
  ['fa', 'پسرم <<اصلا>> آیکلود را باز نمی‌کند.'],
  ['fa', 'با تشکر،\n[[نیلوفر رحیمی]]'],
  ['fa', 'خواهرم [[شیرین]] عکس‌ها را فرستاد.'],
  // Arabic
  ['ar', 'أختي [[نورة]] لا تستطيع النسخ الاحتياطي.'],
  ['ar', 'مرحباً [[فيصل]]،\nالمشكلة مستمرة.'],
  ['ar', 'جوالي: [[055 123 4567]]'],
  ['ar', 'مع التحية،\n[[سلمان الدوسري]]'],
  ['ar', 'أخي <<سافر>> <<واشترى>> جهازاً.'],
  ['ar', 'أمي <<ضغطت>> <<ومسحت>> الصور.'],
  ['ar', 'ابني <<نزّل>> <<وحذف>> التطبيق.'],
  ['ar', 'زوجتي <<فتحت>> <<ونسيت>> الرمز.'],
  ['ar', 'أعيش في <<جدة>> وأستخدم <<موبايلي>>.'],
  ['ar', 'اسمي [[ريم القحطاني]] ورقم جوالي [[0551234567]].'],
  // Hebrew
  ['he', 'הבת שלי [[נועה]] לא מצליחה לגבות.'],
  ['he', 'היי [[אורי]],\nעדיין לא עובד.'],
  ['he', 'נייד: [[052-123-4567]]'],
  ['he', 'תודה רבה,\n[[שירה לוי]]'],
  ['he', 'אני גר ב<<תל אביב>>, ספק <<סלקום>>.'],
  ['he', 'אחי <<התקין>> <<ומחק>> את האפליקציה.'],
  // Hindi
  ['hi', 'मेरे भाई [[रोहन]] का iPhone भी बैकअप नहीं लेता।'],
  ['hi', 'नमस्ते [[सुनीता]],\nसमस्या अब भी है।'],
  ['hi', 'मोबाइल: [[98765 43210]]'],
  ['hi', 'धन्यवाद,\n[[विकास मेहता]]'],
  ['hi', 'मैं <<पुणे>> में रहती हूँ, <<Airtel>> है।'],
  // Thai
  ['th', 'สวัสดีค่ะ ดิฉันชื่อ[[มาลี]]ค่ะ'],
  ['th', 'โทร [[089-123-4567]]'],
  ['th', 'ขอบคุณค่ะ\n[[สุดา แก้วมณี]]'],
  ['th', 'อยู่<<เชียงใหม่>> ใช้ <<dtac>>'],
  // Chats pasted
  ['en', 'Apple Support (Tiffany): Thanks for waiting.\nMe: no problem, error <<4013>>.'],
  ['de', 'Berater [[Sven]]: Bitte starten Sie neu.'],
  ['fr', 'Conseiller [[Baptiste]] : Avez-vous essayé ?'],
  ['ja', 'アドバイザー [[鈴木]]：再起動をお試しください。'],
  ['zh', '客服 [[阿强]]：请您重启设备。'],
  ['ko', '상담원 [[박민지]]님: 재시작해 보세요.'],
  // A second batch, harder: relatives and particles in languages without capitals, phones.
  ['ko', '아내 [[소희]]가 백업을 껐어요.'],
  ['ko', '우리 딸 [[서아]]는 아이패드만 써요.'],
  ['ko', '할아버지 [[영수]]도 사진이 안 올라가요.'],
  ['ko', '남편 <<휴대폰>>도 안 돼요.'],
  ['ko', '엄마 <<친구>>도 같은 문제래요.'],
  ['ko', '딸 <<방>>에서 와이파이가 약해요.'],
  ['ko', '아들 <<선생님>>이 알려줬어요.'],
  ['ko', '저는 [[최유진]]이고 연락처는 [[010 1234 5678]]입니다.'],
  ['ko', '남동생 [[현우]]한테서 받은 아이폰이에요.'],
  ['ko', '오빠 <<결혼식>> 사진이 사라졌어요.'],
  ['fa', 'دوستم [[آرش]] گفت باید حافظه را خالی کنم.'],
  ['fa', 'پدرم <<هر>> روز عکس می‌گیرد.'],
  ['fa', 'من [[سارا]] هستم و آیفون ۱۳ دارم.'],
  ['fa', 'همسرم [[نگار]] هم آیپد دارد.'],
  ['ar', 'صديقي [[عمر]] عنده نفس المشكلة.'],
  ['ar', 'أبي <<اتصل>> <<وسأل>> عن الحل.'],
  ['ar', 'ابنتي [[جود]] لا تعرف كلمة السر.'],
  ['ar', 'أختي <<دخلت>> <<وغيرت>> الإعدادات.'],
  ['ar', 'شكراً لكم،\n[[مازن الحربي]]'],
  ['he', 'הבן שלי [[איתי]] גם לא מצליח.'],
  ['he', 'אשתי <<הורידה>> <<ומחקה>> תמונות.'],
  ['he', 'שמי [[רונית כהן]], מספר טלפון [[050-7654321]].'],
  ['hi', 'मेरी पत्नी [[नेहा]] ने भी कोशिश की।'],
  ['hi', 'मेरा नाम [[राहुल वर्मा]] है और मैं <<मुंबई>> में रहता हूँ।'],
  ['hi', 'मेरे पति <<ऑफिस>> में हैं।'],
  ['th', 'ผมชื่อ[[ธนพล]] เบอร์ [[062-345-6789]] ครับ'],
  ['ja', '息子の[[翔太]]のiPadも同じです。'],
  ['ja', '私は[[佐々木]]と申します。'],
  ['ja', '夫が<<昨日>>設定を変えました。'],
  ['zh', '我妈妈<<昨天>>也试过了。'],
  ['zh', '我姐姐<<刚才>>打电话给客服。'],
  ['zh', '客服小王说要等<<24小时>>。'],
  ['uk', 'Мене звати [[Олена]], телефон [[097 123 45 67]].'],
  ['ru', 'Меня зовут [[Алёна]], пишу из <<Казани>>.'],
  ['vi', 'Em tên là [[Phương]], iPhone của em bị lỗi.'],
  ['id', 'Suami saya [[Budi]] juga pakai iCloud.'],
  ['tr', 'Oğlum [[Kerem]] de yedekleyemiyor.'],
  ['pl', 'Córka [[Natalia]] ma ten sam problem.'],
  ['en', 'My number is [[+61 412 345 678]], I am in <<Sydney>>.'],
  ['en', 'Text me at [[(415) 555-0132]], thanks!'],
  ['de', 'Handy: [[+41 79 123 45 67]]'],
  ['fr', 'Portable : [[+32 470 12 34 56]]'],
  ['es', 'Teléfono: [[+52 55 1234 5678]]'],
  ['ar', 'أمي <<صورت>> <<ونشرت>> الصور في الواتساب.'],
  ['ar', 'ابنتي <<لعبت>> <<وشحنت>> الآيباد طوال الليل.'],
  ['ar', 'زوجتي [[وعد]] والنسخ الاحتياطي لا يعمل.'],
  ['fa', 'اسم من [[پریسا]] است و از تهران می‌نویسم.'],
  ['fa', 'سلام [[مهسا]]،\nهنوز درست نشده.'],
  ['fa', 'سلام دوستان،\nپشتیبان‌گیری کار نمی‌کند.'],
  ['fa', 'با سپاس\n[[کامران]]'],
  ['fa', 'من از <<شیراز>> هستم و ایرانسل دارم.'],
];

describe('redaction probes, seventeenth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // Chinese writes a relative's name glued to the words around it, as it does their things
  // ("我儿子学校的iPad", "我妈妈昨天也试过"): a name after a relative is read only when it opens
  // with a common surname (nineteenth round), and these two are given names alone.
  it.fails('masks a Chinese name right after a relative (我老公志强的手机)', () => {
    expect(markedFailures([['zh', '我老公[[志强]]的手机也一样。']])).toEqual([]);
  });
  it.fails('masks a Chinese name right after a relative (我儿子浩然也)', () => {
    expect(markedFailures([['zh', '我儿子[[浩然]]也遇到了。']])).toEqual([]);
  });
  // Persian "I am" takes a name and a state or role alike ("من سارا هستم", "من نگران هستم"); the
  // common states and jobs are listed as everyday words since the nineteenth round.
  it('keeps a state after Persian "I am" (من نگران هستم)', () => {
    expect(markedFailures([['fa', 'سلام، من <<نگران>> هستم.']])).toEqual([]);
  });
  // Thai glues relative, name and verb into one run with no spaces; cutting it needs a dictionary.
  it.fails('masks a Thai name glued between a relative and a verb (ลูกสาวน้ำฝนก็)', () => {
    expect(markedFailures([['th', 'ลูกสาว[[น้ำฝน]]ก็สำรองข้อมูลไม่ได้ค่ะ']])).toEqual([]);
  });
  it.fails('masks a Thai name glued between a relative and a verb (แม่บุญมีใช้)', () => {
    expect(markedFailures([['th', 'แม่[[บุญมี]]ใช้ iPad ค่ะ']])).toEqual([]);
  });
});
