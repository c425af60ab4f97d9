/**
 * Turns pasted alert text into comparable tokens, the same way for the known alert patterns and
 * for what users type. Latin-script words stay words (lower case; accents, punctuation, quotes and
 * elided articles removed; English contractions expanded; a few synonyms folded). Chinese and
 * Japanese have no spaces and Korean words carry particles, so runs of those scripts become
 * overlapping character pairs, ignoring the spaces between them; Japanese katakana loanwords
 * stay words.
 */

// With the endings other languages add: "iPhones", "iPhonen", "iPhonessa", "iPhone'da",
// "iPhone-ról"; Czech and Polish decline it without its e: "iPhonu", "na iPhonie".
const DEVICE =
  /\b(?:iphone|ipad|ipod touch|ipod|iphon(?=u|em|y|ech|ie))(?:['’-]?[a-z]{1,4})?\b|아이폰|아이패드|휴대폰|핸드폰|アイフォン|スマホ|手机|айфон|айпад/g;
const ICLOUD = /아이클라우드|アイクラウド/g;
// Wi-Fi spelled in the local script or named as a wireless network ("无线局域网", traditional
// "無線網路" once simplified), and Korean "용량" (capacity), the everyday word for the storage
// Apple calls "저장 공간".
const WIFI = /와이파이|ワイファイ|无线局域网|无线区域网路|无线网络|无线网路|无线网/g;
const KOREAN_CAPACITY = /용량/g;
// Japanese says almost full with "もうすぐ" (soon) or "ほとんど" as well as Apple's "ほぼ", and
// full with "満杯" as well as "いっぱい".
const JAPANESE_ALMOST = /もうすぐ|ほとんど/g;
const JAPANESE_FULL = /満杯/g;
// "Not even once" ("一度もバックアップされていません", never backed up) says how often, as Korean
// "한 번도" does: the negation after it says that it did not happen.
const JAPANESE_EVER = /一度も|一回も|いちども/g;
/**
 * "Never backed up", said without a subject as people type it: "not even once" with a backup
 * not made ("一度もバックアップしていません", "バックアップが一度も作成されていません"), or a
 * backup never done ("バックアップを取ったことがない"), is Apple's "バックアップされたことが
 * ありません". Only the backup itself: "一度もバックアップに失敗していません" (never failed) is not.
 */
/**
 * A failure said not to happen ("失敗していません", "失敗したことがない") says the backup works, as
 * "成功しています" does: not an alert, though it ends as "never backed up" does.
 */
const JAPANESE_NOT_FAILED =
  /失敗(?:は|も)?(?:し|され)(?:ていません|ていない|てません|てない|たことがありません|たことがない|たことはありません|たことはない|ません|ない)/gu;
const JAPANESE_NEVER =
  /(?:(?:一度も|一回も|いちども)\s*バックアップ[がをは]?|バックアップ[がをは]?\s*(?:一度も|一回も|いちども))\s*(?:作成|取得)?(?:され|し|取っ|とっ|取られ|とられ)(?:ていません|ていない|てません|てない|たことがありません|たことがない|たことはありません|たことはない)|バックアップ[をが]?(?:し|取っ|とっ|作成し)たこと[がは](?:ありません|ない)/gu;
// Traditional Chinese (Taiwan, Hong Kong) writes the alerts' characters in their older forms:
// "備份失敗", "儲存空間已滿". Read as the simplified ones the patterns are written in, in a text
// without kana: Japanese writes some of them the same way ("失敗") and has patterns of its own.
// Not 復, which Japanese "復元" (restore) says without kana.
const TRADITIONAL =
  '為雲餘儲幾創發啟週夠備將帳開據數無時機沒滿現電窩約線經絡網腦計設訪證誤敗賬過進連郵鐘錯長問間預題驗戶這請還個關區裝確認態統載體級務簡頁僅閉動號從來';
const SIMPLIFIED =
  '为云余储几创发启周够备将帐开据数无时机没满现电窝约线经络网脑计设访证误败账过进连邮钟错长问间预题验户这请还个关区装确认态统载体级务简页仅闭动号从来';
let simplify: ReadonlyMap<string, string> | undefined;
const simplifyOf = () =>
  (simplify ??= new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]!])));
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'gu');
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
/**
 * Taiwan and Hong Kong words for what the mainland patterns say, once simplified (not in a text
 * with kana, which is Japanese): mobile data ("行動數據", "行動網路", "流動數據") for cellular
 * ("蜂窝"), "帳號" for the account ("账户"), "取用" (access, "访问"), "連線" (connection, "连接"),
 * "透過" (through, "通过").
 */
const REGIONAL_CHINESE: [RegExp, string][] = [
  [/(?:行动|流动)数据/gu, '蜂窝数据'],
  [/行动网[路络]/gu, '蜂窝网络'],
  [/[帐账]号/gu, '账户'],
  [/取用/gu, '访问'],
  [/连线/gu, '连接'],
  [/透过/gu, '通过'],
  // "Cannot" said with "不能" or "没法" is the patterns' "无法" (unable): "不能用蜂窝数据备份".
  [/不能|没法|没办法/gu, '无法'],
  // "Not enough" said as "不够" ("空间不够") is the patterns' "不足".
  [/不够/gu, '不足'],
  // Full said with the perfective "了" ("空间满了", "已经满了") is "已满"; "快满了" (almost) stays.
  [/(?<!快)(?:已经)?满了/gu, '已满'],
  // "Never" said as "not ever" ("从来没有备份过"), "not even once" ("一次都没备份过") or "从没" is
  // Apple's "从未" ("此 iPhone 从未备份").
  [/(?:从来|一次[都也]|从)没有?/gu, '从未'],
  // Storage is written "存储" as often as "储存": one word.
  [/存储/gu, '储存'],
  // How often it happens ("一直失败", keeps failing) says nothing of which alert it is.
  [/一直|总是|老是|经常|始终|每次都|再次|从来|又(?=\p{sc=Han})/gu, ''],
];
/**
 * English "backup" beside Chinese or Korean ("iCloud backup 失败了", "iCloud backup 실패했어요") is
 * the word of that script, read in one run with what follows; Japanese reads it as its katakana
 * loanword already (`SYNONYMS`).
 */
const ENGLISH_BACKUP: [RegExp, string][] = [
  [/\bback\s?up\s*(?=\p{sc=Han})/giu, '备份'],
  [/\bback\s?up\s*(?=\p{sc=Hangul})/giu, '백업'],
];
const simplified = (text: string) =>
  KANA.test(text)
    ? text
    : [...ENGLISH_BACKUP, ...REGIONAL_CHINESE].reduce(
        (t, [words, mainland]) => t.replace(words, mainland),
        text.replace(TRADITIONAL_CHAR, (c) => simplifyOf().get(c)!),
      );

/**
 * Korean alerts end formally ("없습니다", "됩니다", "합니다"); people write the polite endings
 * ("없어요", "돼요", "해요", and the common slip "되요"). A polite ending is read as the formal
 * one, so both compare as the same character pairs: after a closed syllable "-어요"/"-아요" is
 * "-습니다" ("찼어요", "않아요"), after an open one the verb's contraction is undone ("걸려요" →
 * "걸립니다"), and the copula "-이에요"/"-예요" is "-입니다".
 */
const POLITE_OPEN: Readonly<Record<string, string>> = {
  돼: '됩',
  되: '됩',
  해: '합',
  려: '립',
  워: '웁',
  와: '옵',
  써: '씁',
  예: '입',
};
const HANGUL_BASE = 0xac00;
const closed = (syllable: string) => (syllable.codePointAt(0)! - HANGUL_BASE) % 28 !== 0;
/**
 * "Never backed up" as people say it ("백업을 한 번도 안 했어요", "한 번도 백업한 적이 없어요",
 * "백업해 본 적이 없어요") is Apple's "백업된 적이 없습니다": "not even once" with the backup not
 * done, or a backup never done. Not a failure that never happened ("백업이 실패한 적이 없어요").
 */
const KOREAN_NEVER =
  /(?:백업[을이은는]?\s*(?:아직\s*)?한\s?번도|(?:아직\s*)?한\s?번도\s*백업[을이은는]?)\s*(?:안\s*(?:했|됐|되었|하였)|(?:하|되)지\s*(?:않았|못했)|못\s*했|(?:해\s*본|한|된)\s*적이?\s*없)|백업을?\s*(?:한|해\s*본)\s*적이?\s*없/gu;
