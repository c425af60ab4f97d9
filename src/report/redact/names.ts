import { isCommon, phrases } from './lexicon.ts';
import { readName, type NameOptions } from './reader.ts';
import { atWordStart, opensClause, type Span } from './spans.ts';
import { uncasedNames } from './uncased-names.ts';

/**
 * Personal names in scripts with spaces, found only where the text introduces them: the phrases
 * people use to say who they are, name labels, and sign-offs. Every phrase matches in any case;
 * the name after it is read by `readName`.
 */

/** After these the next words are a name whatever their case: "my name is anna". */
const STRONG = phrases(`
  my name is|my name's|my full name is|my first name is|the name is|signed in as|logged in as|
  ich heiße|ich heisse|mein name ist|mein name lautet|mein vorname ist|angemeldet als|
  eingeloggt als|je m'appelle|je m appelle|mon nom est|mon nom c'est|mon prénom est|moi c'est|
  connecté en tant que|connectée en tant que|connecte en tant que|connectee en tant que|
  me llamo|mi nombre es|mi nombre completo es|sesión iniciada como|sesion iniciada como|
  conectado como|conectada como|mi chiamo|il mio nome è|il mio nome e'|il mio nome é|
  connesso come|connessa come|meu nome é|meu nome e|o meu nome é|me chamo|chamo-me|
  mijn naam is|ik heet|ingelogd als|aangemeld als|
  меня зовут|моё имя|мое имя|моя фамилия|вошёл как|вошел как|вошла как|вход выполнен как|
  nazywam się|mam na imię|moje imię to|moje imię i nazwisko to|zalogowany jako|zalogowana jako|
  jag heter|mitt namn är|inloggad som|jeg hedder|mit navn er|logget ind som|jeg heter|
  mitt navn er|logget inn som|benim adım|benim ismim|ismim|İsmim|BENİM ADIM|BENİM İSMİM|İSMİM|
  jmenuji se|jmenuju se|moje jméno je|mé jméno je|přihlášen jako|přihlášena jako|
  přihlášený jako|přihlášená jako|volám sa|moje meno je|prihlásený ako|prihlásená ako|
  nimeni on|minun nimeni on|kirjautuneena nimellä|kirjautunut nimellä|мене звати|моє ім'я|
  моє прізвище|увійшов як|увійшла як|вхід виконано як|ονομάζομαι|με λένε|λέγομαι|
  το όνομά μου είναι|συνδεδεμένος ως|συνδεδεμένη ως|me lene|onomazomai|to onoma mou einai|
  mă numesc|ma numesc|numele meu este|numele meu e|conectat ca|conectată ca|conectata ca|
  autentificat ca|autentificată ca|a nevem|az én nevem|nevem|bejelentkezve mint|tên tôi là|
  tôi tên là|em tên là|mình tên là|tên em là|tên mình là|đăng nhập với tên|nama saya adalah|
  nama saya|saya bernama|nama lengkap saya|masuk sebagai|login sebagai|volam sa|
  zovem se|moje ime je|ime mi je|prijavljen sam kao|prijavljena sam kao|prijavljen kao|
  prijavljena kao|ulogovan sam kao|ulogovana sam kao|казвам се|името ми е|моето име е|
  влязъл съм като|влязла съм като|влязох като|em dic|el meu nom és|el meu nom es|em diuen|
  he iniciat sessió com a|sessió iniciada com a|connectat com a|connectada com a|
  log masuk sebagai|nama saya ialah|nama penuh saya|mano vardas yra|mano vardas|vadinuosi|
  prisijungęs kaip|prisijungusi kaip|minu nimi on|mu nimi on|sisse logitud kui`);

/** Labels: "Name: …", "Nom : …", "Nombre: …". */
const LABELS = phrases(`
  name|full name|first name|last name|surname|given name|family name|from|contact|vorname|
  nachname|vollständiger name|absender|kontakt|nom|prénom|nom complet|expéditeur|nombre|
  apellido|apellidos|nombre completo|remitente|contacto|nome|cognome|nome completo|mittente|
  contatto|sobrenome|contato|naam|voornaam|achternaam|volledige naam|afzender|имя|фамилия|фио|
  полное имя|отправитель|imię|nazwisko|imię i nazwisko|nadawca|namn|förnamn|efternamn|
  avsändare|navn|fornavn|efternavn|etternavn|fulde navn|fullt navn|afsender|avsender|ad soyad|
  adı soyadı|isim|İsim|soyadı|gönderen|
  jméno|příjmení|jméno a příjmení|celé jméno|odesílatel|meno|priezvisko|nimi|etunimi|
  sukunimi|koko nimi|lähettäjä|yhteyshenkilö|ім'я|прізвище|піб|повне ім'я|відправник|όνομα|
  επώνυμο|ονοματεπώνυμο|αποστολέας|nume|prenume|nume complet|nume și prenume|expeditor|név|
  teljes név|vezetéknév|keresztnév|feladó|kapcsolattartó|tên|họ tên|họ và tên|người gửi|nama|
  nama lengkap|pengirim|kontak|ime|prezime|ime i prezime|pošiljatelj|pošiljalac|име|
  име и фамилия|подател|cognom|cognoms|nom i cognoms|remitent|nama penuh|vardas|pavardė|
  vardas ir pavardė|siuntėjas|eesnimi|perekonnanimi|saatja`);

