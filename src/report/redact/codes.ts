import { phrases } from './lexicon.ts';
import { atWordStart, type Span } from './spans.ts';
import { unitAt } from './units.ts';

/*
 * One-time codes, PINs and recovery keys typed into a note ("the verification code was 482913",
 * "PIN: 4821", "验证码：482913", "recovery key: ABCD-…"). They hold no letter, so the password
 * rules never take them, and they are too short for phone numbers. Only digits count as a code,
 * so "my PIN doesn't work" stays; error codes ("error code 4013", "Fehlercode 4013", "code -1")
 * stay because a bare "code" counts only before "is" or a colon, or before six digits (the
 * length of a sign-in code), and never after a word for "error".
 */

/** Words that name a one-time code or a PIN, whatever number follows them. */
const CODE_LABELS = phrases(`
  verification code|security code|confirmation code|two-factor code|two factor code|2fa code|
  2-factor code|one-time code|one time code|one-time password|otp|otp code|login code|
  sign-in code|sign in code|access code|activation code|recovery code|backup code|
  authentication code|auth code|sms code|text code|pin|pin code|pin number|sim pin|puk|
  bestätigungscode|verifizierungscode|verifikationscode|sicherheitscode|einmalcode|
  anmeldecode|zugangscode|aktivierungscode|wiederherstellungscode|pin-code|pin-nummer|
  geheimzahl|code de vérification|code de sécurité|code de confirmation|code à usage unique|
  code d'authentification|code de validation|code d'activation|code de récupération|code pin|
  code secret|código de verificación|código de seguridad|código de confirmación|
  código de activación|código de recuperación|código pin|código de un solo uso|
  código de verificação|código de segurança|código de confirmação|código de ativação|
  código de recuperação|codice di verifica|codice di sicurezza|codice di conferma|
  codice di accesso|codice di attivazione|codice di recupero|codice pin|codice monouso|
  verificatiecode|beveiligingscode|bevestigingscode|inlogcode|activeringscode|herstelcode|
  pincode|sms-code|код подтверждения|код проверки|проверочный код|код безопасности|
  одноразовый код|код из смс|код активации|код восстановления|пин-код|пин код|пин|
  код підтвердження|код безпеки|код за потвърждение|kod weryfikacyjny|kod potwierdzający|
  kod bezpieczeństwa|kod jednorazowy|kod sms|kod aktywacyjny|kod pin|verifieringskod|
  bekräftelsekod|säkerhetskod|engångskod|pinkod|pin-kod|bekræftelseskode|verifikationskode|
  sikkerhedskode|engangskode|pinkode|pin-kode|bekreftelseskode|verifiseringskode|
  sikkerhetskode|doğrulama kodu|dogrulama kodu|onay kodu|güvenlik kodu|tek kullanımlık kod|
  sms kodu|aktivasyon kodu|pin kodu|ověřovací kód|bezpečnostní kód|potvrzovací kód|pin kód|
  overovací kód|ellenőrző kód|biztonsági kód|megerősítő kód|vahvistuskoodi|turvakoodi|
  tunnusluku|pin-koodi|cod de verificare|cod de securitate|cod de confirmare|cod pin|
  κωδικός επαλήθευσης|κωδικός ασφαλείας|κωδικός επιβεβαίωσης|verifikacijski kod|
  sigurnosni kod|kod za potvrdu|mã xác minh|mã xác nhận|mã bảo mật|mã otp|mã pin|
  kode verifikasi|kode keamanan|kode otp|kod pengesahan|kod keselamatan|codi de verificació|
  kinnituskood|turvakood|patvirtinimo kodas|קוד אימות|קוד האימות|קוד אבטחה|
  رمز التحقق|رمز التأكيد|رمز الأمان|كود التحقق|รหัสยืนยัน|รหัส otp|सत्यापन कोड|ओटीपी|
  確認コード|認証コード|検証コード|セキュリティコード|ワンタイムパスワード|ワンタイムコード|
  暗証番号|pinコード|验证码|驗證碼|确认码|確認碼|安全码|安全碼|校验码|动态码|动态密码|
  一次性密码|pin码|인증번호|인증 번호|인증코드|인증 코드|확인 코드|확인코드|보안 코드|
  보안코드|핀 번호|핀번호`);
/** The word "code" alone: a code only when the note states it, or in a sign-in code's length. */
const BARE_LABELS = phrases(`
  code|codes|código|codice|codi|kod|kód|kode|koodi|cod|kodas|kood|kodu|kodum|κωδικός|код|
  קוד|رمز|كود|mã`);
