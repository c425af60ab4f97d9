import { SAYS } from './accounts.ts';
import { isCommon, phrases } from './lexicon.ts';
import type { Span } from './spans.ts';

/**
 * Passwords and passcodes typed into a note ("Apple ID password is hunter2", "Passwort: Sommer2024",
 * "code de verrouillage 4821"). After a colon any word that is not an ordinary one counts; after
 * "is" or right after the label only one that looks like a secret (a digit, a symbol or a capital
 * inside it), so "password reset", "Passwort vergessen", "la contraseña es incorrecta" and
 * "Password & Security" stay. When the note says whose password it is ("my password is
 * sunshine", "mein Passwort ist sonnenschein") or uses a verb that only states a value ("Das
 * Passwort lautet sonnenschein"), a plain word that ends its clause counts too, unless it says
 * what the password is like ("my password is wrong", "mi contraseña es incorrecta", "my
 * password is unchanged", "my password is working on the Mac"). A password is taken to end
 * where Chinese, Japanese or Korean text resumes ("パスワードはabc123です").
 */
const LABELS = phrases(`
  password|passwort|kennwort|mot de passe|contraseña|contrasena|clave|senha|palavra-passe|
  wachtwoord|пароль|hasło|haslo|lösenord|losenord|adgangskode|kodeord|passord|şifre|sifre|
  parola|heslo|salasana|jelszó|jelszo|mật khẩu|kata sandi|סיסמה|סיסמא|كلمة المرور|كلمة السر|
  รหัสผ่าน|पासवर्ड|パスワード|密码|密碼|비밀번호|passcode|pass code|pin code|pin-code|código pin|
  code de verrouillage|code d'accès|código de acceso|código de desbloqueo|codice di sblocco|
  código de bloqueio|toegangscode|entsperrcode|gerätecode|код-пароль|パスコード|密码锁|锁屏密码|암호|
  şifrem|sifrem|parolam|jelszavam|salasanani|lösenordet|losenordet|passordet|adgangskoden|
  kodeordet|wachtwoordje|şifresi|parolası|salasana on|jelszava|security answer|
  security question answer|answer to my security question|answer to the security question|
  secret answer|memorable word|sicherheitsantwort|antwort auf die sicherheitsfrage|
  réponse secrète|réponse à la question de sécurité|respuesta de seguridad|respuesta secreta|
  risposta di sicurezza|risposta segreta|resposta de segurança|antwoord op de beveiligingsvraag`);
/** Short forms that are also ordinary words ("pass the test"): only before a colon or "is". */
const SHORT_LABELS = 'passwd|pword|pass|pwd|pw|mdp';
/** The short forms that are no word: also right before a value that looks like a secret. */
const ABBREVIATIONS = 'passwd|pword|pwd|pw|mdp';
/** "is" as accounts read it, and the past a note tells it in ("the password was …"). */
const SAYS_OR_WAS = String.raw`${SAYS}|[ \t]+(?:was|war|était|je|to|это)[ \t]+`;
/** "password is: …", "Passwort war: …": a colon after the verb is still a colon. */
const COLON = String.raw`(?:[ \t]+(?:is|was|ist|war|est|es|era|è|é))?[ \t]*[:=][ \t]*`;
/** What the password is for, before the verb: "the encryption password for backups is …". */
const FOR = String.raw`[ \t]+(?:for|of|on|für|pour|de|del|para|per|voor|för|dla|для)(?:[ \t]+[\p{L}\p{N}-]+){1,2}?`;
const PASSWORD = new RegExp(
  String.raw`(?<![\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{N}])(?:(?:${LABELS})(?:(?<colon>${COLON})|(?:${FOR})?(?<says>${SAYS_OR_WAS})|[ \t]+)|(?:${SHORT_LABELS})(?:(?<short>${COLON})|(?<shortSays>${SAYS_OR_WAS}))|(?:${ABBREVIATIONS})[ \t]+)["'“„«‘]?(?<value>[^\s"'“”„«»‘’、。，\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,64})`,
  'dgiu',
);
const SECRET_LOOKING = /[\p{N}\p{P}\p{S}]|.\p{Lu}/u;

/**
 * "my", "mein", "mon", "mi", "meu", "mijn", "min", "мой", "mój", "benim" (and "our") before the
 * label, with up to two words between ("my Apple ID password"), or "我的", "私の", "내" right
 * before it: the note is about the writer's own password.
 */
