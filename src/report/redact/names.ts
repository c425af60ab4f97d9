import { phrases } from './lexicon.ts';
import { readName, type NameOptions } from './reader.ts';
import { atWordStart, type Span } from './spans.ts';

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
  mitt navn er|logget inn som|benim adım|benim ismim|ismim|İsmim|BENİM ADIM|BENİM İSMİM|İSMİM`);

/** Labels: "Name: …", "Nom : …", "Nombre: …". */
const LABELS = phrases(`
  name|full name|first name|last name|surname|given name|family name|from|contact|vorname|
  nachname|vollständiger name|absender|kontakt|nom|prénom|nom complet|expéditeur|nombre|
  apellido|apellidos|nombre completo|remitente|contacto|nome|cognome|nome completo|mittente|
  contatto|sobrenome|contato|naam|voornaam|achternaam|volledige naam|afzender|имя|фамилия|фио|
  полное имя|отправитель|imię|nazwisko|imię i nazwisko|nadawca|namn|förnamn|efternamn|
  avsändare|navn|fornavn|efternavn|etternavn|fulde navn|fullt navn|afsender|avsender|ad soyad|
  adı soyadı|isim|İsim|soyadı|gönderen`);

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
  jestem|tu|det här är|här är|jag är|det er|her er|dette er|jeg er|ben|я`);

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

const END = String.raw`(?![\p{L}\p{N}])`;
const STRONG_INTRO = new RegExp(`(?:${STRONG})${END}(?:[ \\t]*[:：—–])?`, 'giu');
const LABEL = new RegExp(`(?:${LABELS})[ \\t]*[:：]`, 'giu');
const SELF_INTRO = new RegExp(`(?:${SELF})${END}`, 'giu');
/** Turkish "adım" ("my name") is also "step": it introduces a name only where a clause opens. */
const TR_NAME = /(?<=(?:^|[\n.!?,;])[ \t]*)(?:adım|ADIM)(?=[ \t])/gu;
const PRESENTING_INTRO = new RegExp(`(?:${PRESENTING})${END}`, 'giu');
/** "Grüße aus Köln," is still a sign-off: a short "from <place>" may sit between. */
const FROM_PLACE = String.raw`(?:[ \t]+(?:aus|from|de|desde|da|dal|dalla|uit|vom|von|van)[ \t]+[\p{L}-]+(?:[ \t][\p{L}-]+)?)?`;
const SIGN_OFF = new RegExp(
  `(?:${SIGN_OFFS})${FROM_PLACE}(?<sep>[ \\t]*[,!.:;–—-]+)?(?=\\s)`,
  'giu',
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

/** Spaces, line breaks and a dash before a signed name ("Thanks!\n- Anna"). */
const SPACES = /\s*(?:[-–—~][ \t]*)?/y;

function* signedNames(text: string): Generator<Span> {
  for (const match of atWordStart(SIGN_OFF, text)) {
    SPACES.lastIndex = match.index + match[0].length;
    // A name on a line of its own after the sign-off needs nothing after it.
    const ownLine = SPACES.exec(text)![0].includes('\n');
    const lowerAtLineEnd = Boolean(match.groups?.sep) || startsLine(text, match.index) || ownLine;
    const name = readName(text, SPACES.lastIndex, { signed: !ownLine, lowerAtLineEnd });
    if (name) yield name;
  }
}

/**
 * A note that ends with a short line ending in a comma and then a name on its own ("Un abrazo
 * fuerte,\nPepe"): the name signs the note even when the sign-off is not one listed above.
 */
function* signature(text: string): Generator<Span> {
  const end = text.trimEnd().length;
  const lastLine = text.lastIndexOf('\n', end - 1) + 1;
  const before = text.slice(0, lastLine).trimEnd();
  const previous = before.slice(before.lastIndexOf('\n') + 1);
  if (lastLine === 0 || !previous.endsWith(',') || previous.split(/\s+/).length > 5) return;
  const name = readName(text, lastLine, { lowerAtLineEnd: true });
  if (name && /^[ \t.!]*$/.test(text.slice(name.end, end))) yield name;
}

export function* introducedNames(text: string): Generator<Span> {
  yield* after(STRONG_INTRO, text, { anyCase: true });
  yield* after(LABEL, text, { anyCase: true });
  yield* after(TR_NAME, text, { anyCase: true });
  yield* after(SELF_INTRO, text, { lowerBeforeBreak: true });
  yield* after(PRESENTING_INTRO, text, {});
  yield* signedNames(text);
  yield* signature(text);
}
