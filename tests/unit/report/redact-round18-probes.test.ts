import { describe, expect, it } from 'vitest';
import { markedFailures, type MarkedProbe } from './redact-marked';

/**
 * Probes written before this round's fixes, what must go and what must stay decided before the
 * code was run: `[[…]]` must be gone from the export, `<<…>>` must be in it. Support notes,
 * sign-offs and pasted chats in 25 languages. 29 of the first 172 failed (24 missed, 5 over-masked):
 * a name after a role or relative no list held ("my bf Kieran", "Mój kierownik Tomasz", "Můj šéf
 * Petr", "Șeful meu Andrei", "مديري خالد", "המנהל שלי אבי", "मेरे मैनेजर अमित"), "김민수 씨가",
 * "지훈의 아이폰", "Eszter iPhone-ja", "iPhone-ul Ioanei", "Jens vom Apple Support", "Yannick
 * (conseiller)", "Rozmawiałam z Pawłem", "مع خالص الشكر" before a signed name; 10 are kept below.
 * The last 23 (names after other unlisted nouns, and capitals there that are no one) were written
 * after the fix, to hold it to both sides.
 */
const PROBES: MarkedProbe[] = [
  // English
  ['en', 'hey so my manager [[Priyanka]] said to try again tmrw, still says <<backup failed>>'],
  ['en', "It's on [[Declan]]'s iPhone, not mine. <<iOS 17.5>>."],
  ['en', 'My IMEI is [[356938035643809]] if that helps'],
  ['en', 'apple id: [[gemma_w1987@me.com]]  pw [[Sunflower#88]]'],
  ['en', 'Thanks so much!!\n[[Oluwaseun Adeyemi]]'],
  ['en', 'I live at [[42 Wallaby Way, Sydney NSW 2000]].'],
  ['en', 'i am <<unemployed>> so i cant pay for <<iCloud+>> lol'],
  ['en', 'my bf [[Kieran]] reset the router <<yesterday>>'],
  // German
  ['de', 'Mein Chef [[Herr Bauernfeind]] meint, es liegt am <<WLAN>>.'],
  ['de', 'Es ist das iPad von meiner Tochter [[Mareike]], Seriennummer [[DMPXK3H2Q1GC]].'],
  ['de', 'Ich bin <<Rentnerin>> und kenne mich nicht so aus.'],
  ['de', 'Ruf mich an: [[0151 98765432]], bin ab <<17 Uhr>> zuhause.'],
  ['de', 'Viele Grüße aus <<Hamburg>>\n[[Jörg]]'],
  ['de', 'Das Backup von [[Svenjas]] iPhone geht auch nicht.'],
  ['de', 'Vorgangsnummer <<102398765432>>, Mitarbeiter [[Herr Yilmaz]] war sehr nett.'],
  // Spanish
  ['es', 'Hola, mi jefa [[Lucía]] me dijo que escribiera aquí.'],
  ['es', 'El iPhone de [[Joaquín]] tampoco hace la copia.'],
  ['es', 'Soy <<jubilado>> y no entiendo mucho de esto.'],
  ['es', 'Vivo en [[Calle Mayor 23, 3º B, 28013 Madrid]].'],
  ['es', 'Gracias de antemano,\n[[Ximena Castañeda]]'],
  ['es', 'mi cuñado [[Fermín]] dice q es por el <<wifi>> jaja'],
  ['es', 'Mi correo es [[pepa.lozano@gmail.com]] y el error es <<Copia de seguridad fallida>>.'],
  // French
  ['fr', "C'est l'iPhone de [[Gaëlle]], ma fille."],
  ['fr', 'Mon chef [[Laurent]] dit que ça vient du <<réseau>>.'],
  ['fr', 'Je suis <<retraité>> et pas très doué avec tout ça.'],
  ['fr', 'Adresse : [[12 rue des Lilas, 69003 Lyon]]'],
  ['fr', 'Cordialement,\n[[Honoré Lefebvre]]'],
  ['fr', 'Mon mot de passe est [[chaton1234]], au cas où.'],
  ['fr', 'merci [[Solène]] pour ton aide hier, ça marche toujours <<pas>>'],
  // Italian
  ['it', "Il mio capo [[Massimo]] ha lo stesso problema con l'<<iPad>>."],
  ['it', "È l'iPhone di [[Benedetta]], mia figlia."],
  ['it', 'Sono <<pensionato>> e non ci capisco molto.'],
  ['it', 'Abito in [[Via Garibaldi 12, 10122 Torino]].'],
  ['it', 'Grazie mille,\n[[Ludovica Esposito]]'],
  ['it', 'Chiamatemi al [[333 987 6543]] dopo le <<18>>.'],
  // Japanese
  ['ja', '上司の[[田村]]さんに聞いたら、<<Wi-Fi>>のせいだと言われました。'],
  ['ja', '娘の[[美咲]]のiPhoneもバックアップできません。'],
  ['ja', '電話番号は[[090-1234-5678]]です。<<夜>>なら出られます。'],
  ['ja', 'よろしくお願いします。\n[[小林健太]]'],
  ['ja', '私は<<会社員>>です。'],
  ['ja', 'Apple IDは[[kenta.k@icloud.com]]です。'],
  ['ja', '[[鈴木]]様\nお世話になっております。'],
  // Chinese
  ['zh', '这是[[李娜]]的iPhone，不是我的。'],
  ['zh', '我的手机号是[[138 1234 5678]]，<<晚上>>可以打。'],
  ['zh', '谢谢！\n[[陈晓明]]'],
  ['zh', '我是<<学生>>，没有钱买<<iCloud+>>。'],
  ['zh', '我叫[[刘洋]]，备份一直失败。'],
  ['zh', '序列号：[[C39XK2LMQ1GH]]'],
  // Korean
  ['ko', '팀장님 [[김민수]] 씨가 와이파이 문제라고 했어요.'],
  ['ko', '[[지훈]]의 아이폰도 백업이 안 돼요.'],
  ['ko', '저는 <<학생>>이에요. 돈이 없어요.'],
  ['ko', '엄마 <<소식을>> 듣고 사진을 백업하려고 했어요.'],
  ['ko', '감사합니다.\n[[박서연]] 드림'],
  ['ko', '제 번호는 [[010-9876-5432]]입니다.'],
  ['ko', '언니 <<가방>>에 아이패드가 있었어요.'],
  // Russian
  ['ru', 'Мой начальник [[Сергей Петрович]] сказал обратиться сюда.'],
  ['ru', 'Это айфон [[Наташи]], моей сестры.'],
  ['ru', 'Я <<пенсионерка>>, плохо разбираюсь.'],
  ['ru', 'Адрес: [[ул. Ленина, д. 15, кв. 42, Москва]]'],
  ['ru', 'С уважением,\n[[Игорь Смирнов]]'],
  ['ru', 'позвоните мне [[+7 912 345-67-89]] после <<шести>>'],
  ['ru', 'Привет, [[Оксана]]! Копия так и не делается.'],
  // Portuguese
  ['pt', 'Meu chefe [[Rodrigo]] disse que é problema de <<rede>>.'],
  ['pt', 'É o iPhone da [[Larissa]], minha filha.'],
  ['pt', 'Sou <<aposentada>> e não entendo muito.'],
  ['pt', 'Moro na [[Rua das Flores, 120, apto 31, São Paulo]].'],
  ['pt', 'Valeu,\n[[Caio]]'],
  ['pt', 'CPF [[123.456.789-09]], caso precisem.'],
  ['pt', 'minha prima [[Jéssica]] falou pra eu apagar as <<fotos>> kkk'],
  // Dutch
  ['nl', 'Mijn baas [[Wouter]] zegt dat het aan de <<wifi>> ligt.'],
  ['nl', 'Het is de iPhone van [[Femke]], mijn dochter.'],
  ['nl', 'Ik ben <<gepensioneerd>> en snap er weinig van.'],
  ['nl', 'Adres: [[Kerkstraat 12, 1017 GB Amsterdam]]'],
  ['nl', 'Groetjes,\n[[Lieke]]'],
  ['nl', 'Mijn wachtwoord is [[Tulp2021!]] voor het geval dat.'],
  // Polish
  ['pl', 'Mój kierownik [[Tomasz]] mówi, że to wina <<sieci>>.'],
  ['pl', 'To jest iPhone [[Magdy]], mojej siostry.'],
  ['pl', 'Jestem <<emerytem>> i słabo się znam.'],
  ['pl', 'Adres: [[ul. Kwiatowa 5/12, 00-950 Warszawa]]'],
  ['pl', 'Pozdrawiam serdecznie,\n[[Beata]]'],
  ['pl', 'Rozmawiałam z [[Pawłem]] z serwisu, kazał czekać <<24 godziny>>.'],
  ['pl', 'PESEL [[85010112345]]'],
  // Turkish
  ['tr', 'Müdürüm [[Emre Bey]] wifi sorunu olduğunu söyledi.'],
  ['tr', "[[Zeynep]]'in iPhone'u da yedeklemiyor."],
  ['tr', 'Ben <<öğrenciyim>>, iCloud+ alamıyorum.'],
  ['tr', 'Numaram [[0532 123 45 67]], <<akşam>> arayın.'],
  ['tr', 'Teşekkürler,\n[[Burak Yıldız]]'],
  ['tr', 'Annem [[Hatice]] de aynı hatayı alıyor.'],
  ['tr', 'TC kimlik no [[12345678950]]'],
  // Swedish
  ['sv', 'Min chef [[Magnus]] säger att det är <<wifi>>-problem.'],
  ['sv', 'Det är [[Ebbas]] iPhone, inte min.'],
  ['sv', 'Jag är <<pensionär>> och kan inte så mycket.'],
  ['sv', 'Ring mig på [[070-123 45 67]].'],
  ['sv', 'Hälsningar\n[[Ingrid Lundqvist]]'],
  ['sv', 'Adress: [[Storgatan 12, 114 55 Stockholm]]'],
  // Arabic
  ['ar', 'مديري [[خالد]] قال إن المشكلة في <<الشبكة>>.'],
  ['ar', 'هذا آيفون [[ريم]]، ابنتي.'],
  ['ar', 'أنا <<طالب>> ولا أستطيع الدفع.'],
  ['ar', 'رقمي [[0501234567]] اتصلوا <<مساءً>>.'],
  ['ar', 'مع خالص الشكر،\n[[يوسف العتيبي]]'],
  ['ar', 'اسمي [[ليلى]] والنسخ الاحتياطي لا يعمل منذ <<أسبوع>>.'],
  ['ar', 'أخي <<ذهب>> <<وأخذ>> الآيباد معه.'],
  // Hebrew
  ['he', 'המנהל שלי [[אבי]] אמר שזה בעיה ב<<וויפי>>.'],
  ['he', 'זה האייפון של [[נועה]], הבת שלי.'],
  ['he', 'אני <<סטודנט>> ואין לי כסף.'],
  ['he', 'תודה רבה,\n[[יוסי לוי]]'],
  ['he', 'הטלפון שלי [[052-1234567]].'],
  ['he', 'קוראים לי [[מיכל]] ויש לי אייפד.'],
  // Persian
  ['fa', 'مدیرم [[رضا]] گفت مشکل از اینترنت است.'],
  ['fa', 'شماره من [[0912 345 6789]] است.'],
  ['fa', 'ممنون\n[[علی رضایی]]'],
  // Hindi
  ['hi', 'मेरे मैनेजर [[अमित]] ने कहा कि यह वाईफाई की समस्या है।'],
  ['hi', 'यह [[प्रिया]] का आईफोन है।'],
  ['hi', 'मेरा नंबर [[98765 43210]] है।'],
  ['hi', 'धन्यवाद,\n[[सुनील कुमार]]'],
  ['hi', 'मेरी बहन [[पूजा]] का भी यही हाल है।'],
  // Thai
  ['th', 'เบอร์โทร [[081-234-5678]] ค่ะ'],
  ['th', 'ขอบคุณค่ะ\n[[สุนิสา]]'],
  ['th', 'ฉันชื่อ[[มาลี]] ค่ะ'],
  // Vietnamese
  ['vi', 'Sếp của tôi là anh [[Tuấn]] bảo lỗi do <<wifi>>.'],
  ['vi', 'Đây là iPhone của [[Lan]], con gái tôi.'],
  ['vi', 'Tôi là <<sinh viên>> nên không có tiền.'],
  ['vi', 'Số điện thoại: [[0912 345 678]]'],
  ['vi', 'Cảm ơn,\n[[Nguyễn Văn Hùng]]'],
  ['vi', 'Chào [[Minh]], sao lưu vẫn <<không>> được.'],
  // Indonesian
  ['id', 'Atasan saya [[Pak Agus]] bilang masalahnya di <<wifi>>.'],
  ['id', 'Ini iPhone [[Dewi]], adik saya.'],
  ['id', 'Saya <<mahasiswa>> jadi tidak bisa bayar.'],
  ['id', 'No HP [[0812-3456-7890]]'],
  ['id', 'Terima kasih,\n[[Rina Wulandari]]'],
  ['id', 'Halo kak [[Sinta]], backupnya masih <<gagal>>.'],
  // Ukrainian
  ['uk', 'Мій керівник [[Олег]] каже, що це через <<мережу>>.'],
  ['uk', 'Це айфон [[Іринки]], моєї доньки.'],
  ['uk', 'Я <<студентка>>, грошей немає.'],
  ['uk', 'З повагою,\n[[Богдан Ковальчук]]'],
  ['uk', 'Мій номер [[067 765 43 21]].'],
  // Czech
  ['cs', 'Můj šéf [[Petr]] říká, že je to <<wifi>>.'],
  ['cs', 'To je iPhone [[Kláry]], mé dcery.'],
  ['cs', 'Jsem <<důchodkyně>> a moc tomu nerozumím.'],
  ['cs', 'S pozdravem\n[[Jiří Novák]]'],
  ['cs', 'Telefon: [[+420 602 123 456]]'],
  ['cs', 'Adresa: [[Vinohradská 12, 120 00 Praha 2]]'],
  // Greek
  ['el', 'Ο προϊστάμενός μου ο [[Γιώργος]] λέει ότι φταίει το <<wifi>>.'],
  ['el', 'Είναι το iPhone της [[Ελένης]], της κόρης μου.'],
  ['el', 'Είμαι <<συνταξιούχος>> και δεν ξέρω πολλά.'],
  ['el', 'Ευχαριστώ,\n[[Κώστας Παπαδόπουλος]]'],
  ['el', 'Τηλέφωνο: [[694 123 4567]]'],
  // Romanian
  ['ro', 'Șeful meu [[Andrei]] zice că e de la <<rețea>>.'],
  ['ro', 'E iPhone-ul [[Ioanei]], fiica mea.'],
  ['ro', 'Sunt <<pensionar>> și nu mă pricep.'],
  ['ro', 'Mulțumesc,\n[[Mihai Popescu]]'],
  ['ro', 'Telefon: [[0722 123 456]]'],
  // Hungarian
  ['hu', '[[Eszter]] iPhone-ja sem ment.'],
  ['hu', '<<Nyugdíjas>> vagyok, nem nagyon értek hozzá.'],
  ['hu', 'Üdvözlettel:\n[[Kovács Péter]]'],
  ['hu', 'Telefonszámom: [[+36 30 123 4567]]'],
  // Mixed languages and pasted chats
  ['en', 'Advisor [[Marisol]]: Can you tell me your <<iOS version>>?\nMe: <<17.4.1>>'],
  ['de', 'Hab mit [[Jens]] vom Apple Support gechattet, hat nix gebracht. <<Fehler>> bleibt.'],
  ['es', 'Mi hija [[Valentina]] usa mi Apple ID [[vale.rmz@icloud.com]] en su <<iPad>>.'],
  ['fr', "Chat avec [[Yannick]] (conseiller) : il m'a dit de <<réinitialiser>>."],
  ['zh', '我女儿的iPad，Apple ID是[[xiaomei2010@163.com]]。'],
  ['ja', '妻の[[由美子]]が写真を<<削除>>しました。'],
  // A role or relative no list holds, after a possessive (or before one that follows it)
  ['it', 'La mia coinquilina [[Federica]] usa lo stesso Wi-Fi.'],
  ['pt', 'Meu padrasto [[Valdir]] comprou o iPad usado.'],
  ['es', 'Mi entrenador [[Ramiro]] me pasó su iPad viejo.'],
  ['nl', 'Mijn stiefzoon [[Bram]] heeft ook een iPhone.'],
  ['ru', 'Мой коллега [[Артём]] посоветовал написать сюда.'],
  ['fr', 'Mon parrain [[Gérard]] a le même souci depuis <<mardi>>.'],
  ['cs', 'Moje kolegyně [[Jana]] má stejný problém.'],
  ['ro', 'Colegul meu [[Vlad]] are aceeași eroare.'],
  ['el', 'Ο συνάδελφός μου ο [[Νίκος]] είπε να περιμένω.'],
  ['sv', 'Min svärson [[Oskar]] har samma fel.'],
  ['uk', 'Моя сусідка [[Галина]] теж не може.'],
  ['pl', 'Moja współlokatorka [[Zuzanna]] ma to samo.'],
  // What a capital there names when it is no one
  ['es', 'Mi móvil <<Samsung>> sí hace copia, el iPhone no.'],
  ['en', 'I deleted my whole <<Photo Library>> by mistake.'],
  ['en', 'Sorry for my poor <<English>>.'],
  ['ro', 'Telefonul meu <<Samsung>> merge bine.'],
  ['es', 'En mi ciudad <<Sevilla>> hay buena cobertura.'],
  ['pl', 'Mój operator <<Orange>> mówi, że sieć działa.'],
  ['de', 'Mein privates <<Konto>> ist voll.'],
  ['pt', 'Minha conta <<Google>> está cheia.'],
  ['ko', '수리점 <<아저씨가>> 고쳐줬어요.'],
  ['ko', '오늘 <<날씨가>> 좋아서 밖에 있었어요.'],
  ['fr', 'Mon forfait <<Free>> marche bien.'],
];

