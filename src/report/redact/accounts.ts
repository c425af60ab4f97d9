import { isCommon, phrases } from './lexicon.ts';
import { atWordStart, spansOf, type Span } from './spans.ts';

/** Email addresses, Apple Account identifiers and user names. */

/**
 * Addresses in any script ("иван@почта.рф", "用户@例子.广告", "Μαρία@παράδειγμα.ελ"). Each part is
 * a run of one script, so a Latin address in Japanese text ("メールはmaria@icloud.comです") does
 * not take the words around it; a part in another script than Latin starts with a letter, so a
 * run of digits is read once.
 */
const SCRIPTS =
  `Latin Cyrillic Greek Han Hangul Arabic Hebrew Thai Devanagari Armenian Georgian`.split(' ');
const localPart = (script: string) => {
  const char = String.raw`[\p{Script=${script}}\p{N}\p{M}!#$%&'*+/=?^_\x60{|}~.-]`;
  const first = script === 'Latin' ? char : String.raw`\p{Script=${script}}`;
  // The local part starts where its run of characters starts, so a long run is read only once.
  return String.raw`(?<!${char})${first}${char}*`;
};
const labelPart = (script: string) =>
  script === 'Latin'
    ? String.raw`[\p{Script=Latin}\p{N}\p{M}-]+`
    : String.raw`\p{Script=${script}}[\p{Script=${script}}\p{N}\p{M}-]*`;
const LOCAL_PART = SCRIPTS.map(localPart).join('|');
const LABEL_PART = `(?:${SCRIPTS.map(labelPart).join('|')})`;
const EMAIL = new RegExp(String.raw`(?:${LOCAL_PART})@${LABEL_PART}(?:\.${LABEL_PART})+`, 'gu');
/**
 * An address spelled out against spam robots: "bill dot okafor at yahoo dot com", "k punkt
 * brandt (at) gmx punkt de", "olga.ivanova собака yandex точка ru". It must end in a known
 * top-level domain, so "I was at work. Then" is no address.
 */