const OWN = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(?:my|our|mein|meine|meinem|unser|unsere|mon|ma|notre|mi|mis|nuestra|nuestro|mio|mia|meu|minha|mijn|onze|min|mitt|mit|mine|мой|моя|моё|мое|наш|mój|moje|moja|benim|můj|minun|az én)(?:[ \t]+[\p{L}\p{N}-]+){0,2}[ \t]+$|(?:我的|私の|僕の|俺の|나의|내|제)[ \t]*$`,
  'iu',
);

/**
 * What a note says a password is like, in the languages of the labels' main users: these stay
 * after "my password is". Ordinary words (isCommon) stay as well.
 */
const DESCRIPTIONS = new Set(
  `invalid expired locked blocked rejected refused declined required
  needed requested asked accepted changed reset weak strong long short simple
  complicated complex different right good bad empty missing compromised
  leaked stolen hacked saved stored synced known set fixed gone definitely certainly surely
  valid working temporary
  probably actually absolutely totally completely one two three four five six seven eight
  richtig korrekt abgelaufen gesperrt ungültig unbekannt geändert zurückgesetzt gleiche
  gleich anders kurz lang schwach stark leer weg bekannt immer gültig
  faux fausse incorrecte correcte bon bonne mauvais mauvaise bloqué bloquée expiré expirée
  oubliée invalide changé changée différent différente même court
  incorrecta incorrecto correcta correcto errónea erróneo erronea erroneo inválida invalida
  inválido válida valida bloqueada bloqueado caducada caducado olvidada cambiada distinta
  diferente igual demasiado corta larga débil debil segura mala buena
  sbagliata errata corretta giusta scaduta bloccata dimenticata cambiata diversa uguale
  troppo lunga debole sicura
  incorreta errada correta certa expirada esquecida trocada fraca forte curta
  fout onjuist juist goed verlopen geblokkeerd ongeldig gewijzigd kort
  fel rätt spärrat spärrad ogiltigt ogiltig utgånget glömt ändrat samma
  неверный неправильный верный правильный заблокирован неверен`
    .trim()
    .split(/\s+/),
);

/** An English past participle ("unchanged", "recognised"): what happened to a password. */
const PARTICIPLE = /^[a-z]{3,}ed$/;

/**
 * What may follow a password that ends its clause: the end of the text or the line, sentence
 * punctuation, or "and", "but", "or" in the labels' main languages. "my password is working on
 * the Mac" goes on, so "working" is not the password.
 */
const CLAUSE_END = new RegExp(
  String.raw`^(?:[ \t]*(?:$|[\r\n.,;:!?)\]}»”’…])|[ \t]+(?:and|but|or|und|aber|oder|et|mais|ou|y|pero|o|e|ma|mas|en|maar|of|och|men|eller|og|и|но|или|а|oraz|ale|lub|ve|ama|veya)(?![\p{L}\p{N}]))`,
  'iu',
);

/**
 * Whether the note says what the writer's own password is ("my password is …"), or says it with
 * "lautet", which only ever introduces a value. Only with a verb: "my password sunshine" reads
 * too much like "my password doesn't work".
 */
function statesOwn(text: string, match: RegExpMatchArray): boolean {
  const says = match.groups!.says ?? match.groups!.shortSays;
  if (says === undefined) return false;
  return /lautet/i.test(says) || OWN.test(text.slice(Math.max(0, match.index! - 40), match.index));
}

/** A plain word stated as the writer's password, not what the password is like. */
function isPlainPassword(value: string, after: string): boolean {
  const word = value.toLowerCase();
  return !DESCRIPTIONS.has(word) && !PARTICIPLE.test(word) && CLAUSE_END.test(after);
}

/**
 * An ordinary word is no password ("Wi-Fi" as "wifi"); a compound is ordinary only if each part
 * is, since a passphrase ("correct-horse-battery") would otherwise pass as common by its last word.
 */
const ordinary = (value: string) =>
  isCommon(value.replace(/-/g, '')) || value.split('-').every((part) => part && isCommon(part));

export function* passwords(text: string): Generator<Span> {
  for (const match of text.matchAll(PASSWORD)) {
    const [start, valueEnd] = match.indices!.groups!.value!;
    let end = valueEnd;
    // Sentence punctuation after the value is the sentence's, not the password's.
    while (end > start && /[.,;:)\]}»”’]/u.test(text[end - 1]!)) end -= 1;
    const value = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(value) || ordinary(value)) continue;
    if (
      match.groups!.colon === undefined &&
      match.groups!.short === undefined &&
      !SECRET_LOOKING.test(value) &&
      !(statesOwn(text, match) && isPlainPassword(value, text.slice(end)))
    ) {
      continue;
    }
    yield { start, end };
  }
}
