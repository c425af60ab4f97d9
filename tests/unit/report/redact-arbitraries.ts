import fc from 'fast-check';
import { MASKS } from '../../../src/report';
import { PARTICLES, TITLES, isCommon } from '../../../src/report/redact/lexicon';
import type { Note, SecretKind } from './redact-corpus';

// The generated inputs of the redaction's properties, shared by the files that hold them: each
// property runs on 10,000 inputs, and in one file they were the unit suite's longest file.

/** Each property runs on at least 10,000 generated inputs. */
export const RUNS = 10_000;
/** Generous: the machine running the tests may be busy; the runs, not the time, are the point. */
export const TIMEOUT = 300_000;

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Invented names from syllables, so no dictionary word slips in. */
const SYLLABLES = 'ka le mo ri su na to vi da ne lo ba ré zu fi go hé ta mi ko ul an ö ar'.split(
  ' ',
);
const nameWord = fc
  .array(pick(SYLLABLES), { minLength: 2, maxLength: 4 })
  .map((s) => s.join(''))
  .filter((w) => !isCommon(w) && !PARTICLES.has(w) && !TITLES.has(w));
const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const fullName = fc
  .tuple(fc.array(nameWord, { minLength: 1, maxLength: 3 }), pick(['title', 'upper', 'lower']))
  .map(([words, style]) =>
    words
      .map((w) => (style === 'upper' ? w.toUpperCase() : style === 'lower' ? w : capitalise(w)))
      .join(' '),
  );
const capitalisedName = fc
  .array(nameWord, { minLength: 1, maxLength: 3 })
  .map((w) => w.map(capitalise).join(' '));

const username = fc
  .tuple(nameWord, pick(['', '.', '_', '-']), nameWord, fc.option(digits(2), { nil: '' }))
  .map(([a, sep, b, n]) => `${a}${sep}${sep ? b : ''}${n}`);
const SERIAL_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split('');
const serialGroup = fc
  .array(pick(SERIAL_CHARS), { minLength: 4, maxLength: 4 })
  .map((c) => c.join(''))
  .filter((g) => /\d/.test(g));
const spacedSerial = fc
  .tuple(fc.array(serialGroup, { minLength: 3, maxLength: 3 }), pick([' ', '-']), fc.boolean())
  .map(([groups, sep, lower]) => {
    const serial = groups.join(sep);
    return lower ? serial.toLowerCase() : serial;
  });
const phone = fc
  .tuple(digits(2), digits(3), digits(4), pick(['+49 1', '0', '+33 6 ', '+34 6', '+39 3', '(0']))
  .map(([a, b, c, prefix]) => `${prefix}${a}${prefix === '(0' ? ')' : ''} ${b} ${c}`);
const houseNumber = fc.integer({ min: 1, max: 999 }).map(String);

/** Secrets in the phrasing each language uses; `{}` is where the secret goes. */
const TEMPLATES: [SecretKind, fc.Arbitrary<string>, string[]][] = [
  [
    'name',
    fullName,
    [
      'my name is {} and',
      'Je m’appelle {} et',
      'me llamo {} y',
      'Mi chiamo {}, ho',
      'ich heiße {} und',
      'Mijn naam is {}.',
      'Meu nome é {} e',
      '我叫{}，',
      'Name: {}\n',
    ],
  ],
  [
    'name',
    capitalisedName,
    [
      "I'm {}, ",
      'This is {}.',
      'Thanks,\n{}',
      'Cordialement,\n{}',
      'Saludos, {}',
      'Cordiali saluti\n{}',
      'Viele Grüße\n{}',
      'Ich bin {} und',
      'Soy {} y',
      'Sono {},',
      '私は{}です。',
    ],
  ],
  [
    'device',
    fullName,
    [
      "{}'s iPhone",
      '{}’S IPAD',
      'iPad Pro von {} ',
      'iPhone de {}.',
      'iPhone d’{} ne',
      'iPhone di {} non',
      '{}的iPhone',
      '{}のiPhone',
    ],
  ],
  [
    'username',
    username,
    [
      'username: {}',
      'user {} cannot',
      'Benutzername {}',
      'utilisateur : {}',
      'usuario {} no',
      'utente: {}',
      'ユーザ名：{}',
      '用户名：{}',
      '/Users/{}/Library',
    ],
  ],
  ['serial', spacedSerial, ['Serial: {}', 'Seriennummer {}.', 'n° de série {}', 'S/N {}']],
  ['phone', phone, ['call {} please', 'Tel. {}', 'tél : {}', '電話番号は{}です']],
  ['email', fc.emailAddress(), ['mail {} asap', 'E-Mail: {}.']],
  ['address', capitalisedName.map((n) => n.split(' ')[0]!), []],
];

