import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Notes and pasted
 * support chats in 26 languages. 17 of 142 failed before: an Arabic name before what the relative
 * has ("لابني سعيد هاتف"), an Arabic relative's verb before "and" and a verb ("أخي ذهب واشترى"), a
 * Persian name before an object, a Korean name with the particle straight on ("수진이", "민호가"),
 * "I live" in Hebrew read as a name ("אני גרה בחיפה,"), "我是" with a traditional surname, a Czech
 * relative after a preposition, and Greek and Romanian relatives with the possessive after them.
 */
const PROBES: [lang: string, text: string][] = [
  // Arabic: a name before a noun, a relative before two verbs, chats, places.
  ['ar', 'لابني [[سعيد]] هاتف قديم.'],
  ['ar', 'عند أختي [[منى]] مساحة كافية.'],
  ['ar', 'لزوجتي [[هند]] جهاز iPad.'],
  ['ar', 'مع ابن عمي [[ماجد]] اشتراك iCloud+.'],
  ['ar', 'أخي <<ذهب>> <<واشترى>> هاتفاً جديداً.'],
  ['ar', 'زوجتي <<حاولت>> <<وفشلت>> مرة أخرى.'],
  ['ar', 'أمي <<اتصلت>> <<تسأل>> عن النسخ.'],
  ['ar', 'ابني <<يريد>> <<يحذف>> الصور.'],
  ['ar', 'أبي <<رجع>> <<وجرب>> مرة ثانية.'],
  ['ar', 'أختي <<كانت>> <<تستخدم>> iPhone 11.'],
  ['ar', 'صباح الخير، اسمي [[خالد العمري]] ورقم الحالة <<102345678901>>.'],
  ['ar', 'أعيش في <<الرياض>> وأستخدم <<STC>>.'],
  ['ar', 'الخطأ <<-1009>> منذ <<يناير>>.'],
  ['ar', 'رقم جوالي [[0501234567]]'],
  // Persian: a name before an object, the verb last.
  ['fa', 'برادرم [[رضا]] عکس‌ها را پاک کرد.'],
  ['fa', 'مادرم [[زهرا]] آیفون جدید دارد.'],
  ['fa', 'پسرم [[علی]] پشتیبان‌گیری را امتحان کرد.'],
  ['fa', 'خواهرم <<دیروز>> گوشی را ریست کرد.'],
  ['fa', 'همسرم <<فضای>> ذخیره‌سازی را خرید.'],
  ['fa', 'دخترم <<آیپد>> را شارژ نمی‌کند.'],
  ['fa', 'شماره من [[0912 345 6789]] است.'],
  ['fa', 'من در <<تهران>> زندگی می‌کنم و از <<ایرانسل>> استفاده می‌کنم.'],
  // Korean: a name with the subject particle 이/가 and others.
  ['ko', '제 아내 [[수진]]이 백업을 못 해요.'],
  ['ko', '우리 아들 [[민호]]가 아이패드를 써요.'],
  ['ko', '남동생 [[준서]]가 설정을 바꿨어요.'],
  ['ko', '남편 [[동현]]이랑 가족 공유를 해요.'],
  ['ko', '제 딸 <<사진>>이 안 보여요.'],
  ['ko', '엄마 <<폰>>이 오래됐어요.'],
  ['ko', '제 남편 <<계정>>이 잠겼어요.'],
  ['ko', '<<서울>>에 살고 <<SKT>>를 써요. 오류 <<-1009>>.'],
  ['ko', '전화번호 [[010-2345-6789]]로 연락 주세요.'],
  // Hebrew.
  ['he', 'לבן שלי [[יונתן]] יש iPad.'],
  ['he', 'אחותי <<קנתה>> <<וניסתה>> שוב.'],
  ['he', 'שלום [[דנה]],\nהגיבוי עדיין נכשל.'],
  ['he', 'אני גרה ב<<חיפה>>, הספק <<פרטנר>>.'],
  ['he', 'הטלפון שלי [[054-7654321]]'],
  // Hindi.
  ['hi', 'मेरी बहन [[प्रिया]] का iPad भी बैकअप नहीं लेता।'],
  ['hi', 'नमस्ते, मेरा नाम [[अंकित शर्मा]] है।'],
  ['hi', 'मैं <<दिल्ली>> में रहता हूँ, <<Jio>> इस्तेमाल करता हूँ।'],
  ['hi', 'मेरा फ़ोन नंबर [[+91 98123 45678]] है।'],
  // Thai.
  ['th', 'สวัสดีครับ ผมชื่อ[[สมชาย]] ครับ'],
  ['th', 'เบอร์โทร [[081-234-5678]]'],
  ['th', 'ผมอยู่<<กรุงเทพ>> ใช้ <<AIS>>'],
  ['th', 'ขอแสดงความนับถือ\n[[วิชัย ใจดี]]'],
  // Japanese.
  ['ja', '夫の[[健太]]のiPhoneもバックアップできません。'],
  ['ja', '<<東京>>に住んでいます。<<ドコモ>>です。'],
  ['ja', '電話：[[03-1234-5678]]'],
  ['ja', '<<3月>>から<<iCloud+>>の<<200GB>>プランです。'],
  ['ja', '私は[[中村]]です。'],
  ['ja', 'Apple ID：[[taro_y2000]]'],
  // Chinese.
  ['zh-CN', '我叫[[张伟]]，手机号[[13912345678]]。'],
  ['zh-CN', '我住在<<上海>>，用<<中国移动>>。'],
  ['zh-CN', '客服 [[小李]]：您好，请问有什么可以帮您？'],
  ['zh-CN', '我妈妈的<<iPhone 12>>从<<三月>>开始就不能备份了。'],
  ['zh-CN', '<<微信>>占了<<20 GB>>。'],
  ['zh-TW', '我是[[陳志明]]，電話[[0912-345-678]]。'],
  ['zh-TW', '我住在<<台北>>，用<<中華電信>>。'],
  ['zh-TW', '謝謝！\n[[黃淑芬]]'],
  // Russian, Ukrainian: case endings after a relative and a preposition.
  ['ru', 'Меня зовут [[Олег Петров]], телефон [[+7 912 345-67-89]].'],
  ['ru', 'Моя жена [[Светлана]] тоже не может.'],
  ['ru', 'Вчера с братом [[Игорем]] пробовали.'],
  ['ru', 'Сестра <<сказала>>, что места нет.'],
  ['ru', 'Специалист [[Артём]]: перезагрузите устройство.'],
  ['ru', 'Адрес: ул. [[Пушкина]], д. 10, кв. 5'],
  ['ru', 'Ошибка <<4013>> с <<января>>, живу в <<Новосибирске>>.'],
  ['uk', 'Мене звати [[Андрій]], дякую.'],
  ['uk', 'Мій брат [[Богдан]] має таку ж проблему.'],
  ['uk', 'Я з <<Львова>>, оператор <<Київстар>>.'],
  ['uk', 'Вітаю, [[Оксано]]!\nНе працює.'],
  // Turkish.
  ['tr', 'Merhaba, benim adım [[Kemal Yıldız]].'],
  ['tr', "Kardeşim [[Burak]]'ın iPad'i de yedeklemiyor."],
  ['tr', 'Annem <<dedi>> ki depolama dolu.'],
  ['tr', "<<Ankara>>'da oturuyorum, <<Vodafone>> kullanıyorum."],
  ['tr', 'Temsilci [[Zeynep]]: Lütfen yeniden başlatın.'],
  // Vietnamese, Indonesian.
  ['vi', 'Tôi tên là [[Nguyễn Thị Mai]].'],
  ['vi', 'Chồng tôi [[Tuấn]] cũng bị lỗi.'],
  ['vi', 'Tôi sống ở <<Hà Nội>>, dùng <<Viettel>>.'],
  ['vi', 'Số điện thoại: [[0912 345 678]]'],
  ['id', 'Nama saya [[Dewi Lestari]].'],
  ['id', 'Istri saya [[Sari]] pakai iPhone 13.'],
  ['id', 'Saya tinggal di <<Surabaya>>, pakai <<Telkomsel>>.'],
  ['id', 'Alamat: Jl. [[Sudirman]] No. 12, Jakarta'],
  // Polish, Czech: case endings.
  ['pl', 'Nazywam się [[Tomasz Wiśniewski]].'],
  ['pl', 'Moja córka [[Zuzia]] ma iPada.'],
  ['pl', 'Rozmawiałam z mężem [[Jackiem]] o tym.'],
  ['pl', 'Brat <<powiedział>>, że nie ma miejsca.'],
  ['pl', 'Mieszkam w <<Gdańsku>>, mam <<Play>>.'],
  ['pl', 'Telefon: [[512 345 678]]'],
  ['pl', 'Konsultant [[Paweł]]: proszę zrestartować.'],
  ['cs', 'Jmenuji se [[Petr Novák]].'],
  ['cs', 'Můj manžel [[Karel]] má stejný problém.'],
  ['cs', 'Zkoušela jsem to se sestrou [[Lucií]].'],
  ['cs', 'Bydlím v <<Brně>>, mám <<O2>>.'],
  ['cs', 'S pozdravem\n[[Jana Dvořáková]]'],
  // Portuguese, Dutch, Swedish: particles.
  ['pt-BR', 'Meu nome é [[Larissa Souza]].'],
  ['pt-BR', 'Minha mãe [[Cida]] tem o mesmo erro.'],
  ['pt-BR', 'Moro em <<Curitiba>>, uso <<Vivo>>.'],
  ['pt-BR', 'Endereço: Av. [[Paulista]], 1000, apto 12'],
  ['pt-BR', 'Atendente [[Bruna]]: Tudo bem?'],
  ['nl', 'Mijn naam is [[Pieter de Vries]].'],
  ['nl', 'Mijn vrouw [[Femke]] heeft ook een iPhone.'],
  ['nl', 'Ik woon in <<Rotterdam>> en heb <<KPN>>.'],
  ['nl', 'Groetjes,\n[[Wouter van den Berg]]'],
  ['sv', 'Jag heter [[Karin Lindqvist]].'],
  ['sv', 'Min dotter [[Ebba]] har samma problem.'],
  ['sv', 'Jag bor i <<Malmö>> och har <<Telia>>.'],
  ['sv', 'Mvh\n[[Anders Nyström]]'],
  // German, French, Spanish, Italian.
  ['de', 'Mein Name ist [[Klaus von Hagen]].'],
  ['de', 'Mein Mann [[Jürgen]] hat auch ein iPad.'],
  ['de', 'Meine Frau <<meinte>>, der Speicher sei voll.'],
  ['de', 'Ich wohne in <<Hamburg>>, Anbieter <<Telekom>>.'],
  ['de', 'Apple Store <<Kurfürstendamm>> hat nichts gefunden.'],
  ['de', 'Tel.: [[0171 9876543]]'],
  ['fr', "Je m'appelle [[Jean-Luc Dubois]]."],
  ['fr', 'Mon fils [[Théo]] a un iPad.'],
  ['fr', 'Ma femme <<pense>> que le stockage est plein.'],
  ['fr', "J'habite à <<Toulouse>>, opérateur <<Free>>."],
  ['fr', 'Cordialement,\n[[Hélène de La Tour]]'],
  ['fr', 'Identifiant Apple : [[claire.m.1990]]'],
  ['es', 'Me llamo [[Juan Carlos de la Fuente]].'],
  ['es', 'Mi hija [[Valentina]] usa iPad.'],
  ['es', 'Mi marido <<dice>> que no hay espacio.'],
  ['es', 'Vivo en <<Sevilla>>, uso <<Movistar>>.'],
  ['es', 'Asesor [[Iván]]: ¿Probó reiniciar?'],
  ['it', 'Mi chiamo [[Giovanni Russo]].'],
  ['it', 'Mio figlio [[Matteo]] ha un iPhone 12.'],
  ['it', 'Abito a <<Napoli>>, ho <<TIM>>.'],
  ['it', 'Cordiali saluti,\n[[Francesca Bianchi]]'],
  ['it', 'ID Apple: [[gianni.verdi]]'],
  // Greek, Romanian.
  ['el', 'Με λένε [[Γιώργο Παπαδόπουλο]].'],
  ['el', 'Η αδελφή μου [[Ελένη]] έχει το ίδιο πρόβλημα.'],
  ['el', 'Μένω στην <<Αθήνα>>, έχω <<Cosmote>>.'],
  ['el', 'Τηλέφωνο: [[690 123 4567]]'],
  ['ro', 'Mă numesc [[Andrei Popescu]].'],
  ['ro', 'Soția mea [[Ioana]] are aceeași problemă.'],
  ['ro', 'Locuiesc în <<Cluj-Napoca>>, am <<Orange>>.'],
  ['ro', 'Cu stimă,\n[[Mihai Ionescu]]'],
  // English: chats, Apple IDs, traps.
  ['en', 'My Apple Account is [[robin_k82]].'],
  ['en', 'My son <<uses>> <<WhatsApp>> and it is 30 GB.'],
  ['en', 'Apple Store <<Regent Street>> said <<May>> was fine.'],
  ['en', 'Hi team,\nmy wife [[Gwen]] and I share <<Apple One Premier>>.'],
  ['en', 'Advisor: Hi, this is [[Marcus]].\nMe: hello, error <<4010>>.'],
];