/**
 * "I'm …" and its translations: a capitalised word after them is a name, and so is a lower-case
 * one that ends the clause and does not read like an adjective ("soy maria y…", "i'm anna,").
 */
const SELF = phrases(`
  i'm|i am|ich bin|je suis|je me présente|soy|yo soy|sono|io sono|sou|eu sou|ik ben`);

/**
 * "This is …", "c'est …": only a capitalised word after them is a name ("this is weird"). The
 * Polish, Nordic, Russian and Turkish "I am" ("jestem", "jag är", "я", "ben") are here, not with
 * "I'm": their adjectives have no ending that tells them from a lower-case name ("jestem zły",
 * "jag är trött").
 */
const PRESENTING = phrases(`
  it's|it is|this is|here is|hier ist|hier spricht|hier schreibt|c'est|ici|aquí|habla|
  le escribe|qui è|vi scrive|aqui é|aqui fala|dit is|hier is|это|с вами|z tej strony|tutaj|
  jestem|tu|det här är|här är|jag är|det er|her er|dette er|jeg er|ben|я|
  tady|tady je|tu je|jsem|olen|oon|täällä|tässä|це|на зв'язку|я —|είμαι|είμαι ο|είμαι η|
  εδώ|sunt|aici|aici e|aici este|itt|itt van|tôi là|em là|mình là|đây là|saya|ini|ja sam|
  аз съм`);

/**
 * "Here (is)" in Croatian, Serbian, Lithuanian and Estonian, "calling" in Bulgarian: also plain
 * "here" ("Siin Tallinnas on levi nõrk"), so only before a name that ends its clause ("Ovdje
 * Petra, pišem…", "siin Andres Mägi.").
 */
const HERE_IS = phrases(`ovdje|ovdje je|ovde|ovde je|čia|siin|обажда се|пише ви`);

/**
 * "I am" and "writes" in Slovak, Lithuanian and Catalan, where a clause opens ("Ahoj, som
 * Tomáš", "Rašo Eglė,", "Esu Rūta"): elsewhere "som" is Swedish for "as", "rašo" is "it says".
 */
const CLAUSE_PRESENTING = phrases(`som|esu|aš|aš esu|rašo|soc|sóc`);

