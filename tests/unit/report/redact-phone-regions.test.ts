import { describe, it } from 'vitest';
import { check, N, P } from './redact-probes';

/**
 * Probes written before the fix: a country or region in brackets after a phone number says where
 * the number is, not whose it is, in any language; a first name that is also a country
 * ("Jordan", "Georgia") and a network named like a person ("Tim") stay masked.
 */
describe('a country in brackets after a phone number', () => {
  it('keeps the country and still masks a name there', () =>
    check([
      [
        'Call me on +44 7700 900123 (UK) if the backup needs anything.',
        `Call me on ${P} (UK) if the backup needs anything.`,
      ],
      [
        'Please call me at +1 415 555 0134 (United States), any time after 5pm.',
        `Please call me at ${P} (United States), any time after 5pm.`,
      ],
      ['Call +61 412 345 678 (Australia) or email.', `Call ${P} (Australia) or email.`],
      [
        'You can reach me at +64 21 123 4567 (New Zealand).',
        `You can reach me at ${P} (New Zealand).`,
      ],
      [
        'Bitte rufen Sie mich an unter +49 170 1234567 (Deutschland).',
        `Bitte rufen Sie mich an unter ${P} (Deutschland).`,
      ],
      [
        'Erreichbar unter +43 664 1234567 (Österreich), danke.',
        `Erreichbar unter ${P} (Österreich), danke.`,
      ],
      ['Ruf mich an: +41 79 123 45 67 (Schweiz)', `Ruf mich an: ${P} (Schweiz)`],
      ['Appelez-moi au +33 6 12 34 56 78 (France) svp.', `Appelez-moi au ${P} (France) svp.`],
      ['Contactez-moi au +32 470 12 34 56 (Belgique).', `Contactez-moi au ${P} (Belgique).`],
      ['Llámame al +34 612 345 678 (España), gracias.', `Llámame al ${P} (España), gracias.`],
      ['Mi número: +52 55 1234 5678 (México)', `Mi número: ${P} (México)`],
      ['Chiamatemi al +39 347 123 4567 (Italia).', `Chiamatemi al ${P} (Italia).`],
      ['Liga-me para +351 912 345 678 (Portugal).', `Liga-me para ${P} (Portugal).`],
      ['Me liga no +55 11 91234-5678 (Brasil).', `Me liga no ${P} (Brasil).`],
      ['Bel me op +31 6 12345678 (Nederland).', `Bel me op ${P} (Nederland).`],
      ['Proszę dzwonić: +48 512 345 678 (Polska).', `Proszę dzwonić: ${P} (Polska).`],
      ['Ring mig på +46 70 123 45 67 (Sverige).', `Ring mig på ${P} (Sverige).`],
      ['Beni arayın: +90 532 123 45 67 (Türkiye).', `Beni arayın: ${P} (Türkiye).`],
      ['Позвоните мне: +7 912 345-67-89 (Россия).', `Позвоните мне: ${P} (Россия).`],
      ['電話してください: +81 90-1234-5678 (日本)', `電話してください: ${P} (日本)`],
      ['请给我打电话：+86 138 1234 5678 (中国)', `请给我打电话：${P} (中国)`],
      ['Gọi cho tôi: +84 912 345 678 (Việt Nam).', `Gọi cho tôi: ${P} (Việt Nam).`],
      ['Hubungi saya di +62 812 3456 7890 (Indonesia).', `Hubungi saya di ${P} (Indonesia).`],
      ['โทรหาฉันได้ที่ +66 81 234 5678 (Thailand)', `โทรหาฉันได้ที่ ${P} (Thailand)`],
      ['मुझे कॉल करें: +91 98123 45678 (India)', `मुझे कॉल करें: ${P} (India)`],
      [
        'Text me on +353 87 123 4567 (Ireland) — thanks, Siobhan',
        `Text me on ${P} (Ireland) — thanks, ${N}`,
      ],
      ['Call me at +49 151 23456789 (Germany), Klaus', `Call me at ${P} (Germany), ${N}`],
      ['Call me at +1 604 555 0182 (Canada) please', `Call me at ${P} (Canada) please`],
      ['Call me at +27 82 123 4567 (South Africa).', `Call me at ${P} (South Africa).`],
      ['Call me at +65 9123 4567 (Singapore).', `Call me at ${P} (Singapore).`],
      ['Call me at +44 7700 900456 (Priya)', `Call me at ${P} (${N})`],
      ['Call me on 07700 900123 (England) after six.', `Call me on ${P} (England) after six.`],
      ['Call me at +34 612 345 678 (Spain), or text.', `Call me at ${P} (Spain), or text.`],
      ['Bel mij: +32 470 12 34 56 (België)', `Bel mij: ${P} (België)`],
      ['Ring til mig på +45 20 12 34 56 (Danmark).', `Ring til mig på ${P} (Danmark).`],
      ['Ring meg på +47 912 34 567 (Norge).', `Ring meg på ${P} (Norge).`],
      ['Zadzwoń: +48 601 234 567 (Niemcy), Marek', `Zadzwoń: ${P} (Niemcy), ${N}`],
      ['전화 주세요: +82 10-1234-5678 (대한민국)', `전화 주세요: ${P} (대한민국)`],
      [
        'اتصل بي على +971 50 123 4567 (الإمارات العربية المتحدة)',
        `اتصل بي على ${P} (الإمارات العربية المتحدة)`,
      ],
      ['Call me at +962 79 123 4567 (Jordan)', `Call me at ${P} (${N})`],
      ['Call me at +1 212 555 0147 (Georgia)', `Call me at ${P} (${N})`],
      ['Call me at +39 347 765 4321 (Tim)', `Call me at ${P} (${N})`],
      ['Chiamami al 347 765 4321 (TIM)', `Chiamami al ${P} (TIM)`],
      ['Call me at +1 415 555 0133 (Canada), Olivia', `Call me at ${P} (Canada), ${N}`],
    ]));
});