describe('redaction probes, eighteenth round', () => {
  it('masks what is marked personal and keeps what is marked to stay', () => {
    expect(markedFailures(PROBES)).toEqual([]);
  });

  // Chinese and Thai glue a role to the name after it as they glue it to anything else
  // ("我同事说", "หัวหน้าบอก"): no particle or space marks where a name would start. A Chinese
  // name that opens with a common surname is read there since the nineteenth round.
  it('masks a Chinese name glued to a role (我同事王磊说)', () => {
    expect(markedFailures([['zh', '我同事[[王磊]]说是网络问题。']])).toEqual([]);
  });
  it.fails('masks a Thai name glued to a role (หัวหน้าสมชายบอก)', () => {
    expect(markedFailures([['th', 'หัวหน้า[[สมชาย]]บอกว่าเป็นที่ไวไฟ']])).toEqual([]);
  });
  it.fails('masks a Thai name glued after "named" (น้องสาวชื่อฝนใช้)', () => {
    expect(markedFailures([['th', 'น้องสาวชื่อ[[ฝน]]ใช้ไอแพด']])).toEqual([]);
  });
  // "소리" (sound) is made of syllables given names use and takes a particle as a name does; it is
  // listed among the things said after a relative since the nineteenth round.
  it('keeps a noun after a Korean relative (아빠 소리가)', () => {
    expect(markedFailures([['ko', '아빠 <<소리가>> 너무 커서 못 들었어요.']])).toEqual([]);
  });
  // Persian and Hindi "I am …" take a name, a role and a state alike, with no capitals to tell;
  // the common jobs and states are listed as everyday words since the nineteenth round.
  it('keeps a role after Persian "I am" (من دانشجو هستم)', () => {
    expect(markedFailures([['fa', 'من <<دانشجو>> هستم و پول ندارم.']])).toEqual([]);
  });
  it('keeps a role after Persian "I am" (من معلم هستم)', () => {
    expect(markedFailures([['fa', 'من <<معلم>> هستم.']])).toEqual([]);
  });
  it('keeps a state after Persian "I am" (من خسته هستم)', () => {
    expect(markedFailures([['fa', 'من <<خسته>> هستم، کمک کنید.']])).toEqual([]);
  });
  it('keeps a role after Hindi "I am" (मैं छात्र हूँ)', () => {
    expect(markedFailures([['hi', 'मैं <<छात्र>> हूँ।']])).toEqual([]);
  });
  // The ezafe joins a device to its owner and to its adjectives alike ("آیفون جدید", a new one).
  it.fails('masks a Persian owner after the device (آیفون مریم)', () => {
    expect(markedFailures([['fa', 'این آیفون [[مریم]] است، خواهرم.']])).toEqual([]);
  });
  // Hungarian marks "my" with a suffix ("főnököm"); "-m" ends too many words elsewhere to read,
  // so the possessed relatives and roles are listed whole since the twentieth round.
  it('masks a Hungarian name after a possessed role (A főnököm, Zoltán)', () => {
    expect(markedFailures([['hu', 'A főnököm, [[Zoltán]] szerint a <<wifi>> a hibás.']])).toEqual(
      [],
    );
  });
});
