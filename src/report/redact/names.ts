import { bracketedRelatives } from './bracketed-names.ts';
import { isCarrier } from './carriers.ts';
import { isCommon, phrases } from './lexicon.ts';
import { contactLines } from './contact-lines.ts';
import { greetedNames } from './greetings.ts';
import { ownerFields } from './owner-fields.ts';
import { readName, type NameOptions } from './reader.ts';
import { signedNamesIn } from './sign-offs.ts';
import { thirdParties } from './third-parties.ts';
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
  me llamo|mi nombre es|mi nombre|mi nombre completo es|mera naam|mera nam|sesión iniciada como|sesion iniciada como|
  conectado como|conectada como|mi chiamo|il mio nome è|il mio nome e'|il mio nome é|
  connesso come|connessa come|meu nome é|meu nome e|o meu nome é|me chamo|chamo-me|
  mijn naam is|ik heet|ingelogd als|aangemeld als|
  меня зовут|моё имя|мое имя|моя фамилия|вошёл как|вошел как|вошла как|вход выполнен как|
  nazywam się|mam na imię|moje imię to|moje imię i nazwisko to|zalogowany jako|zalogowana jako|
  jag heter|mitt namn är|inloggad som|jeg hedder|mit navn er|logget ind som|jeg heter|
  mitt navn er|logget inn som|benim adım|benim ismim|ismim|İsmim|BENİM ADIM|BENİM İSMİM|İSMİM|
  jmenuji se|jmenuju se|moje jméno je|mé jméno je|přihlášen jako|přihlášena jako|
  přihlášený jako|přihlášená jako|volám sa|moje meno je|prihlásený ako|prihlásená ako|
  nimeni on|minun nimeni on|kirjautuneena nimellä|kirjautunut nimellä|мене звати|мене звуть|моє ім'я|
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
  name|full name|first name|last name|surname|given name|family name|from|cc|bcc|contact|vorname|
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
 * one that ends the clause and does not read like an adjective ("soy maria y…", "i'm anna,"),
 * also after the article some put before a first name ("Sou a Júlia", "bin die Steffi").
 */
const SELF = phrases(`
  i'm|i am|ich bin|je suis|je me présente|soy|yo soy|sono|io sono|sou|eu sou|ik ben|
  sou a|sou o|soy la|soy el|sono la|sono il|ich bin die|ich bin der|bin die|bin der`);

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

const END = String.raw`(?![\p{L}\p{N}])`;
const STRONG_INTRO = new RegExp(`(?:${STRONG})${END}(?:[ \\t]*[:：—–])?`, 'giu');
const LABEL = new RegExp(`(?:${LABELS})[ \\t]*[:：]`, 'giu');
const SELF_INTRO = new RegExp(`(?:${SELF})${END}`, 'giu');
/** Turkish "adım" ("my name") is also "step": it introduces a name only where a clause opens. */
const TR_NAME = /(?=[aA])(?<=(?:^|[\n.!?,;])[ \t]*)(?:adım|Adım|ADIM)(?=[ \t])/gu;
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

/**
 * Courtesy titles, written as they are before a name ("Mrs Smith", "Rev. Adeyemi", "Frau Weber", "paní Věru
 * Kratochvílovou", "doamna Maria Georgescu", "chị Ngọc", "Pak Budi", "г-жа Ангелова", "Puan
 * Salmah"), and a colleague by their role ("Vaš kolega Goran", "el vostre company Albert"): the
 * capitalised name after them is masked, the title stays. Case matters: "pan" is Czech and
 * Polish for "Mr", "Pan" is not. Italian and Spanish write their abbreviated titles in lower case
 * inside a sentence, also after an elided article ("il sig. Ferrante", "all'avv. Marchetti", "el
 * sr. Pérez"); with their dot they are no word of their own.
 */
const TITLED = new RegExp(
  String.raw`(?:(?<![\p{L}\p{M}\p{N}_.'’-])(?:Mr|Mrs|Ms|Mx|Dr|Dra|Doutor|Doutora|Prof|Rev|Revd|Pastor|Fr|Mag|Mgr|Bc|MUDr|JUDr|PhDr|Bay|Bayan|Don|Doña|Dña|Dona|Herr|Frau|Hr|M|Mme|Mlle|Monsieur|Madame|Mademoiselle|Sr|Sra|Srta|Señor|Señora|Senhor|Senhora|Sig|Sig\.ra|Signor|Signora|Dott|Dott\.ssa|Dhr|Mevr|Meneer|Mevrouw|Fru|Ing|pan|pani|paní|pane|panu|panią|pán|Pán|pána|pánovi|doamna|doamnei|domnul|domnului|dna|dl|chị|anh|cô|chú|bác|bà|ông|bé|Pak|Bapak|Bu|Ibu|Puan|Encik|Cik|Tuan|Haji|Hajah|κύριος|κυρία|κύριο|κυρίας|κ|пан|пані|пана|г-жа|г-н|г-ца|госпожа|господин|госпожица|gospođa|gospođe|gospođi|gospodin|gospodina|gospodinu|gđa|gđe|senyora|senyor|ponia|ponios|poniai|ponas|pono|ponui|proua|härra|preili|herra|rouva|kolega|kolegica|kolegice|колега|колежка|kolleeg|vostre company|vostra companya)\.?|(?<![\p{L}\p{M}\p{N}_.-])(?:(?:sig|dott|avv|sr|sra|srta|dr|dra)\.|sig\.ra|dott\.ssa))[ \t\u00a0]+(?=\p{Lu})`,
  'gu',
);
/**
 * A name, then the word for "here", opening a clause: "Anna here,", "Hùng đây,", "Ο Νίκος εδώ,",
 * "Dengan Agus di sini,", "Mikko täällä", also after the Nordic "it is" ("Hej, det är Oskar här.",
 * "Det er Mads her,").
 */
