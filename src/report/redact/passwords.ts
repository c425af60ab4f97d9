import { SAYS } from './accounts.ts';
import { isCommon, phrases } from './lexicon.ts';
import type { Span } from './spans.ts';

/**
 * Passwords and passcodes typed into a note ("Apple ID password is hunter2", "Passwort: Sommer2024",
 * "code de verrouillage 4821"). After a colon any word that is not an ordinary one counts; after
 * "is" or right after the label only one that looks like a secret (a digit, a symbol or a capital
 * inside it), so "password reset", "Passwort vergessen", "la contraseña es incorrecta" and
 * "Password & Security" stay; "my password is sunshine" is missed. A
 * password is taken to end where Chinese, Japanese or Korean text resumes ("パスワードはabc123です").
 */
const LABELS = phrases(`
  password|passwort|kennwort|mot de passe|contraseña|contrasena|clave|senha|palavra-passe|
  wachtwoord|пароль|hasło|haslo|lösenord|losenord|adgangskode|kodeord|passord|şifre|sifre|
  parola|heslo|salasana|jelszó|jelszo|mật khẩu|kata sandi|סיסמה|סיסמא|كلمة المرور|كلمة السر|
  รหัสผ่าน|पासवर्ड|パスワード|密码|密碼|비밀번호|passcode|pass code|pin code|pin-code|código pin|
  code de verrouillage|code d'accès|código de acceso|código de desbloqueo|codice di sblocco|
  código de bloqueio|toegangscode|entsperrcode|gerätecode|код-пароль|パスコード|密码锁|锁屏密码|암호`);
/** "is" as accounts read it, and the past a note tells it in ("the password was …"). */
const SAYS_OR_WAS = String.raw`${SAYS}|[ \t]+(?:was|war|était|je|to|это)[ \t]+`;
const PASSWORD = new RegExp(
  String.raw`(?<![\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{N}])(?:${LABELS})(?:(?<colon>[ \t]*[:=][ \t]*)|${SAYS_OR_WAS}|[ \t]+)["'“„«‘]?(?<value>[^\s"'“”„«»‘’、。，\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,64})`,
  'dgiu',
);
const SECRET_LOOKING = /[\p{N}\p{P}\p{S}]|.\p{Lu}/u;

export function* passwords(text: string): Generator<Span> {
  for (const match of text.matchAll(PASSWORD)) {
    const [start, valueEnd] = match.indices!.groups!.value!;
    let end = valueEnd;
    // Sentence punctuation after the value is the sentence's, not the password's.
    while (end > start && /[.,;:)\]}»”’]/u.test(text[end - 1]!)) end -= 1;
    const value = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(value) || isCommon(value)) continue;
    if (match.groups!.colon === undefined && !SECRET_LOOKING.test(value)) continue;
    yield { start, end };
  }
}