/** Sign-offs: the name comes after them, often on the next line. */
const SIGN_OFFS = phrases(`
  thanks|thank you|thx|many thanks|thanks a lot|thanks so much|thank you so much|
  thanks in advance|thank you in advance|thanks again|regards|best regards|kind regards|
  warm regards|warmest regards|best wishes|best|cheers|sincerely|yours sincerely|yours truly|
  yours faithfully|all the best|take care|br|kr|love|xoxo|hugs|warmly|respectfully|
  best wishes|kind wishes|
  danke|danke schön|danke sehr|vielen dank|vielen lieben dank|herzlichen dank|danke im voraus|
  vielen dank im voraus|grüße|gruß|grüsse|gruss|viele grüße|viele grüsse|liebe grüße|
  liebe grüsse|beste grüße|beste grüsse|herzliche grüße|freundliche grüße|schöne grüße|
  mit freundlichen grüßen|mit freundlichen grüssen|mit besten grüßen|lg|vg|mfg|bg|ciao|tschüss|
  merci|merci beaucoup|merci d'avance|merci par avance|merci encore|cordialement|
  bien cordialement|très cordialement|bien à vous|amicalement|bonne journée|bonne soirée|
  salutations|sincères salutations|meilleures salutations|bisous|bises|à bientôt|amitiés|
  bien amicalement|
  gracias|muchas gracias|gracias de antemano|mil gracias|saludos|un saludo|saludos cordiales|
  muchos saludos|un cordial saludo|cordial saludo|atentamente|cordialmente|un abrazo|abrazos|
  besos|
  grazie|grazie mille|grazie in anticipo|grazie ancora|saluti|cordiali saluti|distinti saluti|
  un saluto|tanti saluti|saluti cordiali|un cordiale saluto|a presto|un abbraccio|
  obrigado|obrigada|muito obrigado|muito obrigada|atenciosamente|cumprimentos|saudações|abraços|
  abraço|um abraço|beijos|
  groeten|groetjes|met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|
  vriendelijke groeten|hartelijke groet|mvg|bedankt|alvast bedankt|dank je|dank je wel|dank u|
  dank u wel|
  спасибо|большое спасибо|заранее спасибо|спасибо заранее|с уважением|с наилучшими пожеланиями|
  всего доброго|всего хорошего|с благодарностью|благодарю|заранее благодарю|
  pozdrawiam|serdecznie pozdrawiam|pozdrawiam serdecznie|pozdrowienia|z poważaniem|
  z wyrazami szacunku|dziękuję|dzięki|z góry dziękuję|dziękuję z góry|
  tack|tack så mycket|tack på förhand|med vänliga hälsningar|vänliga hälsningar|hälsningar|
  med vänlig hälsning|vänlig hälsning|
  mvh|mange tak|på forhånd tak|tak for hjælpen|venlig hilsen|med venlig hilsen|
  venlige hilsner|hilsen|de bedste hilsner|takk|tusen takk|takk på forhånd|på forhånd takk|
  med vennlig hilsen|vennlig hilsen|
  teşekkürler|teşekkür ederim|şimdiden teşekkürler|şimdiden teşekkür ederim|saygılarımla|
  iyi günler|iyi çalışmalar|selamlar|sevgiler`);

/**
 * Sign-offs of languages whose everyday words the lexicon does not hold (Czech, Slovak, Finnish,
 * Ukrainian, Greek, Romanian, Hungarian, Vietnamese, Indonesian, Croatian, Serbian, Bulgarian,
 * Catalan, Malay, Lithuanian, Estonian): only a capitalised name after them, so "děkuji za
 * pomoc" keeps its words.
 */
const CAPITAL_SIGN_OFFS = phrases(`
  s pozdravem|s přátelským pozdravem|se srdečným pozdravem|děkuji|děkuju|díky|předem děkuji|
  předem díky|hezký den|s pozdravom|ďakujem|terveisin|ystävällisin terveisin|
  parhain terveisin|kiitos|kiitos jo etukäteen|kiitos etukäteen|kiitti|t.|дякую|щиро дякую|
  заздалегідь дякую|з повагою|з найкращими побажаннями|всього найкращого|гарного дня|
  ευχαριστώ|ευχαριστώ πολύ|ευχαριστώ εκ των προτέρων|ευχαριστω|φιλικά|με εκτίμηση|με τιμή|
  χαιρετισμούς|καλή συνέχεια|mulțumesc|mulţumesc|multumesc|mulțumesc anticipat|
  multumesc anticipat|cu stimă|cu stima|cu respect|o zi bună|toate cele bune|numai bine|
  salutări|köszönöm|köszi|előre is köszönöm|üdvözlettel|tisztelettel|üdv|szép napot|
  minden jót|baráti üdvözlettel|cảm ơn|cám ơn|xin cảm ơn|trân trọng|thân mến|thân ái|
  terima kasih|terima kasih banyak|makasih|salam|hormat saya|salam hangat|vďaka|
  ďakujem pekne|hvala|hvala vam|hvala lijepa|unaprijed hvala|unapred hvala|lijep pozdrav|
  lep pozdrav|srdačan pozdrav|srdačno|pozdrav|veliki pozdrav|s poštovanjem|sa poštovanjem|
  благодаря|благодаря ви|благодаря предварително|предварително благодаря|поздрави|
  с уважение|всичко хубаво|gràcies|moltes gràcies|gràcies per endavant|salutacions|
  atentament|cordialment|una abraçada|fins aviat|yang benar|yang ikhlas|sekian|salam hormat|
  ačiū|labai ačiū|dėkoju|iš anksto dėkoju|iš anksto ačiū|pagarbiai|su pagarba|linkėjimai|
  tänan|aitäh|tänan ette|lugupidamisega|parimate soovidega|tervitades|tervitustega`);

