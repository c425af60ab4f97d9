import { describe, it } from 'vitest';
import { check, N } from './redact-probes';

describe('Nordic relatives named after the word for them', () => {
  it('masks the name', () =>
    check([
      [
        'Det er mora mi Kari sin iPad som ikkje tek backup.',
        `Det er mora mi ${N} sin iPad som ikkje tek backup.`,
      ],
      ['faren min Per har same problem', `faren min ${N} har same problem`],
      ['Dottera mi Ingrid brukar iPaden.', `Dottera mi ${N} brukar iPaden.`],
      ['Sønnen min Ola har en iPhone 13.', `Sønnen min ${N} har en iPhone 13.`],
      ['Kona mi Siri fikk feilmelding i går.', `Kona mi ${N} fikk feilmelding i går.`],
      ['Bestemora mi Solveig kan ikkje logge inn.', `Bestemora mi ${N} kan ikkje logge inn.`],
      ['Min mor Kari har en iPhone 12.', `Min mor ${N} har en iPhone 12.`],
      ['Min søster Mette har en iPad.', `Min søster ${N} har en iPad.`],
      ['Min datter Sofie får fejl hver nat.', `Min datter ${N} får fejl hver nat.`],
      ['Min mand Henrik har prøvet alt.', `Min mand ${N} har prøvet alt.`],
      ['Min kone Lone bruger samme Apple-ID.', `Min kone ${N} bruger samme Apple-ID.`],
      ['Dottern Lisa har samma problem.', `Dottern ${N} har samma problem.`],
      ['Min far Bengt har en gammal iPad.', `Min far ${N} har en gammal iPad.`],
      ['Mannen min Geir har prøvd å slette bilder.', `Mannen min ${N} har prøvd å slette bilder.`],
      ['Min svigermor Inge kan ikke logge ind.', `Min svigermor ${N} kan ikke logge ind.`],
      [
        'Broren min Anne-Lise? Nei, søstera mi Anne-Lise.',
        `Broren min ${N}? Nei, søstera mi ${N}.`,
      ],
      [
        'iPaden til kjæresten min Jonas tar ikke backup.',
        `iPaden til kjæresten min ${N} tar ikke backup.`,
      ],
    ]));

  it('keeps the relative without a name', () =>
    check([
      ['mora mi har ein iPad som ikkje tek backup', 'mora mi har ein iPad som ikkje tek backup'],
      ['Min mor har iPhone 12 og iOS 17.', 'Min mor har iPhone 12 og iOS 17.'],
      ['Faren min Apple-ID er låst.', 'Faren min Apple-ID er låst.'],
      ['Min søster iCloud er fuld.', 'Min søster iCloud er fuld.'],
      [
        'Sønnen min har ikke tatt backup siden mars.',
        'Sønnen min har ikke tatt backup siden mars.',
      ],
      ['So far Apple has not replied.', 'So far Apple has not replied.'],
      ['The far end of the house has weak Wi-Fi.', 'The far end of the house has weak Wi-Fi.'],
      [
        'Min datter Ikke sikkerhedskopieret siden maj.',
        'Min datter Ikke sikkerhedskopieret siden maj.',
      ],
    ]));
});
