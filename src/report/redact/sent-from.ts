import {
  isSignedJapaneseName,
  isSignedChineseName,
  SIGNED_CHINESE_NAME,
  SIGNED_JAPANESE_NAME,
  SIGNED_KOREAN_NAME,
} from './cjk-names.ts';
import { readName } from './reader.ts';
import type { Span } from './spans.ts';
import { isNameWord } from './uncased.ts';

/**
 * A mail app's footer ("Sent from my iPhone", "Von meinem iPad gesendet", "Envoyé de mon iPhone",
 * "iPhoneから送信", "发自我的iPhone", "從我的 iPhone 傳送", "ส่งจาก iPhone ของฉัน") closes the
 * message, so a name alone on the line after it signs the note, even with no sign-off word above
 * and in lower case ("Sent from my iPad\nmark"), and in scripts with no capitals ("张伟", "山田太郎",
 * "김민준", "สมชาย ใจดี").
 */

const DEVICE = /i(?:Phon|Pad|Pod)|Apple Watch/u;
const SENT =
  /(?<![\p{L}])(?:sent|gesendet|envoyé|enviado|inviato|verstuurd|verzonden|skickat|sendt|lähetetty|wysłane|wysłano|odesláno|odoslané|отправлено|надіслано|gönderildi|στάλθηκε|trimis|küldve|poslano|posláno|dikirim|gửi|enviat|išsiųsta|saadetud|изпратено)(?![\p{L}])|送信|发送|發送|发自|發自|傳送|보냄|ส่งจาก|أرسلت|أُرسلت|مرسل من|נשלח|भेजा/iu;
/** A footer is a line of its own: "I sent from my iPhone the logs to Apple" is a sentence. */
const MAX_WORDS = 7;

function isFooter(line: string): boolean {
  const trimmed = line.trim();
  return DEVICE.test(trimmed) && SENT.test(trimmed) && trimmed.split(/\s+/u).length <= MAX_WORDS;
}

/**
 * Chinese and Korean names start with a surname, which tells them from most other words ("设置",
 * "감사합니다"); Japanese ones are kanji, in a note written with kana or as surname and given name
 * apart ("田中 裕子"), without the kanji of everyday words ("至急"). Some closings look like names
 * ("谢谢大家", "以上", "안녕히") and are listed: the Chinese and Japanese ones in cjk-names.ts, as
 * the name after the thanks reads them too.
 */
const CHINESE_NAME = new RegExp(`^${SIGNED_CHINESE_NAME}$`, 'u');
const JAPANESE_NAME = new RegExp(`^${SIGNED_JAPANESE_NAME}$`, 'u');
const SPACED = /[ \u3000]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KOREAN_NAME = new RegExp(`^${SIGNED_KOREAN_NAME}$`, 'u');
const NOT_KOREAN_NAMES = /^(?:안녕|안녕히|고마워|고마워요|이상|수고|수고요|화이팅|파이팅)$/u;

function isNativeName(line: string, text: string): boolean {
  if (CHINESE_NAME.test(line) && isSignedChineseName(line)) return true;
  if (JAPANESE_NAME.test(line))
    return (KANA.test(text) || SPACED.test(line)) && isSignedJapaneseName(line);
  if (KOREAN_NAME.test(line)) return !NOT_KOREAN_NAMES.test(line);
  const words = line.split(/[ \t]+/u);
  return words.length <= 3 && words.every(isNameWord);
}

export function* sentFromSigned(text: string): Generator<Span> {
  const trimmed = text.trimEnd();
  const lastBreak = trimmed.lastIndexOf('\n');
  if (lastBreak < 0) return;
  const above = trimmed.slice(0, lastBreak).trimEnd();
  if (!isFooter(above.slice(above.lastIndexOf('\n') + 1))) return;
  const name = readName(trimmed, lastBreak + 1, { lowerAtLineEnd: true });
  if (name && /^[ \t.!]*$/u.test(trimmed.slice(name.end))) yield name;
  if (name) return;
  const line = trimmed.slice(lastBreak + 1).trim();
  const start = trimmed.length - line.length;
  if (line && isNativeName(line, text)) yield { start, end: trimmed.length };
}