const END = String.raw`(?![\p{L}\p{N}])`;
const STRONG_INTRO = new RegExp(`(?:${STRONG})${END}(?:[ \\t]*[:：—–])?`, 'giu');
const LABEL = new RegExp(`(?:${LABELS})[ \\t]*[:：]`, 'giu');
const SELF_INTRO = new RegExp(`(?:${SELF})${END}`, 'giu');
/** Turkish "adım" ("my name") is also "step": it introduces a name only where a clause opens. */
const TR_NAME = /(?<=(?:^|[\n.!?,;])[ \t]*)(?:adım|ADIM)(?=[ \t])/gu;
const PRESENTING_INTRO = new RegExp(`(?:${PRESENTING})${END}`, 'giu');
const HERE_INTRO = new RegExp(`(?:${HERE_IS})${END}`, 'giu');
const CLAUSE_BREAK = /[ \t]*(?:[.,;!:]|\r?\n|$)/y;
const CLAUSE_INTRO = new RegExp(`(?:${CLAUSE_PRESENTING})(?=[ \\t])`, 'giu');
/**
 * Catalan puts an article before a first name: "soc en Pau", "Us escriu la Núria", "Soc l'Aina".
 * After "en" a lower-case name counts where it ends the clause ("soc en pau i…"); "la" is also
 * "the" ("soc la mare"), so after it only a capitalised name.
 */
const CA_ARTICLE =
  /(?:soc|sóc|us escriu|t['’]escriu)[ \t]+(?:(?<en>en[ \t]+)|la[ \t]+|na[ \t]+|l['’](?=\p{Lu}))/giu;
/**
 * Hungarian and Bulgarian say the name first: "Nagy Katalin vagyok", "Николай Димитров съм" ("I
 * am …"). Two capitalised words are a name; one could be an adjective at a sentence's start
 * ("Hálás vagyok").
 */
const NAME_FIRST =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+[ \t]\p{Lu}[\p{L}\p{M}'’-]+(?=[ \t]+(?:vagyok|съм)(?![\p{L}]))/gu;
/** "Grüße aus Köln," is still a sign-off: a short "from <place>" may sit between. */
const FROM_PLACE = String.raw`(?:[ \t]+(?:aus|from|de|desde|da|dal|dalla|uit|vom|von|van)[ \t]+[\p{L}-]+(?:[ \t][\p{L}-]+)?)?`;
const signOff = (list: string) =>
  new RegExp(`(?:${list})${FROM_PLACE}(?<sep>[ \\t]*[,!.:;–—-]+)?(?=\\s)`, 'giu');
const SIGN_OFF = signOff(SIGN_OFFS);
const CAPITAL_SIGN_OFF = signOff(CAPITAL_SIGN_OFFS);
/** A sign-off where a signed name would start: "Thanks!\nKind regards" is not signed "Kind". */
const ANY_SIGN_OFF = new RegExp(`(?:${SIGN_OFFS}|${CAPITAL_SIGN_OFFS})${END}`, 'iuy');

/**
 * Courtesy titles, written as they are before a name ("Mrs Smith", "Frau Weber", "paní Věru
 * Kratochvílovou", "doamna Maria Georgescu", "chị Ngọc", "Pak Budi", "г-жа Ангелова", "Puan
 * Salmah"), and a colleague by their role ("Vaš kolega Goran", "el vostre company Albert"): the
 * capitalised name after them is masked, the title stays. Case matters: "pan" is Czech and
 * Polish for "Mr", "Pan" is not.
 */
const TITLED = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.'’-])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Hr|M|Mme|Mlle|Sr|Sra|Srta|Sig|Sig\.ra|Dott|Dhr|Mevr|Ing|pan|pani|paní|pane|panu|panią|pán|Pán|pána|pánovi|doamna|doamnei|domnul|domnului|dna|dl|chị|anh|cô|chú|bác|bà|ông|bé|Pak|Bapak|Bu|Ibu|Puan|Encik|Cik|Tuan|Haji|Hajah|κύριος|κυρία|κύριο|κυρίας|κ|пан|пані|пана|г-жа|г-н|г-ца|госпожа|господин|госпожица|gospođa|gospođe|gospođi|gospodin|gospodina|gospodinu|gđa|gđe|senyora|senyor|ponia|ponios|poniai|ponas|pono|ponui|proua|härra|preili|herra|rouva|kolega|kolegica|kolegice|колега|колежка|kolleeg|vostre company|vostra companya)\.?[ \t\u00a0]+(?=\p{Lu})`,
  'gu',
);
/**
 * A name, then the word for "here", opening a clause: "Anna here,", "Hùng đây,", "Ο Νίκος εδώ,",
 * "Dengan Agus di sini,", "Mikko täällä".
 */