const AT_WORDS = String.raw`at|arroba|chiocciola|arobase|klammeraffe|собака|골뱅이|アットマーク|アット|艾特|małpa|malpa|kukac|snabel-a|apenstaart|zavináč|ät`;
const DOT_WORDS = String.raw`dot|punkt|point|punto|ponto|точка|닷|ドット|点|kropka|nokta|pont|piste|tečka|prikk|punt|chấm|titik`;
const TLDS = String.raw`com|net|org|edu|gov|info|biz|io|me|co|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|sk|hu|ro|bg|gr|pt|br|ar|mx|cl|ru|ua|tr|il|sa|ae|in|cn|jp|kr|tw|hk|vn|id|my|th|sg|au|nz|ca|us|ie|za|eg|ma|lt|lv|ee|hr|rs|si`;
const SPELLED_PART = String.raw`[\p{Script=Latin}\d_-]+`;
/** Also the signs themselves with spaces around them: "maria @ icloud . com", "maria[@]gmail.com". */
const SPELLED_DOT = String.raw`(?:\.|\s+\.\s+|\s+(?:${DOT_WORDS})\s+|\s*[[(<{](?:${DOT_WORDS}|\.)[\])>}]\s*)`;
const SPELLED_AT = String.raw`(?:\s*@\s*|\s+(?:${AT_WORDS})\s+|\s*[[(<{](?:${AT_WORDS}|@)[\])>}]\s*)`;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\d_.-])${SPELLED_PART}(?:${SPELLED_DOT}${SPELLED_PART})*${SPELLED_AT}${SPELLED_PART}(?:${SPELLED_DOT}${SPELLED_PART})*${SPELLED_DOT}(?:${TLDS})(?![\p{L}\d])`,
  'giu',
);
export const emails = (text: string) => [...spansOf(EMAIL, text), ...spansOf(SPELLED_EMAIL, text)];

/** An identifier: Latin letters, digits and @ . _ + -, never ending in a full stop. */
const ID = String.raw`[\p{Script=Latin}\p{N}\p{M}@_+-]+(?:\.[\p{Script=Latin}\p{N}\p{M}@_+-]+)*`;
/** Without a colon, only what looks like an identifier counts ("Apple ID is locked" does not). */
const ID_LIKE = String.raw`(?=[\p{Script=Latin}\p{N}\p{M}+-]*(?:[@_\d]|\.[\p{Script=Latin}\p{N}]))${ID}`;
const PHONE_VALUE = String.raw`\+?\d[\d ()./-]{5,}\d`;
const COLON = String.raw`[ \t]*[:：=][ \t]*["'“„«‘]?`;
/** "is" and its translations, or a topic marker ("は", "는"), before a value. */
export const SAYS = String.raw`[ \t]+(?:is|ist|lautet|est|es|è|é|era|são|er|är)[ \t]+|[ \t]*(?:は|是|는|은)[ \t]*`;
const OPEN_QUOTE = `["'“„«‘]?`;
const VERB = String.raw`(?:${SAYS}|[ \t]+)${OPEN_QUOTE}`;

const APPLE_ACCOUNT_LABELS = phrases(`
  apple id|apple-id|appleid|apple account|apple-account|apple konto|apple-konto|apple-kennung|
  icloud id|icloud-id|icloud account|icloud konto|icloud-konto|icloud e-mail|icloud email|
  icloud mail|icloud-mail|dsid|identifiant apple|compte apple|id apple|identifiant icloud|
  compte icloud|id de apple|cuenta de apple|cuenta apple|id de icloud|cuenta de icloud|
  account apple|account icloud|conta apple|id da apple|conta do icloud|apple アカウント|
  apple 账户|apple 账号|apple 帐户|apple kimliği|apple hesabı|apple 계정|аккаунт apple|
  учётная запись apple|учетная запись apple|konto apple|apple-konto|
  účet apple|apple účet|apple-tunnus|обліковий запис apple|λογαριασμός apple|cont apple|
  contul apple|apple fiók|tài khoản apple|akun apple`);
const APPLE_ACCOUNT = new RegExp(
  String.raw`(?:${APPLE_ACCOUNT_LABELS})(?:-?e[nt](?:[ \t]+(?:min|mitt|mit))?)?(?:${COLON}(?<any>${PHONE_VALUE}|${ID})|${VERB}(?<id>${ID_LIKE}))`,
  'dgiu',
);

/** Labels that name an account whatever follows "is": "my username is anna". */
const USER_LABELS = phrases(`
  my login|mein login|mon login|mi login|il mio login|o meu login|mijn login|username|
  user name|user id|userid|user-id|login name|login id|account name|benutzername|nutzername|
  anmeldename|benutzerkennung|nom d'utilisateur|identifiant|nombre de usuario|nome utente|
  nome de usuário|nome de utilizador|nome do usuário|gebruikersnaam|ユーザ名|ユーザー名|ユーザid|
  ユーザーid|ログインid|ログイン名|アカウント名|用户名|用戶名|账号|帐号|帳號|账户名|登录名|
  имя пользователя|логин|учётная запись|учетная запись|nazwa użytkownika|login użytkownika|
  användarnamn|brugernavn|brukernavn|kullanıcı adı|kullanıcı adım|사용자 이름|사용자명|아이디|
  uživatelské jméno|používateľské meno|käyttäjätunnus|käyttäjänimi|ім'я користувача|логін|
  όνομα χρήστη|nume de utilizator|felhasználónév|tên người dùng|tên đăng nhập|nama pengguna|
  korisničko ime|потребителско име|потребителското ми име|nom d'usuari|kasutajanimi|
  naudotojo vardas|vartotojo vardas|שם המשתמש|שם משתמש|اسم المستخدم|ชื่อผู้ใช้|यूज़रनेम|
  उपयोगकर्ता नाम`);
/** Plain words that name an account only before a colon or an identifier: "login anna77". */
const USER_WORDS = phrases(`
  user|login|benutzer|nutzer|utilisateur|usuario|usuaria|utente|usuário|utilizador|gebruiker|用户`);
/**
 * "Account" and its translations name an account as often as they name a plan or a state
 * ("Account: locked", "Konto: 2 TB"): only an identifier after them counts, one that starts with
 * a letter ("Account: marie.dubois1984", "Cuenta: pedro_gomez88").
 */
const ACCOUNT_WORDS = phrases(`
  account|acct|konto|compte|cuenta|conta|accountnaam|аккаунт|учётка|учетка|hesap|hesabım|
  tili|účet|fiók|アカウント|账户|帐户|계정`);
const ACCOUNT_ID = String.raw`(?=\p{Script=Latin})${ID_LIKE}`;
/** "user" and its translations, also before a plain word that is not an ordinary one ("user jdoe"). */
const USER_NOUNS = phrases(`
  user|benutzer|nutzer|utilisateur|usuario|usuaria|utente|usuário|utilizador|gebruiker`);
const IS = `(?:${SAYS})${OPEN_QUOTE}`;
/**
 * A few words after the label, an identifier with a dot or an underscore inside ("username on
 * my Mac is hind_m", "korisničko ime na Macu mi je nikola.b"): the words for "is" and "on" in
 * languages the lists do not hold. A version or a number never counts.
 */
const NEAR_ID = String.raw`(?=\p{Script=Latin}{2,}[\p{Script=Latin}\p{N}]*[._][\p{Script=Latin}\p{N}])${ID}`;
const USER = new RegExp(
  String.raw`(?:` +
    [
      String.raw`(?:${USER_LABELS})(?:${COLON}|${IS})(?<any>${ID})`,
      String.raw`(?:${USER_LABELS}|${USER_WORDS})(?:${COLON}(?<name>${ID})|${VERB}(?<id>${ID_LIKE}))`,
      // Thai glues the next word to the label ("ชื่อผู้ใช้บน Mac คือ malee_k").
      String.raw`(?:${USER_LABELS})[^\s.,;:：!?]*(?:[ \t]+[^\s.,;:：!?]+){0,4}?(?:${COLON}|[ \t]+${OPEN_QUOTE})(?<near>${NEAR_ID})`,
      String.raw`(?:${USER_LABELS}|${USER_NOUNS})[ \t]+["'“„«‘]?(?<plain>${ID})`,
      String.raw`(?:${ACCOUNT_WORDS})(?:${COLON}|${VERB})(?<account>${ACCOUNT_ID})`,
    ].join('|') +
    ')',
  'dgiu',
);
/** The account folder in a path: "/Users/anna/…", "C:\Users\anna\…". */
const USER_FOLDER =
  /(?:\/Users\/|\/home\/|\\Users\\|\\Documents and Settings\\|\\Dokumente und Einstellungen\\)(?<value>[^/\\\s]+)/dgiu;

/**
 * A social handle ("@helen_c_1985", "Twitter: @jsmith84"): an at sign that no address goes with.
 * Emails are masked before this runs; "@home" and "@Apple" are ordinary words, "@3am" a time.
 */
const HANDLE = /(?<![\p{L}\p{N}_.@])@(?<value>[A-Za-z_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_])/dgu;

function* handles(text: string): Generator<Span> {
  for (const match of text.matchAll(HANDLE)) {
    const value = match.groups!.value!;
    if (/[\d_.]/.test(value) || !isCommon(value))
      yield { start: match.index, end: match.index + match[0].length };
  }
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** A second word that ends the field: "Apple ID: maria lopez" gives a name, not an identifier. */
const SURNAME = /^[ \t]+[\p{L}\p{M}'’-]+(?=[ \t]*(?:[,;!?)]|\.(?!\S)|\r?\n|$))/u;

function nameGoesOn(text: string, value: string, end: number): number {
  if (!/^[\p{L}\p{M}'’-]+$/u.test(value)) return end;
  const next = SURNAME.exec(text.slice(end, end + 60))?.[0];
  return next && !isCommon(next.trim()) ? end + next.length : end;
}

function* values(pattern: RegExp, text: string): Generator<Span> {
  for (const match of atWordStart(pattern, text, LATIN_OR_DIGIT)) {
    const groups = match.indices?.groups;
    const [start, end] = groups?.any ??
      groups?.name ??
      groups?.id ??
      groups?.plain ??
      groups?.near ??
      groups?.account ?? [0, 0];
    const value = text.slice(start, end);
    // A few words away from its label, a web address or a file name is no user name.
    if (groups?.near && /\.(?:com|net|org|app|html?|jpe?g|png|heic|pdf|zip)$/i.test(value))
      continue;
    // A capitalised word then a lower-case one is the sentence going on ("kasutajanimi Macis on").
    if (groups?.plain && /^\p{Lu}\p{Ll}+$/u.test(value) && /^[ \t]+\p{Ll}/u.test(text.slice(end)))
      continue;
    // An identifier ("j.doe-admin") is never an ordinary word, whatever its parts.
    if (end > start && (/[\d._@]/.test(value) || !isCommon(value)))
      yield { start, end: groups?.any ? nameGoesOn(text, value, end) : end };
  }
}

export const appleAccounts = (text: string) => values(APPLE_ACCOUNT, text);
export const usernames = (text: string) => [
  ...values(USER, text),
  ...spansOf(USER_FOLDER, text),
  ...handles(text),
];