/** A syllable's final consonant: 0 none, 4 ㄴ, 17 ㅂ. */
const finalOf = (syllable: string) => (syllable.codePointAt(0)! - HANGUL_BASE) % 28;
/** An open syllable with ㅂ added, or one with ㄴ made ㅂ: "하" → "합", "한" → "합". */
const withB = (syllable: string) =>
  String.fromCodePoint(syllable.codePointAt(0)! - finalOf(syllable) + 17);
/**
 * Plain, casual, reported and note-taking endings say what the formal one does: "실패했다",
 * "실패한다", "실패함", "없음", "실패하네요", "필요하대요", "안 돼", "실패해", "없어". Made formal ("-습니다" after a closed
 * syllable, "-ㅂ니다" after an open one), or polite where the polite endings are read next.
 */
const plainKorean = (text: string) =>
  text
    .replace(/([가-힣])(다|음|네요|네|대요)(?![가-힣])/gu, (whole, stem: string, end: string) => {
      const final = finalOf(stem);
      if (final === 4 && end !== '음') return `${withB(stem)}니다`;
      if (final !== 0) return `${stem}습니다`;
      return end === '다' || end === '음' ? whole : `${withB(stem)}니다`;
    })
    .replace(/(?<=[가-힣])([함됨])(?![가-힣])/gu, (end: string) => `${withB(end)}니다`)
    .replace(
      /(?<=[가-힣]{2})해(?![가-힣])|(?<![가-힣])(?:돼|되)(?![가-힣])|돼(?![가-힣])/gu,
      '$&요',
    )
    .replace(/([가-힣])([어아])(?![가-힣])/gu, (whole, stem: string, end: string) =>
      closed(stem) ? `${stem}${end}요` : whole,
    );
const politeKorean = (text: string) =>
  plainKorean(
    text
      .replace(KOREAN_NEVER, '백업된 적이 없')
      // How often, when or how it happens ("자꾸 실패해요", keeps failing; "한 번도 … 않았", never;
      // "오늘", today; "이상하게", strangely) says nothing of which alert it is, and before an alert
      // that names no subject it is not the name of another app ("또다시 알 수 없는 오류가 …").
      .replace(
        /(?<![가-힣])(?:계속(?:해서)?|자꾸(?:만)?|또(?:다시)?|다시|항상|늘|매번|매일|가끔|자주|여전히|아직도|한\s?번도|오늘|어제|방금|지금|아까|갑자기|갑작스럽게|이상하게|그냥|결국|요즘|요새|최근에?)(?![가-힣])/gu,
        '',
      ),
  )
    .replace(/([가-힣])[아어]요(?![가-힣])/gu, (whole, before: string) =>
      closed(before) ? `${before}습니다` : whole,
    )
    .replace(/([돼되해려워와써예])요(?![가-힣])/gu, (_, open: string) => `${POLITE_OPEN[open]}니다`)
    .replace(/이에요(?![가-힣])/gu, '입니다')
    .replace(/니에요(?![가-힣])/gu, '닙니다')
    // Past or present says nothing of which alert it is: "실패합니다" (fails) as Apple's
    // "실패했습니다" (failed), keeping the "-습니다" most patterns end with; "없었습니다" as
    // "없습니다".
    .replace(/합니다|하였습니다/gu, '했습니다')
    .replace(/([가-힣])[었았]습니다/gu, (whole, stem: string) =>
      closed(stem) ? `${stem}습니다` : whole,
    )
    // Which particle follows a noun ("백업이", "백업에", "공간을") says nothing of which alert it
    // is, and each made two character pairs of its own: "백업이 실패해요" shared 6 of the 8 pairs
    // of "백업에 실패했습니다". All read as one, after a word of two syllables or more ("같이") or a Latin one ("Wi-Fi가").
    .replace(
      /(?<=[가-힣]{2}|[a-z0-9])(?:에서|으로|가|을|를|은|는|에|의|도|로)(?![가-힣])/giu,
      '이',
    );

/**
 * French negates a verb with "ne … pas" around it, and says "no longer" and "never" the same way
 * ("n'est plus plein", "n'échoue plus", "ne s'est jamais rempli"): the negation is put before
 * what it negates, as the other languages say it, "plus" as "pas". Not "plus" alone, which is
 * "no more" ("Plus d'espace sur l'iPhone") or "more".
 */
const FRENCH_NEGATION =
  /(?<!\p{L})(ne\s+|n['’]\s*)((?:\p{L}+['’]?\s*){1,3}?)(pas|plus|jamais)(?!\p{L})/gu;
const NON_PLUS = /(?<!\p{L})non plus(?!\p{L})/gu;
const frenchNegation = (_: string, ne: string, verb: string, negation: string) =>
  `${ne}${negation === 'plus' ? 'pas' : negation} ${verb}`;