const NAME_HERE = new RegExp(
  String.raw`(?<=(?:^|[\n.!?]|[,;:][ \t])[ \t]*(?:(?:Ο|Η|Dengan)[ \t]+)?)\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?=[ \t]+(?:here|hier|ici|aquí|qui|aqui|đây|εδώ|di sini|tady|täällä|aici|itt|тут|здесь)[ \t]*[,.!;:—–-])`,
  'gu',
);

function* after(pattern: RegExp, text: string, options: NameOptions): Generator<Span> {
  for (const match of atWordStart(pattern, text)) {
    const name = readName(text, match.index + match[0].length, options);
    if (name) yield name;
  }
}

function startsLine(text: string, at: number): boolean {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n';
}

function* hereIs(text: string): Generator<Span> {
  for (const name of after(HERE_INTRO, text, {})) {
    CLAUSE_BREAK.lastIndex = name.end;
    if (CLAUSE_BREAK.test(text)) yield name;
  }
}

function* clauseIntroduced(text: string): Generator<Span> {
  for (const match of text.matchAll(CLAUSE_INTRO)) {
    if (!opensClause(text, match.index)) continue;
    const name = readName(text, match.index + match[0].length, {});
    if (name) yield name;
  }
}

function* catalanNames(text: string): Generator<Span> {
  for (const match of atWordStart(CA_ARTICLE, text)) {
    const at = match.index + match[0].length;
    const name = readName(text, at, { lowerBeforeBreak: Boolean(match.groups?.en) });
    if (name) yield name;
  }
}

/** Spaces, line breaks and a dash before a signed name ("Thanks!\n- Anna"). */
const SPACES = /\s*(?:[-–—~][ \t]*)?/y;

function* signedNames(text: string, pattern: RegExp, lowerCase: boolean): Generator<Span> {
  for (const match of atWordStart(pattern, text)) {
    SPACES.lastIndex = match.index + match[0].length;
    // A name on a line of its own after the sign-off needs nothing after it.
    const ownLine = SPACES.exec(text)![0].includes('\n');
    ANY_SIGN_OFF.lastIndex = SPACES.lastIndex;
    if (ANY_SIGN_OFF.test(text)) continue;
    const lowerAtLineEnd =
      lowerCase && (Boolean(match.groups?.sep) || startsLine(text, match.index) || ownLine);
    const name = readName(text, SPACES.lastIndex, { signed: !ownLine, lowerAtLineEnd });
    if (name) yield name;
  }
}

/**
 * A note that ends with a short line ending in a comma, or a short line that opens with a
 * sign-off ("Cảm ơn ad nhiều ạ!"), and then a name on its own ("Un abrazo fuerte,\nPepe"): the
 * name signs the note even when the sign-off's words are not all listed above.
 */
function* signature(text: string): Generator<Span> {
  const end = text.trimEnd().length;
  const lastLine = text.lastIndexOf('\n', end - 1) + 1;
  const before = text.slice(0, lastLine).trimEnd();
  const previous = before.slice(before.lastIndexOf('\n') + 1);
  ANY_SIGN_OFF.lastIndex = 0;
  const closing = /[,!.]$/u.test(previous) && ANY_SIGN_OFF.test(previous.trimStart());
  if (lastLine === 0 || !(previous.endsWith(',') || closing) || previous.split(/\s+/).length > 5)
    return;
  const name = readName(text, lastLine, { lowerAtLineEnd: true });
  if (name && /^[ \t.!]*$/.test(text.slice(name.end, end))) yield name;
}

export function* introducedNames(text: string): Generator<Span> {
  yield* after(STRONG_INTRO, text, { anyCase: true });
  yield* after(LABEL, text, { anyCase: true });
  yield* after(TR_NAME, text, { anyCase: true });
  yield* after(SELF_INTRO, text, { lowerBeforeBreak: true });
  yield* after(PRESENTING_INTRO, text, {});
  yield* hereIs(text);
  yield* clauseIntroduced(text);
  yield* catalanNames(text);
  for (const match of text.matchAll(NAME_FIRST))
    yield { start: match.index, end: match.index + match[0].length };
  yield* after(TITLED, text, {});
  for (const match of text.matchAll(NAME_HERE))
    if (!match[0].split(/[ \t]+/).some(isCommon))
      yield { start: match.index, end: match.index + match[0].length };
  yield* signedNames(text, SIGN_OFF, true);
  yield* signedNames(text, CAPITAL_SIGN_OFF, false);
  yield* signature(text);
  yield* uncasedNames(text);
}