/** "is", "was" and their translations, with the topic markers of Japanese, Chinese and Korean. */
const STATES = String.raw`[ \t]+(?:is|was|are|ist|war|lautet|lautete|est|était|es|era|fue|è|é|foi|er|var|är|je|to|jest|это|был|є|е|on|oli|είναι|este|e|és|yra|là|adalah|ialah|הוא|هو)[ \t]*:?[ \t]*|[ \t]*(?:は|是|为|為|는|은|이|가|คือ)[ \t]*`;
const COLON = String.raw`[ \t]*[:：=#][ \t]*`;
const VALUE = String.raw`["'“„«‘]?(?<value>\d{3}[ -]\d{3}|\d{4,8})`;
/** Not part of a longer number, a date, a time, a version or a word. */
const VALUE_END = String.raw`(?![\p{N}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}_]|[.,:/-]\d)`;

/** The endings of a label's definite or plural form: "koden", "codul", "kodu", "codes". */
const ENDING = '(?:en|et|ul|u|a|y|s|n)?';
/**
 * A few words between the label and "is" or a colon: "the code Apple sent was 482913", "security
 * code on the Mac: 731 205".
 */
const WORDS = String.raw`(?:[ \t]+[\p{L}'’-]+){0,5}?`;
const CODE = new RegExp(
  String.raw`(?:${CODE_LABELS})${ENDING}(?:${WORDS}(?:${STATES}|${COLON})|[ \t]*)${VALUE}${VALUE_END}`,
  'dgiu',
);
const BARE_CODE = new RegExp(
  String.raw`(?:${BARE_LABELS})${ENDING}(?:${WORDS}(?:${STATES}|${COLON})|[ \t]+(?=["'“„«‘]?\d{3}[ -]?\d{3}${VALUE_END}))${VALUE}${VALUE_END}`,
  'dgiu',
);
/** Labels of scripts written with spaces start a word; Chinese and Japanese ones need not. */
const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;
/**
 * "error code: 4013", "CKError code is 2", "the code of the error was 4013", "код ошибки": the
 * number names an error.
 */
const ERROR =
  /error|fehler|erreur|errore|erro|fout|fel|fejl|feil|ошибк|помилк|błąd|hata|chyba|virhe|hiba|eroare|σφάλμα|lỗi|kesalahan|ralat|klaida|viga|greška|грешка|خطأ|שגיאה|ข้อผิดพลาด|त्रुटि|エラー|错误|錯誤|오류|에러/iu;
const AFTER_ERROR = new RegExp(String.raw`(?:${ERROR.source})\p{L}*[ \t:#-]*$`, 'iu');

/**
 * Recovery keys, product and gift card keys: four or more groups of four capitals or digits
 * joined by dashes, with a letter somewhere (digits alone are a card number); after a recovery
 * key's label also spaces join them.
 */
const KEY =
  /(?<![\p{L}\p{N}-])(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3,}(?![\p{L}\p{N}])/gu;
const KEY_LABELS = phrases(`
  recovery key|wiederherstellungsschlüssel|clé de secours|clé de récupération|
  clave de recuperación|chiave di recupero|chave de recuperação|herstelsleutel|
  ключ восстановления|klucz odzyskiwania|återställningsnyckel|gendannelsesnøgle|
  gjenopprettingsnøkkel|kurtarma anahtarı|palautusavain|復旧キー|复原密钥|恢复密钥|복구 키`);
const LABELLED_KEY = new RegExp(
  String.raw`(?:${KEY_LABELS})(?:${COLON}|${STATES}|[ \t]+)(?<value>[A-Z0-9]{4}(?:[ -][A-Z0-9]{4}){3,})(?![\p{L}\p{N}])`,
  'dgiu',
);

function* values(pattern: RegExp, text: string, bare = false): Generator<Span> {
  for (const match of atWordStart(pattern, text, SPACED)) {
    const [start, end] = match.indices!.groups!.value!;
    if (unitAt(text, end)) continue;
    if (bare && AFTER_ERROR.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    if (ERROR.test(text.slice(match.index, start))) continue;
    yield { start, end };
  }
}

export function* codes(text: string): Generator<Span> {
  yield* values(CODE, text);
  yield* values(BARE_CODE, text, true);
  yield* values(LABELLED_KEY, text);
  for (const match of text.matchAll(KEY))
    yield { start: match.index, end: match.index + match[0].length };
}