/**
 * Written after the first fixes, against them: 6 of 35 failed (Korean nouns with a particle after
 * a relative, "아들 학원이 끝나면", read as names; a Persian adverb; "se ženou").
 */
const SECOND: [lang: string, text: string][] = [
  ['ko', '아들 <<학원>>이 끝나면 할게요.'],
  ['ko', '엄마 <<병원>>이 멀어서요.'],
  ['ko', '남편 <<직업>>이 바빠서요.'],
  ['ko', '여동생 [[서연]]이 아이폰 15를 써요.'],
  ['ko', '할머니 [[순자]]가 사진을 못 봐요.'],
  ['ko', '형 [[태민]]은 안드로이드예요.'],
  ['ko', '아빠 <<생신>>이 다가와서요.'],
  ['ko', '딸 <<숙제>>가 많아요.'],
  ['fa', 'پدرم [[حسن]] رمز عبور را فراموش کرد.'],
  ['fa', 'خواهرم [[نازنین]] هر روز عکس می‌گیرد.'],
  ['fa', 'مادرم <<معمولاً>> گوشی را شارژ نمی‌کند.'],
  ['fa', 'برادرم <<تنها>> آیپد را دارد.'],
  ['fa', 'همسرم <<بیشتر>> عکس‌ها را پاک کرد.'],
  ['fa', 'دخترم <<اخیراً>> آیفون را آپدیت کرد.'],
  ['ar', 'لأبي [[صالح]] جوال قديم.'],
  ['ar', 'عند ابني [[زياد]] نفس المشكلة.'],
  ['ar', 'لأمي <<جوال>> جديد.'],
  ['ar', 'عند أخي <<الآن>> جهاز جديد.'],
  ['ar', 'لزوجتي <<أيضا>> حساب.'],
  ['ar', 'أختي <<سافرت>> <<ونسيت>> كلمة السر.'],
  ['ar', 'ابني <<خرج>> <<ورجع>> وما زال يفشل.'],
  ['ar', 'زوجي <<تعب>> <<وقال>> خلاص.'],
  ['he', 'אחי <<נסע>> <<ושכח>> את הסיסמה.'],
  ['he', 'אני <<לומדת>> בטכניון, תודה.'],
  ['zh-CN', '我是<<广东>>人，我的<<iPhone 13>>备份失败。'],
  ['zh-CN', '我是[[黄晓明]]，谢谢。'],
  ['zh-TW', '我是[[張雅婷]]，我的iPad無法備份。'],
  ['zh-TW', '我是<<台灣>>人。'],
  ['cs', 'Se ženou [[Hanou]] máme sdílení.'],
  ['cs', 'S kamarádem <<Apple Music>> nefunguje.'],
  ['cs', 'Bydlím u <<babičky>> v <<Praze>>.'],
  ['el', 'Ο άντρας μου [[Νίκος]] έχει iPhone 14.'],
  ['el', 'Η μητέρα μου <<Apple ID>> κλειδώθηκε.'],
  ['ro', 'Fratele meu [[Vlad]] are iPhone 13.'],
  ['ro', 'Mama mea <<iPhone>> nu merge.'],
];