const NAME_HERE = new RegExp(
  String.raw`(?=\p{Lu})(?<=(?:^|[\n.!?]|[,;:][ \t])[ \t]*(?:(?:Ο|Η|Dengan|[Dd]et är|[Dd]et er)[ \t]+)?)\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,2}(?=[ \t]+(?:here|hier|ici|aquí|acá|qui|aqui|đây|εδώ|di sini|tady|täällä|aici|itt|тут|здесь|här|her)[ \t]*[,.!;—–-])`,
  'gu',
);

/**
 * A single word after "this is", "c'est", "I'm", "sono" that ends like an adjective is one, also
 * capitalised for emphasis ("This is Ridiculous", "C'est Pénible", "I'm Exhausted", "I'm
 * Stressed", "I'm Scared"): no first name ends so (the "-ed" of names is "-med", "-red", "-ied",
 * "-eed": Ahmed, Alfred, Siegfried, Saeed). The words themselves are in the lexicon.
 */
const ADJECTIVE_ENDING =
  /\p{L}{3}(?:ous|ible|able|ibile|abile|ful|less|ing|ated|ised|ized)$|\p{L}{2}(?:ssed|sted|cked|nted|used|rned|zled|fled|mped|tted|lmed|ared)$/iu;

/**
 * Where someone is from, written with a capital after "I'm", "je suis", "soy", "ich bin" ("I'm
 * Italian", "Soy Mexicano"). Only there: elsewhere some of these are names ("Danish").
 */
const NATIONALITIES = new Set(
  `english british american canadian australian irish scottish welsh german french spanish
  italian portuguese dutch belgian swiss austrian polish russian ukrainian swedish norwegian
  danish finnish turkish greek chinese japanese korean indian pakistani brazilian mexican
  argentinian colombian chilean peruvian filipino vietnamese thai indonesian egyptian nigerian
  français française allemand allemande italien italienne espagnol espagnole belge suisse
  canadien canadienne québécois québécoise anglais anglaise español española mexicano mexicana
  argentino colombiano colombiana chileno chilena peruano peruana venezolano venezolana cubano
  cubana italiano italiana francés francesa alemán alemana brasileiro brasileira brasileño
  brasileña portugués portuguesa tedesco tedesca francese spagnolo spagnola inglese deutscher
  österreicher österreicherin schweizer schweizerin`.split(/\s+/),
);

/** Nor is the mobile network someone says they are with ("C'est Orange", "Это Билайн"). */
function* notAdjective(text: string, names: Iterable<Span>): Generator<Span> {
  for (const name of names) {
    const value = text.slice(name.start, name.end);
    if (ADJECTIVE_ENDING.test(value) || NATIONALITIES.has(value.toLowerCase())) continue;
    if (!isCarrier(value)) yield name;
  }
}

/**
 * "Im" is also German ("Im Auftrag von …", "Im Moment geht das Backup nicht"): without its
 * apostrophe and before German words later in the clause, it introduces nobody.
 */
const GERMAN_WORDS =
  /^[^.!?\n]*?(?<![\p{L}])(?:und|nicht|ist|das|der|die|den|dem|des|ich|geht|ging|habe|hat|von|vom|mit|auf|bei|seit|wird|wurde|auch|noch|war|kein|keine)(?![\p{L}])/u;

function* selfIntroduced(text: string): Generator<Span> {
  for (const match of atWordStart(SELF_INTRO, text)) {
    const at = match.index + match[0].length;
    // German "im" ("im August auch nicht") is English "I'm" without its apostrophe.
    if (/^im$/iu.test(match[0]) && GERMAN_WORDS.test(text.slice(at, at + 120))) continue;
    const name = readName(text, at, { lowerBeforeBreak: true });
    if (name) yield name;
  }
}

function* after(pattern: RegExp, text: string, options: NameOptions): Generator<Span> {
  for (const match of atWordStart(pattern, text)) {
    const name = readName(text, match.index + match[0].length, options);
    if (name) yield name;
  }
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

export function* introducedNames(text: string): Generator<Span> {
  yield* after(STRONG_INTRO, text, { anyCase: true });
  yield* after(LABEL, text, { anyCase: true });
  yield* ownerFields(text);
  yield* contactLines(text);
  yield* greetedNames(text);
  yield* thirdParties(text);
  yield* after(TR_NAME, text, { anyCase: true });
  yield* notAdjective(text, selfIntroduced(text));
  yield* notAdjective(text, after(PRESENTING_INTRO, text, {}));
  yield* hereIs(text);
  yield* clauseIntroduced(text);
  yield* catalanNames(text);
  for (const match of text.matchAll(NAME_FIRST))
    yield { start: match.index, end: match.index + match[0].length };
  yield* after(TITLED, text, {});
  for (const match of text.matchAll(NAME_HERE))
    if (!match[0].split(/[ \t]+/).some(isCommon))
      yield { start: match.index, end: match.index + match[0].length };
  yield* signedNamesIn(text);
  yield* uncasedNames(text);
  yield* bracketedRelatives(text);
}
