import { readName } from './reader.ts';
import type { Span } from './spans.ts';

/**
 * A mail app's footer ("Sent from my iPhone", "Von meinem iPad gesendet", "Envoyé de mon iPhone",
 * "iPhoneから送信") closes the message, so a name alone on the line after it signs the note, even
 * with no sign-off word above and in lower case ("Sent from my iPad\nmark").
 */

const DEVICE = /i(?:Phon|Pad|Pod)|Apple Watch/u;
const SENT =
  /(?<![\p{L}])(?:sent|gesendet|envoyé|enviado|inviato|verstuurd|verzonden|skickat|sendt|lähetetty|wysłane|wysłano|odesláno|odoslané|отправлено|надіслано|gönderildi|στάλθηκε|trimis|küldve|poslano|posláno|dikirim|gửi|enviat|išsiųsta|saadetud|изпратено)(?![\p{L}])|送信|发送|發送|보냄/iu;
/** A footer is a line of its own: "I sent from my iPhone the logs to Apple" is a sentence. */
const MAX_WORDS = 7;

function isFooter(line: string): boolean {
  const trimmed = line.trim();
  return DEVICE.test(trimmed) && SENT.test(trimmed) && trimmed.split(/\s+/u).length <= MAX_WORDS;
}

export function* sentFromSigned(text: string): Generator<Span> {
  const trimmed = text.trimEnd();
  const lastBreak = trimmed.lastIndexOf('\n');
  if (lastBreak < 0) return;
  const above = trimmed.slice(0, lastBreak).trimEnd();
  if (!isFooter(above.slice(above.lastIndexOf('\n') + 1))) return;
  const name = readName(trimmed, lastBreak + 1, { lowerAtLineEnd: true });
  if (name && /^[ \t.!]*$/u.test(trimmed.slice(name.end))) yield name;
}