/** A third batch, after the second fixes: 2 of 17 failed ("언니 교회가 사진을", "پسرم دیشب"). */
const THIRD: [lang: string, text: string][] = [
  ['ko', '아들 [[지호]]가 사진을 지웠어요.'],
  ['ko', '엄마 <<계정>>이 아이폰에서 안 돼요.'],
  ['ko', '딸 [[유나]]는 아이패드를 써요.'],
  ['ko', '오빠 <<친구>>가 아이폰을 줬어요.'],
  ['ko', '언니 <<교회>>가 사진을 올려요.'],
  ['ko', '남편 <<동료>>가 설정을 바꿨어요.'],
  ['ko', '아빠 <<가게>>는 아이패드를 써요.'],
  ['fa', 'دخترم [[سحر]] آیپد را گم کرد.'],
  ['fa', 'پسرم <<دیشب>> آیفون را ریست کرد.'],
  ['fa', 'مادرم <<خیلی>> عکس دارد.'],
  ['ar', 'لابنتي [[لين]] آيباد.'],
  ['ar', 'لأختي <<الصغيرة>> جهاز.'],
  ['ar', 'عند زوجي <<دائماً>> مشكلة.'],
  ['cs', 'Se synem [[Petrem]] jsme to zkoušeli.'],
  ['cs', 'S manželkou [[Jitkou]] sdílíme iCloud.'],
  ['ro', 'Soțul meu [[Radu]] are iPad.'],
  ['el', 'Με τη γυναίκα μου [[Άννα]] μοιραζόμαστε iCloud.'],
];

const MARKS = /\[\[|\]\]|<<|>>/g;
const between = (text: string, open: string, close: string) =>
  [...text.matchAll(new RegExp(`${open}(.+?)${close}`, 'g'))].map((m) => m[1]!);

function failures(probes: [lang: string, text: string][]) {
  return probes.flatMap(([lang, probe]) => {
    const output = redact(probe.replace(MARKS, '')).text;
    const leaked = between(probe, '\\[\\[', '\\]\\]').filter((secret) => output.includes(secret));
    const lost = between(probe, '<<', '>>').filter((kept) => !output.includes(kept));
    return leaked.length || lost.length ? [{ lang, output, leaked, lost }] : [];
  });
}

describe('redaction probes, sixteenth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(failures([...PROBES, ...SECOND, ...THIRD])).toEqual([]);
  });
});