// French and Italian elide articles and prepositions ("l'iPhone", "dell'account").
const ELISION = /\b(qu|[cdjlmnst]|dell|all|dall|nell|sull|un)['’]/g;
const QUOTES = /['’`´]/g;
const HAN_HIRAGANA = String.raw`\p{sc=Han}\p{sc=Hiragana}`;
// Katakana spells loanwords (バックアップ, ストレージ): whole words, compared like Latin ones.
const KATAKANA = String.raw`\p{sc=Katakana}\u30fc`;
const HANGUL = String.raw`\p{sc=Hangul}`;
const SEGMENT = new RegExp(
  `([${HAN_HIRAGANA}]+)|([${HANGUL}]+)|([${KATAKANA}]+)|([^\\s${HAN_HIRAGANA}${KATAKANA}${HANGUL}]+)`,
  'gu',
);

const ASCII = /^[\x20-\x7e]*$/;
const PLAIN = /^[a-z#]+$/;

/**
 * Accents dropped from Latin and Greek letters, and the optional vowel points of Arabic and
 * Hebrew: people often type "nao" for "não", "khong" for "không", "σφαλμα" for "σφάλμα",
 * "مساحة" for "مَساحة". Turkish dotless ı and Vietnamese đ, which carry no accent
 * mark, are folded too, as are Polish ł and Danish and Norwegian ø, which Unicode does not split
 * into a letter and a mark ("zrobilem" is "zrobiłem"), and the Greek final sigma; Cyrillic й and ё stay letters of their own.
 * Applied to lower-case text.
 */
const foldAccents = (s: string) =>
  ASCII.test(s)
    ? s
    : s
        .normalize('NFD')
        .replace(/([\p{sc=Latin}\p{sc=Greek}\p{sc=Arabic}\p{sc=Hebrew}])\p{M}+/gu, '$1')
        .replace(/ı/g, 'i')
        .replace(/đ/g, 'd')
        .replace(/ł/g, 'l')
        .replace(/ø/g, 'o')
        .replace(/ς/g, 'σ')
        .normalize('NFC');

const CONTRACTIONS: Readonly<Record<string, string>> = {
  cant: 'cannot',
  couldnt: 'could not',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  wasnt: 'was not',
  hasnt: 'has not',
  havent: 'have not',
  wont: 'will not',
  arent: 'are not',
};

/** Words people use for the same thing; folded so either wording matches. */
const SYNONYMS: Readonly<Record<string, string>> = {
  space: 'storage',
  room: 'storage',
  nearly: 'almost',
  phone: 'device',
  smartphone: 'device',
  handy: 'device',
  telefon: 'device',
  telephone: 'device',
  telefono: 'device',
  telefone: 'device',
  telefoon: 'device',
  celular: 'device',
  wlan: 'wifi',
  // French says works with "marcher" as often as with "fonctionner" ("ça ne marche pas"), and
  // room with "place" as often as with "espace" ("plus de place sur l'iPhone").
  marche: 'fonctionne',
  place: 'espace',
  // German says verification with the loanword too ("Apple-ID-Verifizierung"); Apple says
  // "Bestätigung".
  verifizierung: 'bestatigung',
  verifikation: 'bestatigung',
  // Turkish "depolama alanı" is the everyday word for the storage Apple calls "saklama alanı".
  depolama: 'saklama',
  // Japanese writes the topic's loanwords in katakana; read as the English words they are, a
  // text that mixes both ("iCloud バックアップ failed") is one language.
  バックアップ: 'backup',
  ストレージ: 'storage',
  エラー: 'error',
  // Thai says almost full with "ใกล้" (near) as well as Apple's "เกือบ".
  ใกล้: 'เกือบ',
  // Hindi says failed with the English loanword as often as with "विफल".
  फेल: 'विफल',
  // Spanish makes a backup with "hacer" as often as with Apple's "realizar": said with
  // "hacer", "no puedo hacer la copia de seguridad" shared a verb only with the wording of a
  // backup over mobile data, and read as that.
  hacer: 'realizar',
  // Portuguese says the room ran out ("acabou o espaço") as "sem espaço" (without room).
  acabou: 'sem',
  // Latin American Spanish says "respaldo" where Spain says "copia de seguridad".
  respaldo: 'copia de seguridad',
  respaldos: 'copias de seguridad',
  respaldar: 'copia de seguridad',
  respaldado: 'copia de seguridad',
  respaldada: 'copia de seguridad',
};

/**
 * A value made on first need: the word lists and the patterns joined from them are not built
 * when the module loads, before anyone has pasted anything (tests/bench/README.md, "Memory").
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A closed list of words, looked up by `has` and listed by iterating. */
export interface Words extends Iterable<string> {
  has(word: string): boolean;
}

/**
 * The words of a list, accents folded, built on first use: built when the module loads, the
 * lists ran the accent folding and compiled its patterns before anyone had pasted anything, which
 * the popup's heap then kept (tests/bench/README.md, "Memory").
 */
function wordSet(words: string): Words {
  const built = once(() => new Set(foldAccents(words).split(' ')));
  return { has: (word) => built().has(word), [Symbol.iterator]: () => built().values() };
}

/** Function words of the supported Latin-script languages: they count for little. */
export const STOPWORDS: Words = wordSet(
  [
    'the a an is are was were be been being in on to of for it its this that there has have had',
    'your you my me i and or with by at from as do does did will',
    'der die das dem den des ist sind war ein eine einen einem einer dein deine deinen deinem du',
    'ich mein meine von zu um da mit für auf im es und oder wurde werden ihr ihre habe hab',
    'le la les de du des un une est et ou en au aux à ce cet cette votre vos mon ma mes je il',
    'elle y que qui pour sur par dans ne ai',
    'el los las del al tu su mi por para con este esta se lo',
    'il lo gli di della è e o da questo questa tuo tua mio che si su sul sulla nel nella',
    // Elided before a vowel: "sull'iPhone", "nell'iCloud".
    'sull nell dall dell',
    'os as do da dos das um uma é em na ao seu sua meu minha',
    'het een op te van voor met je jouw mijn dit deze er aan ik heb heeft hebt hebben gehad',
    'и в во на с со к по за из от до для это этот эта ваш ваша ваше мой моя моё',
    'i w we na z ze do od dla to ten ta twój twoja twoje mój moja moje jest się',
    'och i på av för till det den en ett din ditt dina min mitt är jag',
    'og i på af av for til det den en et din dit ditt dine min mit mitt er',
    'bu bir ve ile için şu o benim senin çok daha gibi',
    'a je jsou se na v ve z ze k ke o s u pro při tento tato toto tohoto tomto',
    'váš vaše vašeho můj moje mi jsem jsi jsme jste svůj svou své svého',
    'ja on se sen tämä tämän tätä minun sinun ole oli kun että jo',
    'і й в у на з із зі до від для це цей ця цього ваш ваша ваше вашого мій моя моє та що',
    'το τα η ο οι του της των στο στη στην στον σε και να για από με ένα μια αυτό αυτού αυτή',
    'σας μου είναι την τον θα',
    'de la în a și al ale o un pe cu din este sau acest acesta aceasta acestui ul lui vă dvs',
    'meu mea',
    'a az egy és is van hogy ez ezt erről én ön',
    'của là và cho này tôi một các những đã được có ở',
    'yang di ke dari dan ini itu untuk anda saya ada dengan pada dapat bisa sudah',
    'على في من إلى هذا هذه لهذا لـ عن',
    'את של על כי הזה זה שלך',
    'ที่ ของ ใน นี้ ได้ แล้ว การ',
    'का की के है में से को पर यह इस एक हुआ हुई हो गया गई लिए आपका आपके मेरा',
    // Numbers (folded to #) and the brand name in "Apple ID" / "Apple Account" say little.
    '# apple id',
  ].join(' '),
);

/**
 * The function words above that put a place or a means after them ("auf dem Mac", "mit iTunes",
 * "to my PC", "sur l'ordinateur"). A negation before one is of the verb ("konnte nicht auf dem
 * Mac gesichert werden"), not of the place, which the text still names. Not those that also
 * mean "of" or "a" ("de", "von", "a"): "pas de sauvegarde" negates the backup.
 */
export const PREPOSITIONS: Words = wordSet(
  [
    'in on to at with from by auf mit im zu sur dans avec à au aux por para al su sul sulla',
    'nel nella em na ao op met в на с со к w we z ze na på med till til',
  ].join(' '),
);

/**
 * Portuguese says "in the" with "no" ("espaço insuficiente no iCloud") and "not" with "não": in a
 * text holding a word only Portuguese has, "no" is the preposition, so the place after it is
 * named, not denied ("Não há espaço suficiente no iCloud para fazer backup do iPhone" is
 * iCloud's alert, not the device's).
 */
const PORTUGUESE_ONLY = wordSet('nao sem espaco armazenamento cheio deste desta fazer voce falha');
export const portuguese = (words: readonly string[]): boolean =>
  words.some((word) => PORTUGUESE_ONLY.has(word));

/**
 * Words a negation reaches past to the word it negates: "not yet verified", "pas encore", "nie
 * został jeszcze", and "no longer": "no longer full", "nicht mehr voll", "non è più pieno", "niet
 * meer vol", "nie jest już pełna", "inte längre full", "ei ole enää täynnä", "não está mais
 * falhando"; and the auxiliaries
 * of a passive or perfect ("n'a pas été vérifiée", "non è stato verificato", "não foi
 * verificado", "er ikke blevet bekræftet", "nu a fost verificată").
 */
export const PASSED_BY_NEGATION: Words = wordSet(
  [
    'yet encore ancora jeszcze ännu endnu ennå longer mehr più mai mais meer już längre længere lenger',
    'enää',
    'été ha han sido stato stata stati foi został została zostało blevet blitt fost',
  ].join(' '),
);

/**
 * "Without" covers its whole noun phrase, an adjective after the noun too: "sans adresse e-mail
 * vérifiée", "senza un indirizzo email verificato", "tanpa alamat email yang terverifikasi".
 */
export const WITHOUT: Words = wordSet(
  'without ohne sans sin senza sem zonder utan uden uten bez без fără tanpa χωρίς ilman بدون ללא बिना',
);

/** Turkish negates after what it negates, with a word or a verb ending ("yer yok", "olmadığı"). */
const TURKISH_NEGATION_WORDS = 'değil yok olamaz olmadığından olmadığı olmayan olmadan';
const TURKISH_NEGATIONS = wordSet(TURKISH_NEGATION_WORDS);

/**
 * Negations and "without" decide the meaning ("backed up" vs "not backed up"), however often
 * they occur. In Chinese, Japanese and Korean the negation sits inside a character pair.
 */
export const NEGATIONS: Words = wordSet(
  [
    'not no cannot unable without nicht kein keine keinen ohne pas aucun aucune impossible sans',
    'never jamais nunca nooit nigdy никогда aldrig aldri hiçbir soha niciodată ποτέ אף أبدًا',
    'sin ningun ninguna impossibile non nessun nessuna senza não nenhum sem niet geen zonder',
    'не нет без невозможно нельзя nie brak bez niemożliwe inte ingen inget utan ikke uden uten',
    TURKISH_NEGATION_WORDS,
    'nelze není nebylo nebyl nebyla nebyly nemůže nemohlo nemohla nemá nejde nepodařilo nezdařilo',
    'nezdařila nefunguje žádné žádný žádná nedostatek',
    'ei eikä eivät ilman немає нема неможливо',
    'δεν μη μην χωρίς όχι κανένα αδυναμία αδύνατη αδύνατο',
    'nu fără imposibil niciun nicio nem nincs sincs nélkül sikertelen',
    'không chưa ko tidak belum tanpa bukan gak nggak enggak',
    'لا لم لن ليس ليست لست غير بدون تعذر يتعذر عدم',
    'לא אין ללא אינו אינה מעולם',
    'ไม่ ไม่ได้ ไม่มี ไม่เคย ยังไม่',
    'नहीं न बिना',
  ].join(' '),
);
// Korean "아니다" (is not) as well: "부족한 건 아닙니다" (it is not that it is insufficient).
const KOREAN_NOT = '아[니닙님냐닌]';
const NEGATING_PAIR = new RegExp(`[未不无没않없못]|せん|ない|${KOREAN_NOT}`, 'u');

export const isNegation = (token: string) =>
  NEGATIONS.has(token) || (!isWord(token) && NEGATING_PAIR.test(token));

// A Map, not the objects: a typed "constructor" must not find Object.prototype.constructor.
let replacements: ReadonlyMap<string, string[]> | undefined;
const replacementsOf = () =>
  (replacements ??= new Map(
    Object.entries({ ...CONTRACTIONS, ...SYNONYMS }).map(([word, by]) => [word, by.split(' ')]),
  ));

/**
 * Turkish negates inside the word: "tamamlandı" (completed), "tamamlanmadı" (was not),
 * "tamamlanamadı" (could not be), "başarısız" (without success). Such a word becomes a negation
 * and its stem, "degil tamamlan" or "olamaz tamamlan", so that it is compared like "not
 * completed" with "completed". Could not (-(y)AmA-) after a stem ending in y or in a vowel and
 * one consonant ("tamamlan-a-ma-dı"), did not (-mA-) otherwise ("yedekle-me-di"). Only the
 * endings that say "not" (past, present, aorist, reported past, participles, future) with the
 * person endings that may follow, after a stem of three letters or more: the verbal noun
 * "yedekleme" (backup) stays a word, and so do words of other languages ("estimează").
 */
const TURKISH_NEGATIVE = new RegExp(
  String.raw`^(\p{L}{3,}?)m(?:` +
    [
      String.raw`[ae]d[iu](?:m|n|k|niz|nuz|lar|ler)?`,
      String.raw`[ae]z(?:sin|siniz|lar|ler|dir)?`,
      String.raw`[ae]m[iu]s(?:tir|tur|sin|lar|ler)?`,
      String.raw`[iu]yor(?:um|sun|uz|sunuz|lar|du|mus)?`,
      String.raw`[ae]d[iu]g[iu](?:n[iu]|nd[ae]n|nd[ae])?`,
      String.raw`[ae]y[ae]n(?:lar|ler)?`,
      String.raw`[ae]y[ae]c[ae]k(?:tir|sin|lar|ler)?`,
    ].join('|') +
    ')$',
  'u',
);
const TURKISH_WITHOUT = /^(\p{L}{3,})s[iu]z(?:d[iu]r)?$/u;
const COULD_NOT = /(?:[aeiou][^aeiouy]|y)[ae]$/;

/** A Turkish word that negates, as a negation and its stem; undefined for any other word. */
export function negativeWord(word: string): [negation: string, stem: string] | undefined {
  if (!PLAIN.test(word)) return undefined;
  const without = TURKISH_WITHOUT.exec(word);
  if (without) return ['degil', without[1]!];
  const stem = TURKISH_NEGATIVE.exec(word)?.[1];
  if (!stem) return undefined;
  if (!COULD_NOT.test(stem)) return ['degil', stem];
  return ['olamaz', stem.slice(0, stem.at(-2) === 'y' ? -2 : -1)];
}

/**
 * The words for "enough", which the storage alerts negate: "not enough", "no hay suficiente", or
 * with a prefix, "insufficient", "onvoldoende", "otillräckligt", "niewystarczająca",
 * "недостаточно", "ανεπαρκής". A text that says one of them with no negation before it says the
 * opposite of such an alert ("spazio iCloud sufficiente"), which is not the alert with a letter
 * missing.
 */
export const ENOUGH: Words = wordSet(
  [
    'enough sufficient genug genugend ausreichend assez suffisant suffisamment suficiente',
    'sufficiente abbastanza genoeg voldoende tillrackligt tilstraekkelig',
    'wystarczajaca wystarczajacej wystarczajaco dosc yeterli tarpeeksi suficient eleg cukup',
    'достаточно хватает достатньо вистачає αρκετοσ επαρκησ',
    // Japanese, Chinese and Korean as the character pairs they are read as.
    '十分 足り 足够 充足 충분',
  ].join(' '),
);
const LACK = /^(?:in|on|o|nie|не|αν)(.{6,})$/u;

/** The word for "enough" a token says, or negates with a prefix ("insufficient"); else undefined. */
export function enoughIn(token: string): { word: string; negated: boolean } | undefined {
  if (ENOUGH.has(token)) return { word: token, negated: false };
  const stem = LACK.exec(token)?.[1];
  return stem !== undefined && ENOUGH.has(stem) ? { word: stem, negated: true } : undefined;
}

/**
 * Verbs of being able ("could", "kann", "peut", "pudo", "può"): with a negation they say only that
 * something failed, and the verb after them says what.
 */
const MODALS = wordSet(
  [
    'could can cannot kann konnte konnen kan kunde kunne kon kunnen peut pouvait pu pudo puede',
    'puedo podido puo potuto pode pude poate putut moze mozna peux moge',
    // The same verbs in the other alert languages: "nem tud", "не может", "tidak dapat".
    'tud tudja tudom tudok tudott voi voida voin может могу могут може можуть muze muzu',
    'paase μπορει μπορουν dapat bisa boleh يمكن يمكنه सकता सकते पा',
    // Managing to, said for being able by the user: "não consigo", "non riesco", "no logro".
    'consigo consegue conseguiu riesco logro logra',
  ].join(' '),
);

/** A verb of being able (`MODALS`): beside a negation it only says that something failed. */
export const isModal = (word: string) => MODALS.has(word);

/**
 * Where a paste cut off right after "could not" or "kann nicht" ("iCloud Backup could not", "La
 * sauvegarde iCloud ne peut pas") begins: such a tail names no failure of its own, and read whole
 * it made the text the alert whose wording goes on with it ("Couldn't turn on iCloud Backup").
 * The text's length when it does not end so.
 */
export function cutAfterModal(words: readonly string[]): number {
  let [start, modal, negation] = [words.length, false, false];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const [isModal, negates] = [MODALS.has(word), NEGATIONS.has(word)];
    if (!isModal && !negates && !STOPWORDS.has(word)) break;
    if (isModal || negates) start = i;
    [modal, negation] = [modal || isModal, negation || negates];
  }
  return modal && negation ? start : words.length;
}

/** Negations that follow what they negate: Turkish "dolu değil" (not full), "yer yok" (no room). */
const POSTPOSED = new Set(['degil', 'yok']);
/**
 * Japanese and Korean verb endings that negate the word before them: "十分ではありません",
 * "足りない", "충분하지 않습니다" (not enough).
 */
const POSTPOSED_PAIR = new RegExp(`せん|ない|なか|않|없|못|${KOREAN_NOT}`, 'u');

/**
 * A negation of what comes before it: Turkish ones, the stems of negative Turkish words, and
 * the Japanese and Korean negating endings.
 */
export const negatesBefore = (token: string) =>
  TURKISH_NEGATIONS.has(token) || (!isWord(token) && POSTPOSED_PAIR.test(token));

/**
 * Chinese negates the verb or adjective right after it: "没有满" (is not full), "还没满", "未满",
 * "并非已满", "不是满的", "没有失败" (did not fail), "不需要" (does not need). The character it
 * denies, past "有", "是" or an adverb ("已", "太", "很", "再": "不再满", no longer full); none after a modal ("不能备份", cannot
 * back up, is the failure itself).
 */
const HAN_NEGATED = /[没未不非][有是已太很再]?([^\P{sc=Han}能可会有是])/gu;

/**
 * The Chinese characters a text denies wherever it says them: "备份失败，没有备份成功" says the
 * backup plainly too, so only "成" is denied.
 */
export function deniedHan(input: string): string[] {
  const text = normalize(input);
  const denied = new Map<string, number>();
  for (const m of text.matchAll(HAN_NEGATED)) denied.set(m[1]!, (denied.get(m[1]!) ?? 0) + 1);
  return [...denied].filter(([c, n]) => text.split(c).length - 1 === n).map(([c]) => c);
}

/** Tokens for a word the caller knows better, e.g. a mistyped negation of the patterns. */
export type KnownWords = (word: string) => readonly string[] | undefined;

/**
 * How often or for how long it happens ("keeps failing", "continua a fallire", "sürekli",
 * "ciągle", "pořád", "nog nooit") says nothing of which alert it is, as in Chinese and Korean
 * (`REGIONAL_CHINESE`, `politeKorean`): dropped, so it does not dilute what the text says.
 */
const HOW_OFTEN = wordSet(
  [
    'keeps keep kept always constantly continually continuously repeatedly still',
    'immer ständig dauernd andauernd toujours constamment sigue siguen siempre continuamente',
    'constantemente continua continuano sempre costantemente continuo steeds altijd telkens nog',
    'ciągle wciąż zawsze stale ständigt alltid jämt sürekli hep pořád stále vždy',
    'постоянно всегда постійно завжди terus selalu luôn',
    // "No longer" and "any more" say since when, not which alert: "kein Backup mehr", "ya no".
    'anymore mehr meer più ya già już больше більше artık nữa lagi',
  ].join(' '),
);

/**
 * A verb of making or doing next to a negation ("non fa più il backup", "não faz mais backup",
 * "nie robi już kopii", "nu mai face backup", "macht kein Backup") says what a participle of
 * doing there does ("Backup di iPhone non eseguito", "Backup do iPhone não realizado", not done):
 * read as the same one word (`DOING`), only there: "Face ID" is no Romanian verb. So is one after
 * a word of stopping and its "to" ("parou de fazer backup", stopped making backups).
 */
const MAKING = wordSet(
  'fa fanno facendo fare esegue eseguono faz fazem fazendo fazer realiza hace hacen haciendo hacer faire macht machen maken gora lave lage robi robia robic zrobic face делает делают робить роблять',
);
/** A verb of making (`MAKING`): "kann kein Backup machen" says no more than "kein Backup". */
export const isMaking = (word: string) => MAKING.has(word);

/**
 * Stopping to do something says it is not done: "stopped backing up", "hat aufgehört zu
 * funktionieren", "dejó de funcionar", "ha smesso di funzionare", "parou de funcionar", "is
 * gestopt met werken", "har slutat fungera", "przestała działać", "перестало работать". Read as
 * the language's "not" when a verb follows (after its "to"); "backup stopped" alone stays a word.
 */
const CEASING: ReadonlyMap<string, [negation: string, to?: string]> = new Map([
  ['stopped', ['not']],
  ['aufgehort', ['nicht', 'zu']],
  ['dejo', ['no', 'de']],
  ['dejado', ['no', 'de']],
  ['smesso', ['non', 'di']],
  ['parou', ['nao', 'de']],
  ['gestopt', ['niet', 'met']],
  ['slutat', ['inte']],
  ['przestala', ['nie']],
  ['przestal', ['nie']],
  ['przestalo', ['nie']],
  ['перестало', ['не']],
  ['перестал', ['не']],
  ['перестала', ['не']],
]);
/** The negation a word of stopping says before the verb `next` (and `after`) follow, if any. */
function ceasing(word: string, next = '', after = ''): string | undefined {
  const [negation, to] = CEASING.get(word) ?? [];
  if (!negation) return undefined;
  if (to) return next === to && after ? negation : undefined;
  // Undefined, not '', when nothing follows: the word itself stays ("har slutat").
  if (word === 'stopped') return next.endsWith('ing') ? negation : undefined;
  return next ? negation : undefined;
}

function pushWord(word: string, tokens: string[], known?: KnownWords): void {
  if (HOW_OFTEN.has(word)) return;
  const replaced = replacementsOf().get(word) ?? known?.(word);
  const negative = replaced ? undefined : negativeWord(word);
  if (replaced) tokens.push(...replaced);
  else if (negative) tokens.push(...negative);
  else if (POSTPOSED.has(word) && tokens.length > 0) tokens.splice(-1, 0, word);
  else if (word.length > 1 || word === '#') tokens.push(word);
}

/**
 * Romanian "nu" (not) is followed by a verb ("nu s-a putut", "nu poate", "nu funcționează");
 * Swedish, Danish and Dutch "nu" (now) is not a negation and says little, so it is dropped. A
 * verb with a slip keeps the first or the last four letters of a long one.
 */
const AFTER_NU = 's se a am ai au ar e este sunt pot putem mai va vor are avem face fac'.split(' ');
const LONG_AFTER_NU = 'poate putut exista functioneaza merge facut'.split(' ');
const romanianNot = (next = '') =>
  AFTER_NU.includes(next) ||
  LONG_AFTER_NU.some(
    (verb) =>
      next.length >= 4 && (next.startsWith(verb.slice(0, 4)) || next.endsWith(verb.slice(-4))),
  );

function pairs(run: string): string[] {
  if (run.length < 2) return [run];
  const out: string[] = [];
  for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * Thai writes no spaces between words: each run is split into its words by the browser's own
 * dictionary (`Intl.Segmenter`), made on first need. Without one the run stays one word. NFKC
 * splits the vowel ำ in two, which the dictionary does not know ("สำรอง", back up): joined again.
 */
const THAI_RUN = /\p{sc=Thai}+/gu;
const SARA_AM = /\u0e4d\u0e32/g;
let thaiWords: Intl.Segmenter | undefined;
const splitThai = (run: string) => {
  const text = run.replace(SARA_AM, '\u0e33');
  if (typeof Intl.Segmenter !== 'function') return text;
  thaiWords ??= new Intl.Segmenter('th', { granularity: 'word' });
  return ` ${[...thaiWords.segment(text)].map((s) => s.segment).join(' ')} `;
};

/** Case, width, accents, quotes, punctuation, the device word and numbers made uniform. */
export function normalize(input: string): string {
  const valued = neverAsValue(input);
  const text = ASCII.test(valued) ? valued : politeKorean(simplified(valued.normalize('NFKC')));
  return (
    foldAccents(text.toLowerCase())
      .replace(DEVICE, ' device ')
      .replace(ICLOUD, ' icloud ')
      .replace(WIFI, ' wifi ')
      .replace(KOREAN_CAPACITY, '저장 공간')
      .replace(JAPANESE_ALMOST, 'ほぼ')
      .replace(JAPANESE_FULL, 'いっぱい')
      .replace(JAPANESE_NOT_FAILED, '成功しています')
      .replace(JAPANESE_NEVER, 'バックアップされたことがありません')
      .replace(JAPANESE_EVER, '')
      // "Non plus" (either, neither) repeats a negation said before it and negates nothing of its
      // own: "… ne peut pas sauvegarder, mais pas payer tous les mois non plus" is no "non
      // sauvegardé".
      .replace(NON_PLUS, ' ')
      .replace(FRENCH_NEGATION, frenchNegation)
      .replace(ELISION, '$1 ')
      .replace(QUOTES, '')
      .replace(/\bwi[ -]fi/g, 'wifi')
      // "AppleID" written as one word is the brand name and "ID", as Apple writes it.
      .replace(/\bappleid/g, 'apple id')
      .replace(/\d+/g, ' # ')
      .replace(THAI_RUN, splitThai)
      // Letters keep their combining marks: Hindi and Bengali vowel signs and viramas, Thai vowels
      // and tone marks are parts of the word ("स्टोरेज", "เต็ม"), not what separates words.
      .replace(/[^\p{L}\p{M}\p{N}#]+/gu, ' ')
      .trim()
  );
}

/**
 * "Never" or "not" said of doing, making or having a backup ("I never did a backup", "nunca fiz
 * backup", "noch nie ein Backup gemacht", "Backup di iPhone non eseguito") says what "never" or
 * "not backed up" does: a verb of doing or making a few words after it is read as one word,
 * "made" after "never", "done" after "not", in the patterns ("Nunca se ha realizado una
 * copia…", "nigdy nie została utworzona") and in what is typed alike. Two words: one for both
 * made "made" so common that "Last backup: never" lost its weight. "The backup never finishes"
 * says no such verb. Words as `normalize` leaves them (no accents).
 */
const NEVER = wordSet(
  'never nie jamais nunca mai nooit nigdy nikdy никогда ніколи aldrig aldri hic',
);
/** "Never" (`NEVER`): said of a backup, none was made, which no failure says. */
export const isNever = (word: string) => NEVER.has(word);
const [MADE, DONE] = ['made', 'done'];
/**
 * What verbs of doing are read as: a verb names no alert's topic, so a text denying one ("kann
 * ohne bestätigte E-Mail-Adresse nicht erstellt werden") contradicts no alert for it.
 */
export const SAID_OF_DOING: ReadonlySet<string> = new Set([MADE, DONE]);
/** A negation, or a word it reaches past (`PASSED_BY_NEGATION`): beside a verb, it negates it. */
const negating = (word = '') => NEGATIONS.has(word) || PASSED_BY_NEGATION.has(word);
const DOING = wordSet(
  [
    'did done made make gemacht erstellt gemaakt gedaan fait effectue effectuee realise realisee',
    'hecho hice hizo realizado realizada fatto eseguito eseguita effettuato fiz fez feito feita',
    'efetuado efetuada facut robiłem robiłam zrobiłem zrobiłam zrobiono utworzona utworzono udelal',
    'udelala vytvorena vytvoren делал делала сделал сделала создавалась создавали робив робила',
    'зробив зробила створювали створювалася gjort gjorts gjorde lavet laget',
    'выполнялось выполнялась выполнялся выполняли виконувалося виконувалось виконували',
  ].join(' '),
);
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The same word, give or take one slip of a finger: two neighbouring letters swapped, one
 * dropped or one doubled (added). Not a letter replaced: "enable" is not a slip for "unable".
 */
export function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const at = commonPrefix(a, b);
  if (long.length === short.length + 1) return long.slice(at + 1) === short.slice(at);
  return (
    long.length === short.length &&
    a[at] === b[at + 1] &&
    a[at + 1] === b[at] &&
    a.slice(at + 2) === b.slice(at + 2)
  );
}

const NEVER_REACH = 6;
/**
 * "Not completely" or "not fully" done ("konnte nicht vollständig erstellt werden", "could not be
 * fully created", "no se pudo crear completamente") says the backup did not complete: read as the
 * language's word for completed, a few words after a negation only ("completely full" is full).
 */
const COMPLETELY_REACH = 4;
const COMPLETELY: ReadonlyMap<string, string> = new Map([
  ['completely', 'completed'],
  ['fully', 'completed'],
  ['vollstandig', 'abgeschlossen'],
  ['komplett', 'abgeschlossen'],
  ['entierement', 'terminee'],
  ['completement', 'terminee'],
  ['completamente', 'completar'],
  ['volledig', 'voltooid'],
  ['calkowicie', 'ukonczona'],
  ['pelni', 'ukonczona'],
  ['uplne', 'dokoncena'],
  ['zcela', 'dokoncena'],
  ['полностью', 'завершено'],
  ['повністю', 'завершено'],
]);
/** Verbs of creating or making, as `normalize` leaves them ("created", "créée", "создана"). */
const CREATING = /^(?:creat|crea|cree|crie|cria|erstell|gemaakt|gemacht|utworz|созда|створ)/u;
/** From this length on, a verb of doing is read as one with a slip ("erstelt" for "erstellt"). */
const SLIPPED_DOING = 7;
/**
 * A long verb of doing typed with one slip: not read as "done" near a negation, the slip left
 * the wording that says it ("Backup konnte nicht erstelt werden") without the word that sets it
 * apart from the general failure.
 */
const slippedDoing = (word: string) =>
  word.length >= SLIPPED_DOING - 1 &&
  [...DOING].some((w) => w.length >= SLIPPED_DOING && oneSlip(word, w));
const backUpAfter = (word = '') =>
  ['not', 'cannot', 'to', 'never'].includes(word) || !!CONTRACTIONS[word]?.endsWith('not');
/**
 * "Never" as the value after a label ("Last successful backup: Never", "Dernière sauvegarde :
 * jamais", "上次成功备份：从未") says that none was ever made: read as "never made", in the
 * patterns and in what is typed alike. "Last backup never completes" (a verb after it, no
 * colon) stays a backup that does not finish, and "nie" closing a Polish line is "not".
 */
const NEVER_VALUE =
  /([:：]\s*)(never|jamais|nunca|mai|nooit|nigdy|nikdy|никогда|ніколи|aldrig|aldri|从未|從未)\s*$/gimu;

/**
 * Korean and Japanese give a backup label the value "none" ("마지막 백업: 없음", "前回のバックアップ：
 * なし"): read as their "never backed up", which their patterns say with a verb.
 */
const NONE_VALUE: [RegExp, string][] = [
  [/(백업[^:：\r\n]*[:：]\s*)(?:없음|없다|없어요|없습니다)\s*$/gmu, '$1백업된 적이 없음'],
  [
    /(バックアップ[^:：\r\n]*[:：]\s*)(?:なし|無し|ない|ありません)\s*$/gmu,
    '$1バックアップされたことがありません',
  ],
];

/** The text with "never" as a label's value read as "never made" (`NEVER_VALUE`, `NONE_VALUE`). */
export const neverAsValue = (text: string) =>
  NONE_VALUE.reduce((t, [none, never]) => t.replace(none, never), text).replace(
    NEVER_VALUE,
    '$1$2 made',
  );

/**
 * Tokens of a text: Latin and katakana words, and character pairs for each run of Chinese
 * characters and hiragana or of Korean (runs of one script separated only by spaces count as one
 * run).
 */
export function tokenize(input: string, known?: KnownWords): string[] {
  const tokens: string[] = [];
  let run = '';
  let runKind: 'cjk' | 'hangul' | undefined;
  const flush = () => {
    if (run) tokens.push(...pairs(run));
    run = '';
    runKind = undefined;
  };
  const chunks = normalize(input).split(' ');
  let [sinceNever, sinceNot] = [Infinity, Infinity];
  for (const [i, said] of chunks.entries()) {
    sinceNever = NEVER.has(said) ? 0 : sinceNever + 1;
    sinceNot = NEGATIONS.has(said) ? 0 : sinceNot + 1;
    const doing =
      DOING.has(said) ||
      ((sinceNot <= NEVER_REACH || sinceNever <= NEVER_REACH) && slippedDoing(said));
    const madeNot =
      MAKING.has(said) &&
      (negating(chunks[i - 1]) ||
        negating(chunks[i + 1]) ||
        ceasing(chunks[i - 2] ?? '', chunks[i - 1], said) !== undefined);
    // "Fully created" is completed: the verb of creating beside it no longer says "created".
    if (
      sinceNot <= COMPLETELY_REACH + 1 &&
      CREATING.test(said) &&
      [chunks[i - 1], chunks[i + 1]].some((w) => COMPLETELY.has(w ?? ''))
    ) {
      continue;
    }
    // English "backup" after "not", "cannot" or "to" is the verb "back up", often written as one
    // word ("my iPhone won't backup"): as the noun it said only the topic.
    const chunk =
      said === 'backup' && backUpAfter(chunks[i - 1])
        ? 'back up'
        : sinceNot <= COMPLETELY_REACH && COMPLETELY.has(said)
          ? COMPLETELY.get(said)!
          : doing && sinceNever <= NEVER_REACH
            ? MADE
            : (doing && sinceNot <= NEVER_REACH) || madeNot
              ? DONE
              : (ceasing(said, chunks[i + 1], chunks[i + 2]) ?? said);
    // Most words are plain letters: skip the script analysis for them.
    if (PLAIN.test(chunk)) {
      flush();
      if (chunk !== 'nu' || romanianNot(chunks[i + 1])) pushWord(chunk, tokens, known);
      continue;
    }
    for (const [, cjk, hangul, katakana, other] of chunk.matchAll(SEGMENT)) {
      const kind = cjk ? 'cjk' : hangul ? 'hangul' : undefined;
      if (kind) {
        if (kind !== runKind) flush();
        run += cjk ?? hangul;
        runKind = kind;
      } else {
        flush();
        pushWord(katakana ?? other!, tokens, known);
      }
    }
  }
  flush();
  return tokens;
}

/** True for tokens compared letter by letter (typos, stems); character pairs match exactly. */
export const isWord = (token: string) => !/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Hangul}]/u.test(token);

/**
 * What a token counts for compared with a word: a character pair is half a word, one with
 * hiragana (particles, verb endings: "に失", "しました") less.
 */
export function unitOf(token: string): number {
  if (isWord(token)) return 1;
  if (/^\p{sc=Hiragana}+$/u.test(token)) return 0.1;
  return /\p{sc=Hiragana}/u.test(token) ? 0.25 : 0.5;
}

/**
 * Saying that an alert is not shown ("It doesn't say not enough storage", "no dice almacenamiento
 * lleno", "「容量不足」とは表示されません"): a verb of saying or showing with a negation. Where the
 * negation comes first, what it says is not shown follows it, to the end of the clause; in
 * Japanese and Korean it comes before, from the start of the clause.
 */
const UNSAID_AFTER = [
  /(?:\b(?:not|never|no longer)|n[’']t)\s+(?:\p{L}+\s+)?(?:say|says|said|saying|show|shows|showed|showing|shown|display|displays|displayed|displaying|mention|mentions|mentioned|see|saw|seen)\b/iu,
  /(?:\b(?:not|never)|n[’']t)\s+(?:get|got|receive|received)\s+(?:a|an|any|the)\b/iu,
  /(?<!\p{L})(?:no|non|não|nao|nunca|mai)\s+(?:(?:me|mi|te|ti|se|si|lo|le|ne|ci)\s+)?(?:dice|dicen|dijo|sale|salió|salio|aparece|apareció|aparecio|muestra|mostró|mostro|pone|compare|appare|mostra|diz|disse|mostrou)(?!\p{L})/iu,
  /\bne\s+(?:m['’]\s*|me\s+)?(?:dit|affiche|indique|montre)\s+(?:pas|jamais|rien)\b|\bn['’](?:affiche|indique)\s+(?:pas|jamais|rien)\b/iu,
  /\b(?:steht|sagt|erscheint)\s+(?:(?:da|dort|es|mir)\s+)?(?:nicht|nie|kein|keine)\b/iu,
  /\b(?:zegt|staat|toont)\s+(?:er\s+)?(?:niet|nooit|geen)\b/iu,
  /(?<!\p{L})не\s+(?:пишет|писал|показывает|показал|говорит|выдаёт|выдает|появляется)(?!\p{L})/iu,
  /(?<!\p{L})nie\s+(?:pisze|pokazuje|wyświetla|pojawia)/iu,
  /(?:没有|没|并不|不)(?:显示|提示|说|弹出)/u,
];
const UNSAID_BEFORE = [
  /(?:と|って)は?(?:表示|出|言わ|書か|書いて)[ぁ-ん]*?(?:ない|ません|なかった)/u,
  /(?:안\s*(?:나와|나오|떠|뜨)|(?:표시|나오|뜨)[가-힣]*\s*않)/u,
];
/**
 * "Since the update" and its kin say when the trouble began, not what showed: their words ("update",
 * "iOS") belong to other alerts and thinned "I can't back up to iCloud since the update" below
 * the threshold. Only an event is left out: "not backed up since 3 weeks" keeps its count.
 */
const IOS = String.raw`ios(?:\s*\d+(?:\.\d+)*)?`;
const SINCE_EVENT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:since|seit|depuis|desde|da quando|sinds|sedan|siden|od)\s+(?:[\p{L}’']+\s+){0,3}?` +
    String.raw`(?:ios[-\s]?)?(?:update|upgrade|updating|updated|aktualisierung|mise à jour|actualizaci[oó]n|actualic[eé]|atualiza[cç][aã]o|atualizei|aggiornamento|aggiornato|${IOS})` +
    // …and the version it went to: "since updating to iOS 26", "desde la actualización a iOS 18".
    String.raw`(?:\s+(?:to|auf|à|a|para|al)\s+${IOS})?(?![\p{L}\p{M}])`,
  'giu',
);
export const withoutSince = (input: string) => input.replace(SINCE_EVENT, ' ');

/** Marks that end a clause; a run of Chinese, Japanese or Korean is read up to them. */
export const CLAUSE_MARK = /[,;:.!?。！？、，；：\r\n]+/u;
/**
 * Words that join two clauses: "but", "although", "and" ("Time Machine voll und iCloud-Speicher
 * voll"). Not French "mais", which is Portuguese "more" too: each reader adds it where it may.
 */
export const JOINING_WORDS =
  'but|although|though|while|whereas|and|aber|obwohl|doch|jedoch|und|alors que|bien que|et|pero|aunque|y|ma|però|anche se|e|mas|porém|embora|maar|hoewel|en|men|och|og|ale|i|но|хотя|и|і|ama|fakat|ancak|ve|mutta|vaikka|ja|dar|deși|și|nhưng|và|tetapi|tapi|namun|dan';
/** Marks that end a sentence. */
export const SENTENCE_END = /[.!?。！？\r\n]/u;
/** Where a clause ends, kept by a split: marks, and "but" (not Portuguese "mais", more). */
export const CLAUSE_END =
  /([,;:.!?。！？、，；：\r\n]+|\s(?:but|aber|pero|ma|mas|maar|но|ale)\s)/iu;
/** The same with French "mais", for a text that is not Portuguese ("não diz mais", no longer says). */
const CLAUSE_END_WITH_MAIS =
  /([,;:.!?。！？、，；：\r\n]+|\s(?:but|aber|mais|pero|ma|mas|maar|но|ale)\s)/iu;

/** The text without what it says is not shown. */
export function withoutUnsaid(input: string): string {
  const said = (clause: string) => {
    for (const unsaid of UNSAID_BEFORE) {
      const m = unsaid.exec(clause);
      if (m) return clause.slice(m.index + m[0].length);
    }
    let cut = clause.length;
    for (const unsaid of UNSAID_AFTER) cut = Math.min(cut, unsaid.exec(clause)?.index ?? cut);
    return clause.slice(0, cut);
  };
  if (!UNSAID_AFTER.some((u) => u.test(input)) && !UNSAID_BEFORE.some((u) => u.test(input))) {
    return input;
  }
  return input
    .split(portuguese(tokenize(input)) ? CLAUSE_END : CLAUSE_END_WITH_MAIS)
    .map((part, i) => (i % 2 === 0 ? said(part) : part))
    .join('');
}

/**
 * Yes/no questions of the user's: "Is my iCloud storage full?", "Заполнено ли хранилище iCloud?",
 * "iCloud 空间满了吗？". They ask whether the alert's situation holds, they do not report the alert,
 * unlike a question about why it happened ("Why does it say iCloud storage is full?"), which says
 * it did. Asked by a verb first (with a question mark), or by a particle that makes a question
 * wherever it stands.
 */
const askingVerb = once(
  () =>
    new RegExp(
      String.raw`^(?:` +
        [
          'is are am was were do does did can could will would should has have had may must',
          'ist sind war waren hat haben hast kann kannst können konnte muss musst müssen braucht brauche brauchen wird werden gibt geht soll sollte',
          // What the alerts say of a backup, asked verb first: "Schlägt das Backup fehl, wenn …?"
          'schlägt schlagen scheitert scheitern klappt funktioniert zeigt kommt erscheint',
          'zijn heeft hebben kan kun kunnen moet moeten wordt zit gaat werkt mislukt lukt',
          'är har ska måste behöver finns går fungerar er må skal trenger behøver finnes virker fungerer',
          'misslyckas lyckas mislykkes lykkes',
          // Romance and Slavic languages ask with the verb first too ("Está lleno…?", "È pieno…?",
          // "Je úložiště plné?"); with the question mark only, since a statement may start so.
          'está están es son hay tengo tiene tienes puedo puede puedes debo debe necesito necesita',
          "è sono ho ha hai posso può puoi devo deve c’è c'è estão é são tem tenho pode há preciso",
          'sunt pot are je jsou mám má máte můžu mohu lze jest są można есть можно нужно надо',
          'є можна треба потрібно',
        ]
          .join(' ')
          .split(' ')
          .join('|') +
        String.raw`)\s+(?!(?:not|nicht|kein|keine|keinen|niet|geen|inte|ingen|ikke)\b)`,
      'iu',
    ),
);
/**
 * Particles, openers and endings that ask, question mark or not: "est-ce que", "ли", "czy",
 * Turkish "mi", "吗", "ですか", Korean "-나요".
 */
const ASKING_PARTICLE = [
  /(?<!\p{L})est-ce qu|(?<!\p{L})ли(?!\p{L})|^(?:czy|чи|será que)(?!\p{L})/iu,
  // Turkish asks at the end: "dolu mu", "gerekli mi" (Italian "mi", Spanish "mi" stand first).
  /\s(?:mı|mi|mu|mü)(?:yım|yim|yum|yüm|sın|sin|sun|sün|dır|dir|dur|dür)?$/iu,
  /[吗嗎]/u,
  /(?:ですか|ますか|でしょうか|のか|かな)$/u,
  /(?:나요|까요|니|냐)$/u,
  // Chinese "么" ending a sentence (not "什么", "怎么", "这么"), Thai's closing particles.
  /(?<![什怎这那多這])[么麼]$/u,
  /(?:ไหม|มั้ย|หรือเปล่า|หรือยัง|เหรอ)$/u,
  // Particles that open a yes/no question: Indonesian "apakah" and its kin, Finnish "onko",
  // Arabic "هل", Hebrew "האם".
  /^(?:apakah|bisakah|dapatkah|haruskah|perlukah|adakah|sudahkah|onko|voiko|pitääkö|tarvitseeko|täytyykö|هل|האם)(?!\p{L})/iu,
  // Vietnamese closes one with "không" or "chưa" (yet) after "có" or a question mark: a
  // negation stands before its verb, never last.
  /(?<!\p{L})(?:có|co)(?!\p{L}).*\s(?:không|khong|ko)$/iu,
];
/**
 * Chinese also asks by saying a verb and its negation ("是不是满了", "有没有办法"): what comes
 * before is said, not asked ("iCloud备份失败有没有办法解决", failed, is there a way?).
 */
const A_NOT_A = /是不是|有没有|有沒有|能不能|会不会|會不會|要不要|需不需要/u;
/** Needing the question mark: French inversion ("est-il"), Spanish "¿", Korean endings. */
const ASKING_MARKED = [
  /-(?:t-)?(?:il|elle|ils|elles|on|je|tu|vous|nous)(?!\p{L})/iu,
  /^¿/u,
  /\s(?:không|khong|ko|chưa|chua)$/iu,
  // Hindi "क्या" opening or closing a sentence asks yes or no; elsewhere it is "what".
  /^क्या(?![\p{L}\p{M}])|\sक्या$/u,
  /(?:가요|나|까|죠|는지요)$/u,
  // Finnish asks by a verb with -ko/-kö first ("Epäonnistuuko …?", "Täyttyykö …?").
  /^\p{L}{2,}(?:ko|kö)(?!\p{L})/iu,
];
/** Asking why, how or what presupposes the alert ("Why is my iCloud full?"): not yes/no. */
const askingWhich = once(
  () =>
    new RegExp(
      [
        String.raw`(?<!\p{L})(?:` +
          [
            'what why how when where which who warum wieso weshalb wie wann wo welche welcher welches',
            'pourquoi comment quand où quoi quel quelle quels qué cómo cuándo dónde cuál cuánto',
            'perché come quando dove quale cosa porque como onde qual waarom hoe wanneer waar wat welke',
            'varför hur när vad vilken hvorfor hvordan hvornår hvad почему зачем как когда где что какой',
            'сколько чому як коли де що який dlaczego jak kiedy gdzie co jaki neden niye niçin nasıl',
            'hangi nerede',
          ]
            .join(' ')
            .split(' ')
            .join('|') +
          String.raw`)(?!\p{L})`,
        '为什么|为何|為什麼|為何|怎么|怎麼|怎样|怎樣|如何|什么|什麼|哪|多少',
        'なぜ|どうして|何|なに|どう|いつ|どこ|どれ',
        '왜|어떻게|뭐|무엇|무슨|언제|어디|얼마',
      ].join('|'),
      'iu',
    ),
);
const QUESTION_MARK = /[?？؟]\s*$/u;
/**
 * The words a text quotes: a question's ("Does “iCloud storage full” mean…?") and a story's ("my
 * phone showed “iCloud Backup Failed” and …") are the alert's.
 */
export const QUOTED = /["“”„«»「」『』]([^"“”„«»「」『』]+)["“”„«»「」『』]/gu;
/**
 * Where a sentence's last clause begins: the part a trailing question asks. Korean joins a
 * statement to the question after it with "-는데" or "-지만" ("실패했는데 방법이 있나요?", it
 * failed, is there a way?).
 */
const LAST_CLAUSE = /^(.*[,;:、，；：]|.*\s[-–—]\s|.*(?:는데|은데|던데|지만)\s)?(.*)$/su;

function asksYesOrNo(clause: string): boolean {
  const text = clause.trim().replace(/[?？؟!！.。\s]+$/u, '');
  if (!text || askingWhich().test(text)) return false;
  const marked = QUESTION_MARK.test(clause);
  return (
    A_NOT_A.test(text) ||
    ASKING_PARTICLE.some((p) => p.test(text)) ||
    (marked && (askingVerb().test(text) || ASKING_MARKED.some((p) => p.test(text))))
  );
}

/**
 * A reply of "no" opening the sentence after a question ("Out of iCloud storage? No, I have
 * plenty of room", "iCloud voll? Nein, …", "iCloud 满了？没有，…"): the user asked it to deny it,
 * so even a bare alert title asked so is not the alert. The word stands alone ("No idea why" is
 * no reply).
 */
const REPLIED_NO =
  /^\s*(?:no|nope|nah|nein|non|não|nao|nee|nej|nei|ne|nie|нет|ні|hayır|hayir|όχι|لا|לא|không|khong|tidak|nu|nem|ei|いいえ|아니요|아뇨|没有|不是)\s*(?:[,.!;:，。！、—–-]|$)/iu;

/**
 * A tag closing a statement as a question ("…, right?", "…, oder?", "…, non ?", "…, né?"): the
 * whole sentence is asked, a general statement the user wants confirmed, not an alert shown.
 */
const TAG =
  /^\s*(?:right|isn[’']?t\s+it|don[’']?t\s+they|doesn[’']?t\s+it|is\s+that\s+(?:true|right|so)|oder|nicht\s+wahr|gell|non|n[’']est-ce\s+pas|¿?verdad|¿?no|giusto|vero|né|não\s+é|toch|hè|eller\s+hur|eller|ikke|nu|oi|oder\s+nicht|prawda|так|да|ugye|eikö)\s*[?？]\s*$/iu;

/**
 * A condition opening a question's last clause ("…, wenn der Akku leer ist?", "…, jos akku on
 * vähissä?"): the first clause asks, a general question of when backups fail.
 */
const CONDITION =
  /^\s*(?:if|when|wenn|falls|als|wanneer|om|när|hvis|når|jos|kun|si|se|quand|cuando|quando)(?!\p{L})/iu;

/** The text without its yes/no questions, keeping what they quote. */
export function withoutAsked(input: string): string {
  const sentences = input.split(/(?<=[.!?。！？؟\r\n])/u);
  return sentences
    .map((sentence, i) => {
      if (QUESTION_MARK.test(sentence) && REPLIED_NO.test(sentences[i + 1] ?? '')) {
        return [...sentence.matchAll(QUOTED)].map((m) => m[1]).join('. ');
      }
      const [, clauses = '', final = ''] = LAST_CLAUSE.exec(sentence)!;
      if (clauses && TAG.test(final))
        return [...sentence.matchAll(QUOTED)].map((m) => m[1]).join('. ');
      // The condition may be gone already, read as a supposition: "Schlägt … fehl, ?".
      const condition = CONDITION.test(final) || /^\s*[?？]\s*$/u.test(final);
      if (clauses && condition && asksYesOrNo(`${clauses.split(CLAUSE_MARK)[0]}?`))
        return [...sentence.matchAll(QUOTED)].map((m) => m[1]).join('. ');
      const asked = A_NOT_A.exec(final)?.index ?? 0;
      const [before, last] = [clauses + final.slice(0, asked), final.slice(asked)];
      if (!asksYesOrNo(last)) return sentence;
      const quoted = [...last.matchAll(QUOTED)].map((m) => m[1]).join('. ');
      return `${before} ${quoted}`;
    })
    .join('');
}