/** Addresses are built from a street word, a house number and a place. */
const address = fc
  .tuple(nameWord.map(capitalise), houseNumber, digits(5), nameWord.map(capitalise))
  .chain(([street, n, postcode, town]) =>
    pick([
      `${n} ${street} Street`,
      `${street}straße ${n}`,
      `${n} rue de la ${street}`,
      `Calle ${street} ${n}`,
      `Via ${street} ${n}`,
      `${street}weg ${n}a, ${postcode} ${town}`,
    ]),
  );

const FILLER = [
  'Hello,',
  'backup failed again',
  'la sauvegarde échoue',
  'el backup falla',
  'das Backup geht nicht',
  'iOS 17.5.1',
  'since 01.03.2024',
  '(build 22F76)',
  '4.8 GB',
  '',
  'バックアップ失敗',
  '备份失败',
];
const filler = pick(FILLER);
const separator = pick([' ', '\n', ' – ', '. ', ', ']);

/** A note with one secret in its language's phrasing, and ordinary text around it. */
export const secretInNote = fc
  .oneof(
    ...TEMPLATES.filter(([kind]) => kind !== 'address').map(([kind, secret, templates]) =>
      fc.tuple(pick([kind]), secret, pick(templates)),
    ),
    fc.tuple(
      pick(['address' as SecretKind]),
      address,
      pick(['{}', 'I live at {}.', 'Adresse: {}']),
    ),
  )
  .chain(([kind, value, template]) =>
    fc.tuple(filler, separator, separator, filler).map(([a, s1, s2, b]) => {
      const text = `${a}${s1}${template.replace('{}', value)}${s2}${b}`;
      const note: Note = {
        lang: 'generated',
        where: text,
        text,
        secrets: [{ kind, value }],
        keep: [],
      };
      return note;
    }),
  );

/** Text that is not personal data and must come out unchanged. */
export const cleanToken = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 2000, max: 2030 }),
    )
    .chain(([d, m, y]) => {
      const dd = String(d).padStart(2, '0');
      const mm = String(m).padStart(2, '0');
      return pick([
        `${dd}.${mm}.${y}`,
        `${dd}.${mm}.${y}.`,
        `${y}-${mm}-${dd}`,
        `${m}/${d}/${y}`,
        `${dd}/${mm}/${String(y).slice(2)}`,
        `${d} mars ${y}`,
        `${d}. März ${y}`,
        `${y}年${m}月${d}日`,
        `${dd}-${mm}-${y}`,
        `${y}-${mm}-${dd}T10:42:00`,
      ]);
    }),
  fc
    .tuple(
      fc.integer({ min: 9, max: 26 }),
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 0, max: 12 }),
    )
    .map(([a, b, c]) => `iOS ${a}.${b}.${c}`),
  fc
    .tuple(
      fc.integer({ min: 17, max: 24 }),
      pick('ABCDEFGH'.split('')),
      fc.integer({ min: 5, max: 9999 }),
      pick(['', 'a', 'd']),
    )
    .map(([a, letter, n, suffix]) => `${a}${letter}${n}${suffix}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      pick([' GB', ' MB', ' Go', ' KB', 'GB', ' TB', '%', ' %']),
    )
    .map(([n, unit]) => `${n}${unit}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 99_999_999 }),
      pick([
        ' seconds',
        ' Sekunden',
        ' secondes',
        ' segundos',
        ' minutes',
        ' hours',
        ' days',
        ' photos',
        ' Fotos',
        '秒',
      ]),
    )
    .map(([n, unit]) => `${n}${unit}`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean())
    .map(([h, m, s]) => `${h}:${String(m).padStart(2, '0')}${s ? ':07' : ''}`),
  fc
    .tuple(
      pick([
        'Error ',
        'error -',
        'Fehler ',
        'erreur ',
        'MBErrorDomain error ',
        'Fehlercode -',
        'error 0x',
      ]),
      fc.integer({ min: 1, max: 4_294_967_295 }),
    )
    .map(([label, n]) => `${label}${label.endsWith('0x') ? n.toString(16).toUpperCase() : n}`),
);
export const neutral = pick([
  ' ',
  ', ',
  ' and ',
  ' since ',
  ' – ',
  '; ',
  ' (',
  ') ',
  ' et ',
  ' und ',
  ' y ',
  '、',
  '\n',
]);
export const cleanNote = fc
  .array(fc.tuple(cleanToken, neutral), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([token, gap]) => token + gap).join(''));

/** Fragments that stress the detectors together: phrases, numbers, masks, scripts. */
const fragment = fc.oneof(
  pick([
    'my name is ',
    "I'm ",
    'Thanks,\n',
    'iPhone de ',
    "'s iPhone",
    'user ',
    'Serial: ',
    'rue ',
    'straße ',
    'Via ',
    '我叫',
    'のiPhone',
    '私は',
    'です',
    ...Object.values(MASKS),
    ' ',
    '\n',
    '-',
    '.',
    ',',
    '@',
    "'",
  ]),
  fullName,
  username,
  spacedSerial,
  phone,
  cleanToken,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
export const mixedText = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
