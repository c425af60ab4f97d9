import { knowledge, type Alert } from '../knowledge/index.ts';
import { alertWordings } from '../knowledge/start-slice.ts';
import {
  buildVocabulary,
  FUNCTION_WORD,
  lookup,
  NO_TYPO_BELOW,
  oneSlip,
  related,
  similar,
  weightsOf,
  type Vocabulary,
  type Weights,
} from './alert-index.ts';
import {
  CLAUSE_MARK,
  JOINING_WORDS,
  cutAfterModal,
  deniedHan,
  ENOUGH,
  enoughIn,
  isMaking,
  isModal,
  isNever,
  isNegation,
  negatesBefore,
  neverAsValue,
  isWord,
  type KnownWords,
  negativeWord,
  NEGATIONS,
  normalize,
  once,
  PASSED_BY_NEGATION,
  portuguese,
  PREPOSITIONS,
  QUOTED,
  SAID_OF_DOING,
  STOPWORDS,
  tokenize,
  unitOf,
  WITHOUT,
  withoutAsked,
  withoutSince,
  withoutUnsaid,
} from './alert-text.ts';
import type { AlertResult } from './types.ts';
import { saidNow, withoutGeneral, withoutSupposed, worksNow } from './alert-supposed.ts';
import { withoutControls, withoutHearsay } from './alert-hearsay.ts';

/**
 * Local, fuzzy matching of what users type or paste against the known alert texts in every
 * alert language. Patterns are tokenised once (alert-text.ts) into one vocabulary (alert-index.ts);
 * a text is tokenised the same way, each of its tokens looked up (typos, stems, compounds), and
 * only the patterns sharing a token with it are scored. A score weighs how much of the pattern
 * the text covers (whole alert pasted) against how much of the text belongs to the pattern
 * (partial paste). A text that matches nothing well enough is reported as unrecognised rather
 * than forced onto the nearest alert. A generic failure ("could not be created") gives way to a
 * reason said in the rest of the text ("not enough space").
 */

export const RECOGNITION_THRESHOLD = 0.6;
/** From this length on, a word one slip away from a negation of the patterns is one: "nbyla". */
const LONG_NEGATION = 6;
/** Score factor for an alert the text rules out (excludedAlerts): it can still win, but rarely. */
const EXCLUDED = 0.5;
/** Scores closer than this are equal. */
const TIE = 1e-9;
/** Score factor when the text says the opposite of the pattern ("backed up" / "not backed up"). */
const OPPOSITE = 0.6;
/** A short text sharing no more than one distinctive word's weight with a pattern… */
const SUBSTANTIAL = 1.2;
/** …and covering less than 75 % of what sets it apart counts this much. */
const SLIGHT = 0.6;
/**
 * A text shorter than a pattern that covers less than this share of what sets it apart is a
 * fragment of its wording, not the alert: a menu label ("Manage storage") or a statement
 * ("WLAN ist verbunden") that shares a word or two with an alert's longer body. It counts SLIGHT.
 */
const FRAGMENT = 0.35;
/**
 * A text holding less than this share of a title's distinctive weight ("Storage Almost Full")
 * only shares words with the body after it ("You can manage your storage in Settings"): it
 * counts SLIGHT ("Управление хранилищем", manage storage).
 */
const TITLE = 0.5;
const HAN = /\p{sc=Han}/gu;
/** Where a pattern's title ends and its body begins. */
const TITLE_END = /[.!?。]\s*(?=\S)/u;

/** A pattern's title: its vocabulary ids and their distinctive weight. */
interface Title {
  tokens: number[];
  weight: number;
}

interface Pattern {
  alert: number;
  language: string;
  /** Distinct vocabulary ids. */
  tokens: number[];
  weights: Weights;
  /** Says that something did not happen ("not backed up"), so a text must say so too. */
  negated: boolean;
  /** Of a title followed by a body. */
  title?: Title;
  /** Its Chinese characters, which a Chinese negation before one denies (`deniedHan`). */
  han: Set<string>;
  /** The vocabulary ids of the word naming its alert's subject, when it says one (`naming`). */
  names: number[];
  /**
   * The words of its alert's wordings in its language that no wording of the general failure
   * there says (`beyondFailure`).
   */
  beyond: number[];
  /** Its words in order, as vocabulary ids (`cutCopy`). */
  sequence: number[];
  /** Its negated word for "enough" and the word that is lacking ("abbastanza", "spazio"). */
  enough?: [enough: number, lacking: number];
}

interface Index {
  vocabulary: Vocabulary;
  patterns: Pattern[];
  /** Per alert: the tokens of each phrase that rules it out (`excludedBy`). */
  exclusions: string[][][];
  /** Per alert with such phrases: the words of its patterns. */
  own: string[][];
  /** The distinct tokens of all those phrases. */
  phraseTokens: string[];
  /** Vocabulary id -> indexes of the patterns containing it, ascending. */
  postings: number[][];
  /** The patterns' Turkish words that negate ("tamamlanamadı"), as written and as tokens. */
  negatives: Map<string, string[]>;
  /** Per alert: the vocabulary ids of its patterns that do not negate ("storage", "full"). */
  affirmed: Set<number>[];
  /** Per alert: the Chinese characters of those patterns ("满"). */
  affirmedHan: Set<string>[];
  /** Per alert whose patterns negate "enough": every word for it they never affirm. */
  lacks: Set<string>[];
  /** The negations of the patterns long enough to be recognised with a slip. */
  negations: string[];
  /** Vocabulary ids of the words that negate "enough" with a prefix ("insufficient"). */
  lacking: Set<number>;
  /**
   * Per alert: ruled out by where or in what it happens (its phrases name a computer, iCloud or a
   * restore), so a clause must say whose it is to bring it back (`ownClause`).
   */
  placed: boolean[];
  /**
   * Per alert: what each of its negated patterns negates, its other words ("Wi-Fi connection" of
   * "No Wi-Fi connection"): a noun phrase that says nothing of the alert on its own (`bare`).
   * Each set once: languages that share their wording share the phrase.
   */
  phrases: ReadonlySet<number>[][];
  /**
   * Per alert: none of its wordings negates anything, a label ("Back Up Over Cellular") or a
   * plain statement (`score`).
   */
  affirmative: boolean[];
  /** The general failure and the vocabulary ids its wordings say, in any language. */
  failure: { alert: number; words: ReadonlySet<number> };
  /** Per alert: the tokens of each phrase naming its subject (`namesSubject`), none if it has none. */
  subjects: string[][][];
}

const sum = (weights: Weights[]): Weights =>
  weights.reduce<Weights>((a, w) => [a[0] + w[0], a[1] + w[1]], [0, 0]);

/** Each set of ids once, whatever their order. */
function distinctSets(lists: number[][]): ReadonlySet<number>[] {
  const distinct = new Map<string, ReadonlySet<number>>();
  for (const ids of lists) distinct.set([...ids].sort((a, b) => a - b).join(), new Set(ids));
  return [...distinct.values()];
}

/**
 * What a pattern says something of: its words without negations, function words and the words
 * that negate "enough" with a prefix ("недостаточно"), a negation too.
 */
const phraseOf = (p: Pattern, { vocabulary, lacking }: Pick<Index, 'vocabulary' | 'lacking'>) =>
  p.tokens.filter((id) => {
    const word = vocabulary.words[id]!;
    return !isNegation(word) && !STOPWORDS.has(word) && !lacking.has(id);
  });

function buildIndex(alerts: readonly Alert[]): Index {
  const raw = alerts.flatMap((alert, i) =>
    Object.entries(alertWordings(alert)).flatMap(([language, texts]) =>
      (texts ?? []).map((text) => {
        const [title, ...body] = text.split(TITLE_END);
        return {
          alert: i,
          language,
          sequence: tokenize(text),
          tokens: [...new Set(tokenize(text))],
          ...(body.length > 0 && { title: [...new Set(tokenize(title!))] }),
        };
      }),
    ),
  );
  const vocabulary = buildVocabulary(
    alerts.map((_, i) => raw.filter((p) => p.alert === i).flatMap((p) => p.tokens)),
  );
  const postings: number[][] = vocabulary.words.map(() => []);
  const patterns = raw.map((p, n) => {
    const tokens = p.tokens.map((t) => vocabulary.ids.get(t)!);
    tokens.forEach((id) => postings[id]!.push(n));
    const weights = sum(tokens.map((id) => vocabulary.weights[id]!));
    const negated = p.tokens.some(isNegation);
    const titleIds = p.title?.flatMap((t) => vocabulary.ids.get(t) ?? []);
    const title = titleIds && {
      tokens: titleIds,
      weight: sum(titleIds.map((id) => vocabulary.weights[id]!))[1],
    };
    return {
      alert: p.alert,
      language: p.language,
      tokens,
      weights,
      negated,
      ...(title && { title }),
      han: new Set(p.tokens.flatMap((t) => t.match(HAN) ?? [])),
      sequence: p.sequence.map((t) => vocabulary.ids.get(t)!),
      names: [] as number[],
      beyond: [] as number[],
      ...lackingOf(p.sequence, vocabulary),
    };
  });
  const failure = beyondFailure(alerts, patterns, vocabulary);
  for (const [alert, words] of naming(patterns, vocabulary).entries()) {
    for (const p of patterns) {
      if (p.alert === alert) p.names = p.tokens.filter((id) => words.has(id));
    }
  }
  namingInLanguage(patterns, vocabulary);
  const exclusions = alerts.map((a) => (a.excludedBy ?? []).map((phrase) => tokenize(phrase)));
  const own = alerts.map((a, i) =>
    a.excludedBy ? [...new Set(raw.filter((p) => p.alert === i).flatMap((p) => p.tokens))] : [],
  );
  const negatives = new Map<string, string[]>();
  for (const text of alerts.flatMap((a) => Object.values(alertWordings(a)).flat())) {
    for (const word of normalize(text ?? '').split(' ')) {
      const tokens = negativeWord(word);
      if (tokens) negatives.set(word, tokens);
    }
  }
  const affirmed = alerts.map(
    (_, i) => new Set(patterns.filter((p) => p.alert === i && !p.negated).flatMap((p) => p.tokens)),
  );
  const affirmedHan = alerts.map(
    (_, i) =>
      new Set(patterns.filter((p) => p.alert === i && !p.negated).flatMap((p) => [...p.han])),
  );
  const negations = vocabulary.words.filter((w) => NEGATIONS.has(w) && w.length >= LONG_NEGATION);
  const lacking = new Set(vocabulary.words.flatMap((w, id) => (enoughIn(w)?.negated ? [id] : [])));
  const lacks = alerts.map((_, i) => {
    const [denied, said] = [new Set<string>(), new Set<string>()];
    for (const p of patterns.filter((p) => p.alert === i)) {
      for (const id of p.tokens) {
        const enough = enoughIn(vocabulary.words[id]!);
        if (enough) (p.negated || enough.negated ? denied : said).add(enough.word);
      }
    }
    // Any word for enough, in any language: the patterns negate only some of them ("十分な…が
    // ない"), a text may say another ("充足").
    return new Set(denied.size > 0 ? [...ENOUGH].filter((word) => !said.has(word)) : []);
  });
  const placed = exclusions.map((phrases) =>
    phrases.some((p) => p.length === 1 && PLACES.includes(p[0]!)),
  );
  const phrases = alerts.map((_, i) =>
    distinctSets(
      patterns
        .filter((p) => p.alert === i && p.negated)
        .map((p) => phraseOf(p, { vocabulary, lacking })),
    ),
  );
  const affirmative = alerts.map((_, i) => !patterns.some((p) => p.alert === i && p.negated));
  return {
    vocabulary,
    patterns,
    exclusions,
    own,
    phraseTokens: [...new Set(exclusions.flat(2))],
    postings,
    negatives,
    affirmed,
    affirmedHan,
    lacks,
    negations,
    lacking,
    placed,
    phrases,
    affirmative,
    failure,
    subjects: alerts.map((a) => (a.subject ?? []).map((phrase) => tokenize(phrase))),
  };
}

/** The alert that a backup which could not be made, with no reason given, is. */
const GENERAL_FAILURE = 'backup_failed';

/**
 * Per pattern of another alert, its words that no wording of the general failure in its language
 * says (`GENERAL_FAILURE`): what it says more than "cannot back up", "never" among them ("nie
 * gesichert"; Polish "nie" is "not"). A text holding none of them
 * ("no se puede hacer copia de seguridad en iCloud", "impossible de faire la sauvegarde iCloud")
 * is a plain failure (a verb of being able says no more: "puede" of "no se puede"), not the start of a longer wording that goes on to give a reason ("…porque
 * no hay suficiente espacio", "…por red celular") nor "Impossible de terminer la sauvegarde".
 */
function beyondFailure(
  alerts: readonly Alert[],
  patterns: Pattern[],
  vocabulary: Vocabulary,
): Index['failure'] {
  const general = alerts.findIndex((a) => a.id === GENERAL_FAILURE);
  const said = new Map<string, Set<number>>();
  for (const p of patterns) {
    if (p.alert !== general) continue;
    const own = said.get(p.language) ?? said.set(p.language, new Set()).get(p.language)!;
    for (const id of p.tokens) own.add(id);
  }
  // Per alert and language: a text holding a word that another of its wordings says more
  // ("nunca" of "Nunca se ha realizado…") is not a plain failure against "iPhone sin copia…".
  const beyond = new Map<string, Set<number>>();
  for (const p of patterns) {
    const own = said.get(p.language);
    if (p.alert === general || !own) continue;
    const key = `${p.alert} ${p.language}`;
    const more = beyond.get(key) ?? beyond.set(key, new Set()).get(key)!;
    for (const id of p.tokens) {
      const word = vocabulary.words[id]!;
      if (!own.has(id) && !STOPWORDS.has(word) && !isModal(word)) more.add(id);
    }
  }
  // A wording that says nothing more itself ("iPhone Not Backed Up") is read as it is.
  for (const p of patterns) {
    const more = beyond.get(`${p.alert} ${p.language}`);
    if (more && p.tokens.some((id) => more.has(id))) p.beyond = [...more];
  }
  return { alert: general, words: new Set([...said.values()].flatMap((ids) => [...ids])) };
}

/** Whether the text holds none of a pattern's words beyond the general failure's (`beyond`). */
const saysOnlyFailure = ({ beyond }: Pattern, input: Input) =>
  beyond.length > 0 && !beyond.some((id) => input.holders.has(id));

/**
 * The general failure, for a text that says a negated wording's start up to its reason and no
 * further ("No se puede realizar la copia de seguridad de este iPhone porque…" cut to "no se
 * puede hacer copia de seguridad en iCloud"): it says that the backup could not be made, and
 * read as that wording, it was recognised.
 */
function failureBefore(read: Input, excluded: Set<number>): Best | undefined {
  if (!read.negated) return undefined;
  const worded = bestPattern(read, excluded, undefined, true);
  if (!worded || !recognised(worded) || !worded.pattern.negated) return undefined;
  if (!saysOnlyFailure(worded.pattern, read)) return undefined;
  return failureWith(read, excluded, worded.score);
}

/** The general failure's wording nearest the text, read with the score given. */
function failureWith(read: Input, excluded: Set<number>, score: number): Best | undefined {
  const { alert } = index!.failure;
  const failure = bestPattern(read, excluded, (a) => a === alert);
  return failure && { pattern: failure.pattern, score };
}

/**
 * "I can't make a backup" in so many words: a negation, and besides function words, verbs of
 * being able or making and iCloud or the device, only words of the topic that the general
 * failure says ("ich kann kein Backup machen", "não consigo fazer backup no iCloud", "kan inte
 * säkerhetskopiera min iPhone"). Such a text says that the backup could not be made and no
 * more; no wording says it so, and it shared too little with any. Read as the general failure,
 * just recognised. A word of anything else ("not failing", "don't use", "since the update")
 * leaves it unread, and so does "never", which says that none was made.
 */
/**
 * "Never", unless the word is also another language's "not" put where only that language puts
 * it: Polish "nie" (German "nie", never) before a verb of being able or making ("nie mogę zrobić
 * backupu"), where German says "kann nie".
 */
const saysNever = (word: string, at: number, words: string[]) =>
  isNever(word) &&
  !(word === 'nie' && [isModal, isMaking].some((verb) => verb(words[at + 1] ?? '')));

function plainFailure(read: Input, excluded: Set<number>): Best | undefined {
  const { alert, words } = index!.failure;
  const said = read.words;
  // Character pairs read their negation in a pair of their own ("不慢", not slow): no words.
  if (!read.negated || excluded.has(alert) || !said.every(isWord) || said.some(saysNever)) {
    return undefined;
  }
  let topic = false;
  for (const [i, word] of said.entries()) {
    // Portuguese "no" (in the) is no negation here, and a function word still.
    const plain = isNegation(word) || STOPWORDS.has(word) || SAID_OF_DOING.has(word);
    if (plain || isModal(word) || isMaking(word) || namesOwner([word])) continue;
    if (!read.matches[i]!.some((id) => words.has(id) && topical(id))) return undefined;
    topic = true;
  }
  return topic ? failureWith(read, excluded, RECOGNITION_THRESHOLD) : undefined;
}

/**
 * Per alert, the words that name what it is about: said in every wording of at least half its
 * languages, by at most one other alert, and no function word: "Wi-Fi", a loanword nearly
 * everywhere. A text without it says that something else is needed ("iCloud Backup requires a
 * password", "Backup braucht Zeit").
 */
function naming(
  patterns: readonly Omit<Pattern, 'names' | 'sequence'>[],
  vocabulary: Vocabulary,
): Map<number, Set<number>> {
  const alertsOf = new Map<number, Set<number>>();
  for (const p of patterns) {
    for (const id of p.tokens)
      (alertsOf.get(id) ?? alertsOf.set(id, new Set()).get(id)!).add(p.alert);
  }
  const out = new Map<number, Set<number>>();
  const alerts = new Set(patterns.map((p) => p.alert));
  for (const alert of alerts) {
    const own = patterns.filter((p) => p.alert === alert);
    const languages = new Set(own.map((p) => p.language));
    const everywhere = new Map<number, number>();
    for (const language of languages) {
      const wordings = own.filter((p) => p.language === language);
      if (wordings.length < 2) continue;
      for (const id of wordings[0]!.tokens) {
        if (wordings.every((p) => p.tokens.includes(id))) {
          everywhere.set(id, (everywhere.get(id) ?? 0) + 1);
        }
      }
    }
    const words = [...everywhere].flatMap(([id, count]) => {
      const word = vocabulary.words[id]!;
      const named = count * 2 >= languages.size && alertsOf.get(id)!.size <= 2;
      return named && !STOPWORDS.has(word) && !isNegation(word) ? [id] : [];
    });
    if (words.length > 0) out.set(alert, new Set(words));
  }
  return out;
}

/**
 * A pattern whose alert names no word in most languages (`naming`) may in its own: the verb that
 * every wording of its alert in that language says, give or take an ending, and at most one
 * other alert says: "завершити" / "завершено" (complete) in all the Ukrainian wordings of "the
 * last backup could not be completed". A text without it ("Резервне копіювання не вдається",
 * backup does not succeed) says something else, a failure. Three wordings at least: two that
 * share a verb ("Aktivieren", "aktiviert") say too little of how else people put it ("Problem
 * beim Einschalten von iCloud-Backup" is still that alert).
 */
function namingInLanguage(patterns: readonly Pattern[], vocabulary: Vocabulary): void {
  const groups = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const key = `${p.alert} ${p.language}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(p);
  }
  const word = (id: number) => vocabulary.words[id]!;
  const says = (p: Pattern, id: number) => p.tokens.some((t) => related(word(t), word(id)));
  // In any of its forms: "резервной", "резервная", "резервное" (backup) are one topic word.
  const alertsSaying = (id: number, language: string) =>
    new Set(patterns.filter((p) => p.language === language && says(p, id)).map((p) => p.alert));
  for (const wordings of groups.values()) {
    if (wordings.length < 3 || wordings.some((p) => p.names.length > 0)) continue;
    const named = wordings[0]!.tokens.filter((id) => {
      const w = word(id);
      return (
        isWord(w) &&
        !STOPWORDS.has(w) &&
        !isNegation(w) &&
        wordings.every((p) => says(p, id)) &&
        alertsSaying(id, wordings[0]!.language).size <= 2
      );
    });
    if (named.length === 0) continue;
    for (const p of wordings) {
      p.names = p.tokens.filter((t) => named.some((id) => related(word(t), word(id))));
    }
  }
}

/**
 * The word for "enough" a wording negates and the word lacking: after a negated "enough", past
 * iCloud or the device ("Not enough iCloud storage": "storage"), or next to a word that negates
 * it with a prefix, the one before first ("Spazio insufficiente su iPhone": "spazio"). A text
 * denying that word ("Non c'è più spazio", no more space) says what the wording does without
 * the word for "enough" (`score`).
 */
function lackingOf(sequence: string[], vocabulary: Vocabulary): Pick<Pattern, 'enough'> {
  const at = sequence.findIndex(
    (w, i) => enoughIn(w)?.negated || (ENOUGH.has(w) && sequence.slice(0, i).some(isNegation)),
  );
  if (at < 0) return {};
  const noun = (w: string) => !STOPWORDS.has(w) && !isNegation(w) && !namesOwner([w]);
  const after = sequence.slice(at + 1).find(noun);
  const lacking = ENOUGH.has(sequence[at]!)
    ? after
    : (sequence.slice(0, at).findLast(noun) ?? after);
  return lacking
    ? { enough: [vocabulary.ids.get(sequence[at]!)!, vocabulary.ids.get(lacking)!] }
    : {};
}

/**
 * Whether the text denies the word a wording says is lacking (`lackingOf`), naming no owner the
 * wording does not: "non c'è più spazio sull'iPhone" is the device's "Spazio insufficiente su
 * iPhone", not iCloud's "Non c'è abbastanza spazio".
 */
function deniesLacking({ enough, tokens }: Pattern, input: Input): boolean {
  const { ids } = index!.vocabulary;
  return (
    input.denied.some((d) => d.ids.includes(enough![1])) &&
    ['device', 'icloud'].every((w) => {
      const id = ids.get(w);
      return id === undefined || !input.holders.has(id) || tokens.includes(id);
    })
  );
}

let index: Index | undefined;

/**
 * A typed word for a subject word: give or take a typo or an ending, but a short stem ("tili",
 * "cont", "akun") only begins it, as Danish "til" (to) is one letter from Finnish "tili".
 */
const SHORT_SUBJECT = 5;
const names = (typed: string, subject: string) =>
  subject.length < SHORT_SUBJECT ? typed.startsWith(subject) : related(typed, subject);

/** Per text read, per alert with a subject: whether the text names it (`namesSubject`). */
const subjectNamed = new WeakMap<Input, Map<number, boolean>>();

/**
 * Whether the text says what the alert is about when its data names that (`subject`): "kann
 * nicht auf die Fotos zugreifen" shares the account alert's verb, not its account. Each text is
 * compared with the subject's words once, not once per wording scored.
 */
function namesSubject(alert: number, input: Input): boolean {
  const phrases = index!.subjects[alert]!;
  if (phrases.length === 0) return true;
  const named = subjectNamed.get(input) ?? subjectNamed.set(input, new Map()).get(input)!;
  let says = named.get(alert);
  if (says === undefined) {
    says = phrases.some((phrase) => phrase.every((w) => input.words.some((t) => names(t, w))));
    named.set(alert, says);
  }
  return says;
}

interface InputToken {
  weights: Weights;
  /** Comes right after a negation ("not full"). */
  negated: boolean;
  /** Is one ("not", "nebyla"). */
  negation: boolean;
  /**
   * A phrase word here (`excludedBy`) is negated: after a negation, though not across a
   * preposition ("nicht auf dem Mac" names the Mac), or anywhere after "without" in its clause.
   */
  phraseDenied: boolean;
}

interface Input {
  words: string[];
  tokens: InputToken[];
  /** The tokens after a negation: position and the vocabulary ids each may stand for. */
  denied: { at: number; ids: number[] }[];
  /** Vocabulary id -> positions of the tokens that may stand for it. */
  holders: Map<number, number[]>;
  /** Per position: the vocabulary ids its token may stand for (`holders` the other way round). */
  matches: number[][];
  /** Says "insufficient" or the like: a word that negates "enough" with a prefix (`lacking`). */
  lacks: boolean;
  /** Vocabulary ids of the words as typed (no typo, stem or compound needed). */
  typed: Set<number>;
  weights: Weights;
  negated: boolean;
  /**
   * The text as pasted says a negation, also where a generic failure took it ("Backup über
   * mobile Daten nicht möglich": what is left, "über mobile Daten", is not the setting).
   */
  negates: boolean;
  /** The Chinese characters it denies ("没有满": "满"). */
  deniedHan: string[];
  /** Where each clause's words begin. */
  starts: Set<number>;
}

/**
 * Looks up every distinct word, and every two neighbouring words written together, so "back up"
 * finds "backup" and "reserve kopie" finds "reservekopie".
 */
function lookUpWords(words: string[], vocabulary: Vocabulary): number[][] {
  const memo = new Map<string, number[]>();
  const find = (word: string) =>
    memo.get(word) ?? memo.set(word, lookup(vocabulary, word)).get(word)!;
  const matches = words.map((word) => [...find(word)]);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (!isWord(a) || !isWord(b) || a === '#' || b === '#') continue;
    // A whole word (give or take a typo) that neither half is: "storage almost" must not find
    // "storage", nor "id funktioniert" "funktioniert". A half too short for a typo of its own
    // is in the word as typed: Vietnamese "iCloud lại" (again) is not Hungarian "iCloudban".
    const asTyped = (word: string) =>
      (a.length >= NO_TYPO_BELOW || word.startsWith(a)) &&
      (b.length >= NO_TYPO_BELOW || word.endsWith(b));
    const joined = find(a + b).filter((id) => {
      const word = vocabulary.words[id]!;
      return similar(a + b, word) && !similar(a, word) && !similar(b, word) && asTyped(word);
    });
    matches[i]!.push(...joined);
    matches[i + 1]!.push(...joined);
  }
  return matches;
}

/**
 * The device names as typed with a typo ("iphnoe"), also with an ending ("iPohnu", "iPhnoen"),
 * spelled right they are already "device". So is a phone word with an ending ("telefonum",
 * "telefonul", "telefonen"), which else a short word of another language begins: Hungarian
 * "tele" (full) read "telefonum iCloud" as "iCloud is full".
 */
const DEVICE_NAMES = ['iphone', 'iphon', 'ipad', 'telefon', 'telefoon'];
const deviceTypo = (word: string) =>
  isWord(word) &&
  [0, 1, 2, 3, 4].some(
    (ending) =>
      word.length - ending >= 4 &&
      DEVICE_NAMES.some((name) => similar(word.slice(0, word.length - ending), name)),
  );

/**
 * A negation of the patterns with one slip is read as that negation: "nedsotatek" (nedostatek,
 * not enough), "imposible"; so is a Turkish negative word ("tamamlanamdı", "erşemiyor"), unless
 * the slip may spell the affirmative present, a consonant and no m just before "-ıyor":
 * "çalışıyor" (works) is "çalışmıyor" (does not work) without its m.
 */
const AFFIRMATIVE_PRESENT = /^(?!.*m\p{L}{0,2}[iu]yor$).*[^aeiou][iu]yor$/u;

/**
 * A long negation with another ending for gender or number is that negation: Ukrainian
 * "неможливе" (impossible, neuter) for the patterns' "неможливо", Polish "niemożliwa" for
 * "niemożliwe". Only the last letter or two differ.
 */
const otherEnding = (word: string, negation: string) =>
  Math.abs(word.length - negation.length) <= 1 &&
  word.slice(0, negation.length - 2) === negation.slice(0, -2) &&
  word.length >= LONG_NEGATION + 1;

function negationsWithSlips({ negatives, negations, vocabulary }: Index): KnownWords {
  return (word) => {
    const exact = negatives.get(word);
    if (exact || word.length < LONG_NEGATION - 1 || NEGATIONS.has(word)) return exact;
    const negation = negations.find((n) => oneSlip(word, n) || otherEnding(word, n));
    if (negation) return [negation];
    if (!AFFIRMATIVE_PRESENT.test(word)) {
      for (const [negative, tokens] of negatives) if (oneSlip(word, negative)) return tokens;
    }
    return prefixedNegation(word, vocabulary);
  };
}

/**
 * Czech and Slovak negate a verb or adjective with "ne" written on it: "nezálohoval" (did not
 * back up), "nedokončena" (not completed). A word the patterns do not say, whose rest is a word
 * they do, is that negation and the word, as "nebyl zálohován" is.
 */
const NE_PREFIXED = /^ne(\p{L}{5,})$/u;
const PRESENT_OF_OVAT = /uj(?:e|i|es|eme|ete)$/u;
function prefixedNegation(word: string, vocabulary: Vocabulary): string[] | undefined {
  const said = NE_PREFIXED.exec(word)?.[1];
  if (!said || vocabulary.ids.has(word) || lookup(vocabulary, word).length > 0) return undefined;
  // The present of an "-ovat" verb ends in "-uje" ("nezálohuje", does not back up), a stem the
  // patterns' infinitive and noun ("zálohovat", "zálohování") share only with "-ova".
  const infinitive = said.replace(PRESENT_OF_OVAT, 'ova');
  const rest = [infinitive, said].find((stem) => lookup(vocabulary, stem).length > 0);
  return rest === undefined ? undefined : ['not', rest];
}

/** How many character pairs before a Japanese or Korean negating ending it reaches at most. */
const NEGATED_REACH = 8;
/**
 * A pair starting with a verb's joining ending, which closes a clause: Japanese て or で ("いっぱ
 * いで何もできない", is full and nothing can be done) unless an ending follows that is part of the
 * same verb (ている, では, でも, ておく); Korean 서, 고, 며 ("가득 차서", "오래 걸리고").
 */
const JOINING = /^[てで서고며][^いはもお]/u;

/**
 * Japanese and Korean negate with an ending after what they negate: "いっぱいではありません" (is
 * not full), "가득 차지 않았습니다" (did not fill up). The pairs before it, back to the start of
 * its clause (`starts`: where each clause's words begin), are negated as a Latin word after "not"
 * is.
 */
function negateBefore(words: string[], starts: Set<number>, tokens: InputToken[]): void {
  words.forEach((word, i) => {
    if (isWord(word) || !negatesBefore(word)) return;
    for (let j = i - 1; j >= Math.max(0, i - NEGATED_REACH) && !starts.has(j + 1); j--) {
      if (isWord(words[j]!) || JOINING.test(words[j]!)) break;
      if (!tokens[j]!.negation) tokens[j]!.negated = true;
    }
  });
}

/**
 * German, Dutch and the Scandinavian languages put "not" after the verb it negates, and a "not"
 * closing its clause ("de back-up mislukt niet meer", "säkerhetskopieringen misslyckas inte
 * längre", no longer fails) has nothing after it to reach: it negates the word before it, as
 * "not failing" does, so the text is not the failure it denies.
 */
const CLOSING_NOT = new Set(['nicht', 'niet', 'inte', 'ikke']);
/** A word a negation reaches past to the one it negates: a stop word, "yet", "longer", "été". */
const passedBy = (word: string) => STOPWORDS.has(word) || PASSED_BY_NEGATION.has(word);
function negateVerbBeforeEnd(words: string[], starts: Set<number>, tokens: InputToken[]): void {
  const bounds = [...starts, words.length];
  bounds.slice(1).forEach((end, i) => {
    const start = bounds[i]!;
    let at = end - 1;
    while (at >= start && passedBy(words[at]!)) at--;
    if (at < start || !CLOSING_NOT.has(words[at]!)) return;
    do at--;
    while (at >= start && passedBy(words[at]!));
    if (at >= start && !tokens[at]!.negation) tokens[at]!.negated = true;
  });
}

/**
 * A word a negation reaches past, typed with one slip ("nie ozstał zweryfikowany"): the negation
 * still reaches the word after it. Five letters or more, as shorter ones slip into other words.
 */
const passedWithSlip = (word: string) =>
  word.length >= 5 &&
  [...PASSED_BY_NEGATION].some((passed) => passed.length >= 5 && oneSlip(word, passed));

const SAID_WEIGHTS = weightsOf(FUNCTION_WORD);

function readInput(text: string, index: Index): Input {
  const { vocabulary } = index;
  const known = negationsWithSlips(index);
  const words: string[] = [];
  const starts = new Set<number>();
  // Before the clauses are split: "never" after a label's colon is its value (`neverAsValue`).
  for (const clause of neverAsValue(text).split(CLAUSE_MARK)) {
    starts.add(words.length);
    for (const word of tokenize(clause, known)) words.push(deviceTypo(word) ? 'device' : word);
  }
  words.length = cutAfterModal(words);
  const matches = lookUpWords(words, vocabulary);
  const holders = new Map<number, number[]>();
  const typed = new Set<number>();
  let afterNegation = false;
  let pastPreposition = false;
  let afterWithout = false;
  const inPortuguese = portuguese(words);
  const tokens = words.map((word, i) => {
    // A negation that ends its clause reaches nothing past the mark: in "iPhone sichert nicht,
    // iCloud-Speicher voll" iCloud is named, not denied.
    if (starts.has(i)) [afterWithout, afterNegation] = [false, false];
    const ids = matches[i]!;
    ids.forEach((id) => holders.get(id)?.push(i) ?? holders.set(id, [i]));
    const known = vocabulary.ids.get(word);
    if (known !== undefined) typed.add(known);
    // A verb of saying no alert knows ("pisze że …", it writes that …) says where the alert
    // showed, as a function word does: it does not dilute what the rest says.
    const weights: Weights =
      ids.length === 0 && showing().has(word)
        ? SAID_WEIGHTS
        : known !== undefined || ids.length === 0
          ? (vocabulary.weights[known ?? -1] ?? weightsOf(word))
          : [1, Math.max(...ids.map((id) => vocabulary.weights[id]![1]))];
    // Portuguese "no" is "in the" ("armazenamento no iCloud está cheio"), never "not" ("não").
    const negation = isNegation(word) && !(inPortuguese && word === 'no');
    const passed = passedBy(word) || (afterNegation && passedWithSlip(word));
    const negated = afterNegation && !passed;
    const phraseDenied = (negated && !pastPreposition) || afterWithout;
    if (negation && isWord(word)) [afterNegation, pastPreposition] = [true, false];
    else if (!passed) afterNegation = false;
    else if (PREPOSITIONS.has(word)) pastPreposition = true;
    afterWithout ||= WITHOUT.has(word);
    return { weights, negated, negation, phraseDenied };
  });
  negateBefore(words, starts, tokens);
  negateVerbBeforeEnd(words, starts, tokens);
  const negated = tokens.some((t) => t.negation);
  return {
    words,
    tokens,
    denied: matches.flatMap((ids, at) => (tokens[at]!.negated ? [{ at, ids }] : [])),
    holders,
    matches,
    lacks: saysLacking(holders, index),
    typed,
    weights: sum(tokens.map((t) => t.weights)),
    negated,
    negates: negated,
    deniedHan: deniedHan(text),
    starts,
  };
}

const saysLacking = (holders: Map<number, number[]>, { lacking }: Index) =>
  [...lacking].some((id) => holders.has(id));

/** From this length on, a phrase word also stands for itself with an ending ("tietokoneella"). */
const DECLINED = 6;

/**
 * `similar`, first ruling out cheaply what cannot be: lengths more than two apart, or the first
 * two letters of neither in the other's first two (a typo changes the first letter only alone);
 * or a long phrase word with a case ending: Finnish "tietokoneella" (on the computer), Polish
 * "komputerze".
 */
const near = (w: string, t: string) =>
  (t.length >= DECLINED && w.startsWith(t)) ||
  (Math.abs(w.length - t.length) <= 2 &&
    (w[0] === t[0] || w[1] === t[1] || w[0] === t[1] || w[1] === t[0]) &&
    similar(w, t));

/**
 * Alerts one of whose `excludedBy` phrases the text holds whole ("iCloud", "verified"), not
 * negated ("not verified", "確認済みではありません"). A word the alert says itself, give or take
 * a typo, stands for the phrase only as written: Italian "verifica" (verification) is not a slip
 * of "verificato" (verified).
 */
function ruledOutByPhrase(index: Index, read: Input): ReadonlySet<number> {
  let out = phrasesSaid.get(read);
  if (!out) phrasesSaid.set(read, (out = phrasesSaidIn(index, read)));
  return out;
}

/**
 * Per text read, its `ruledOutByPhrase`: the whole text's is asked for its best pattern and
 * again for its clauses (`ownClause`).
 */
const phrasesSaid = new WeakMap<Input, ReadonlySet<number>>();

function phrasesSaidIn({ exclusions, own, phraseTokens }: Index, read: Input): Set<number> {
  const { words, tokens } = read;
  const lastPostposed = words.findLastIndex(negatesBefore);
  // Positions of the words that may stand for each phrase token, compared once per distinct word.
  const held = new Map<string, number[]>();
  const memo = new Map<string, string[]>();
  words.forEach((w, i) => {
    // A character pair holding a character a Chinese negation denies: "没有已验证".
    const deniedPair = !isWord(w) && read.deniedHan.some((c) => w.includes(c));
    if (tokens[i]!.phraseDenied || deniedPair || (!isWord(w) && i < lastPostposed)) return;
    let found = memo.get(w);
    if (!found) memo.set(w, (found = phraseTokens.filter((t) => near(w, t))));
    for (const t of found) held.set(t, [...(held.get(t) ?? []), i]);
  });
  const out = new Set<number>();
  if (held.size === 0) return out;
  exclusions.forEach((phrases, alert) => {
    const said = phrases.some(
      (phrase) =>
        phrase.length > 0 && phrase.every((token) => stands(token, held, words, own[alert]!)),
    );
    if (said) out.add(alert);
  });
  return out;
}

/**
 * Whether a word of the text stands for a phrase token: as written, or one slip away when the
 * alert does not say that word itself (`ruledOutByPhrase`).
 */
const stands = (token: string, held: Map<string, number[]>, words: string[], own: string[]) =>
  (held.get(token) ?? []).some(
    (i) => words[i] === token || !own.some((word) => similar(words[i]!, word)),
  );

/**
 * Alerts the text rules out: every token of one of their `excludedBy` phrases is in it, or it
 * says "enough" where they only say "not enough", with no negation before it ("não há espaço
 * suficiente", but "armazenamento suficiente no iCloud", whose "no" is "in the") nor a Turkish
 * one after it ("yeterli alan yok", "yeterli alan olmadığından").
 */
function excludedAlerts(index: Index, read: Input): Set<number> {
  const { lacks } = index;
  const out = new Set(ruledOutByPhrase(index, read));
  if (read.words.some(negatesBefore)) return out;
  lacks.forEach((lack, alert) => {
    const said = read.words.findIndex((w) => lack.has(w));
    if (said >= 0 && !read.words.slice(0, said).some(isNegation)) out.add(alert);
  });
  return out;
}

/**
 * 0..1 for one way of weighing. A text at least as long as the pattern is judged mostly by
 * coverage (the alert plus surrounding words); a shorter one mostly by how much of it belongs to
 * the pattern.
 */
function judge(covered: number, belonging: number, pattern: number, input: number): number {
  const coverage = covered / pattern;
  const precision = belonging / input;
  // Coverage counts more the more of the pattern a text this long could cover: without a jump
  // at equal length, where "iCloud заполнен" (full) read as "почти заполнено" (almost full),
  // whose one word more moved it to the lenient side.
  const weight = 0.4 + 0.3 * Math.min(1, input / pattern) ** 3;
  return weight * coverage + (1 - weight) * precision;
}

/**
 * Whether the text negates a word its alert says elsewhere but this pattern does not: "storage
 * is not full" against "Not enough storage on iPhone", whose "not" is about something else. Or
 * a topic word its alert never says, without what the pattern negates: in "iPhone macht kein
 * Backup mehr" (makes no backup any more) the "kein … mehr" is of the backup, not of the
 * storage of "Kein Speicherplatz mehr auf dem iPhone".
 */
function deniesAlert(pattern: Pattern, input: Input): boolean {
  const affirmed = index!.affirmed[pattern.alert]!;
  const affirmedHan = index!.affirmedHan[pattern.alert]!;
  return (
    input.denied.some(
      ({ ids }) =>
        (ids.some((id) => affirmed.has(id)) && !ids.some((id) => pattern.tokens.includes(id))) ||
        (ids.some(topical) &&
          !ids.some((id) => alertsOf(id).has(pattern.alert)) &&
          negatedByPattern(pattern).some((id) => !input.holders.has(id))),
    ) ||
    input.deniedHan.some((c) => affirmedHan.has(c) && !pattern.han.has(c)) ||
    deniesTopicOnly(pattern, input)
  );
}

/**
 * Whether the text shares only topic words with a negated pattern and denies one of them, not
 * what the pattern negates: "iPhone won't back up to iCloud" says "not", "back up", "iCloud"
 * and "iPhone" of "You do not have enough space on iCloud to back up this iPhone", and its "not"
 * is of the backing up; the pattern's is of the space it never mentions. A text that says a word
 * the pattern negates ("sem espaço no iCloud") or any word that sets it apart ("full") is
 * judged as before.
 */
function deniesTopicOnly(pattern: Pattern, input: Input): boolean {
  if (!pattern.negated) return false;
  const { words } = index!.vocabulary;
  const negated = negatedByPattern(pattern);
  return (
    negated.length > 0 &&
    !negated.some((id) => input.holders.has(id)) &&
    input.denied.some(({ ids }) => ids.some((id) => pattern.tokens.includes(id))) &&
    pattern.tokens.every(
      (id) =>
        !input.holders.has(id) ||
        topical(id) ||
        STOPWORDS.has(words[id]!) ||
        isNegation(words[id]!),
    )
  );
}

/**
 * Whether a negated pattern says a word of its own before its negation, which it affirms: the
 * success in "Viimeisin onnistunut varmuuskopio: ei koskaan" (last successful backup: never) is
 * not what "varmuuskopio ei onnistu" (the backup does not succeed) denies. Not the word right
 * before the negation, which it may negate in another word order ("kunne ikke", "ikke kunne",
 * could not), nor a topic word ("iPhone" of "iPhone not backed up"), which a negation before a
 * noun phrase reaches in passing.
 */
function affirmedFirst({ sequence }: Pattern, id: number): boolean {
  const { words } = index!.vocabulary;
  const negation = sequence.findIndex((t) => isNegation(words[t]!));
  return (
    negation > 1 &&
    isWord(words[sequence[negation]!]!) &&
    sequence.indexOf(id) < negation - 1 &&
    !topical(id)
  );
}

/**
 * The words a pattern's negations reach ("Speicherplatz" of "Kein Speicherplatz mehr"), past
 * function words and the words a negation reaches past, as a text's negations do (`readInput`).
 */
function negatedByPattern({ sequence }: Pattern): number[] {
  const { words } = index!.vocabulary;
  const out: number[] = [];
  let after = false;
  for (const id of sequence) {
    const word = words[id]!;
    if (after && !STOPWORDS.has(word) && !PASSED_BY_NEGATION.has(word)) out.push(id);
    if (isNegation(word)) after = isWord(word);
    // "Not enough" is of the noun after it: "non c'è più spazio" (no more space) says what "non
    // c'è abbastanza spazio" does.
    else if (!STOPWORDS.has(word) && !PASSED_BY_NEGATION.has(word)) after &&= ENOUGH.has(word);
  }
  return out;
}

/** How much of a title's distinctive weight the text holds. */
function titleShare(title: Title, input: Input): number {
  const weights = index!.vocabulary.weights;
  let held = 0;
  for (const id of title.tokens) if (input.holders.has(id)) held += weights[id]![1];
  return held / title.weight;
}

/**
 * Whether the words the text shares with a pattern (`counted` with `n`) are only what a negated
 * pattern negates, with no negation said (nor "insufficient"): a noun phrase ("Wi-Fi
 * connection", "WLAN-Verbindung", "iCloud storage") or a question about it ("what is iCloud
 * storage?"), which names the subject of "No Wi-Fi connection" or "Not enough iCloud storage"
 * and says nothing of it. Other patterns share those words ("needs a Wi-Fi connection", "iCloud
 * storage is full") and say more, which such a text lacks. The phrase may be another alert's:
 * where storage is two words ("spațiu de stocare", "saklama alanı"), a menu label holding both
 * ("Gestionați spațiul de stocare", manage storage) covered most of "Spațiu de stocare plin"
 * (storage full) of the device's alert, whose own wordings negate nothing.
 */
function bare(pattern: Pattern, input: Input, counted: Int32Array, n: number): boolean {
  const { phrases, vocabulary } = index!;
  if (input.negated || input.lacks) return false;
  const unsaid = pattern.tokens.some(
    (id) => !input.holders.has(id) && !STOPWORDS.has(vocabulary.words[id]!),
  );
  if (!unsaid) return false;
  const shared: number[] = [];
  input.words.forEach((word, i) => {
    if (counted[i] === n && !STOPWORDS.has(word)) shared.push(i);
  });
  // This runs for most candidate patterns: each shared word is looked up in the phrase's set
  // rather than each phrase's words gathered into a set of positions.
  const holds = (phrase: ReadonlySet<number>) =>
    shared.every((i) => input.matches[i]!.some((id) => phrase.has(id)));
  return phrases[pattern.alert]!.some(holds) || topicPhrases().some(holds);
}

/**
 * The topic's words of what any pattern negates or says is insufficient ("spațiu de stocare" of
 * "Spațiu de stocare insuficient", "saklama alanı" of "Yeterli Saklama Alanı Yok"): the topic
 * named, where it is two words, with nothing said of it (`bare`). Built on first need, from the
 * words many alerts say (`topical`).
 */
const topicPhrases = once(() => {
  const { patterns, lacking } = index!;
  return distinctSets(
    patterns
      .filter((p) => p.negated || p.tokens.some((id) => lacking.has(id)))
      .map((p) => phraseOf(p, index!).filter(topical))
      .filter((ids) => ids.length > 0),
  );
});

/** A copy cut off mid-word holds at least this many whole words of the wording before the cut… */
const CUT_WORDS = 3;
/** …and this share of its distinctive weight. */
const CUT_SHARE = 0.5;

/** Whether the text's words before its last stand for the wording's words from `start` on. */
function copiesFrom(input: Input, sequence: number[], start: number): boolean {
  for (let i = 0; i + 1 < input.words.length; i++) {
    if (!input.matches[i]!.includes(sequence[start + i]!)) return false;
  }
  return true;
}

/**
 * The general and distinctive weight of the part of a pattern's wording that the text copies
 * when it is that wording cut off mid-word ("…car l'espace de stoc", "…nécessite une conn"):
 * its words in the same order, the last one a beginning of the pattern's next word. Such a text
 * is judged against the part it copies, not the whole wording nor its naming word, which the
 * cut may have left out.
 */
function cutCopy(pattern: Pattern, input: Input): Weights | undefined {
  const { words } = input;
  const last = words.at(-1);
  if (!last || !isWord(last) || words.length <= CUT_WORDS) return undefined;
  const { sequence } = pattern;
  const vocabulary = index!.vocabulary;
  for (let j = 0; j + words.length <= sequence.length; j++) {
    const cut = vocabulary.words[sequence[j + words.length - 1]!]!;
    if (cut === last || !cut.startsWith(last)) continue;
    if (!copiesFrom(input, sequence, j)) continue;
    const copied = sum(
      [...new Set(sequence.slice(j, j + words.length))].map((id) => vocabulary.weights[id]!),
    );
    return copied[1] >= CUT_SHARE * pattern.weights[1] ? copied : undefined;
  }
  return undefined;
}

/**
 * The lower of the two judgements (see `weightsOf`), much less when a short text shares little
 * with the pattern ("iCloud storage", "error"). A text without the negation of a negated
 * pattern, negating one of its words ("not full") or one of its alert's, says the opposite of it.
 */
function score(
  pattern: Pattern,
  input: Input,
  counted: Int32Array,
  n: number,
  below = -Infinity,
  asWorded = false,
): number {
  const weights = index!.vocabulary.weights;
  // [general, distinctive] sums, kept as plain numbers: this runs for every candidate pattern.
  let [covered0, covered1, belonging0, belonging1] = [0, 0, 0, 0];
  let contradicted = pattern.negated && !input.negated;
  for (const id of pattern.tokens) {
    const positions = input.holders.get(id);
    if (!positions) {
      if (pattern.enough?.[0] === id && deniesLacking(pattern, input)) {
        covered0 += weights[id]![0];
        covered1 += weights[id]![1];
      }
      continue;
    }
    covered0 += weights[id]![0];
    covered1 += weights[id]![1];
    // Negated wherever the text says it: a word also said plainly is the pattern's there ("Backup
    // fehlgeschlagen, kann kein Backup erstellen").
    let denied = true;
    for (const i of positions) {
      const token = input.tokens[i]!;
      denied &&= token.negated;
      if (counted[i] === n) continue;
      counted[i] = n;
      belonging0 += token.weights[0];
      belonging1 += token.weights[1];
    }
    // "not sufficient" says what "insufficient" does.
    contradicted ||=
      denied &&
      !index!.lacking.has(id) &&
      pattern.enough?.[1] !== id &&
      (!pattern.negated || affirmedFirst(pattern, id));
  }
  const result = Math.min(
    judge(covered0, belonging0, pattern.weights[0], input.weights[0]),
    judge(covered1, belonging1, pattern.weights[1], input.weights[1]),
  );
  // What follows only lowers the result, unless a cut copy raises it: a pattern that cannot
  // reach `below` is not scored further (most candidates share only "iCloud" or "backup").
  const copied = cutCopy(pattern, input);
  if (!copied && result < below) return result;
  // An alert that never negates is not what a text negating something says: "Backup über
  // Mobilfunk nicht möglich" is not the setting "Backup über Mobilfunk".
  contradicted ||=
    (input.negates && index!.affirmative[pattern.alert]!) ||
    (!pattern.negated && input.deniedHan.some((c) => pattern.han.has(c))) ||
    deniesAlert(pattern, input);
  const slight =
    input.weights[0] < pattern.weights[0] &&
    covered1 < 0.75 * pattern.weights[1] &&
    (belonging1 < SUBSTANTIAL || covered1 < FRAGMENT * pattern.weights[1]);
  const untitled = pattern.title !== undefined && titleShare(pattern.title, input) < TITLE;
  const unnamed =
    (pattern.names.length > 0 && !pattern.names.some((id) => input.holders.has(id))) ||
    !namesSubject(pattern.alert, input);
  const failureOnly = !asWorded && saysOnlyFailure(pattern, input);
  const slightly = slight || untitled || unnamed || failureOnly || bare(pattern, input, counted, n);
  const judged = copied
    ? Math.max(
        result * (slightly ? SLIGHT : 1),
        // The cut word may also stand for a word of the pattern outside the part copied.
        Math.min(
          1,
          judge(covered0, belonging0, copied[0], input.weights[0]),
          judge(covered1, belonging1, copied[1], input.weights[1]),
        ),
      )
    : result * (slightly ? SLIGHT : 1);
  return judged * (contradicted ? OPPOSITE : 1);
}

export interface AlertMatch extends AlertResult {
  alert?: Alert;
  /** Other alerts pasted in the same text. */
  others?: AlertMatch[];
}

interface Best {
  pattern: Pattern;
  score: number;
}

/** The best-scoring pattern among those sharing a token with the text, of the alerts `of` keeps. */
function bestPattern(
  read: Input,
  excluded: Set<number>,
  of: (alert: number) => boolean = () => true,
  asWorded = false,
): Best | undefined {
  const { patterns, postings } = index!;
  const candidates = new Set<number>();
  for (const id of read.holders.keys()) {
    for (const p of postings[id]!) if (of(patterns[p]!.alert)) candidates.add(p);
  }

  // Which tokens already count for the pattern being scored (stamped with its index).
  const counted = new Int32Array(read.tokens.length).fill(-1);
  let best: Best | undefined;
  const asTyped = (pattern: Pattern) => pattern.tokens.filter((id) => read.typed.has(id)).length;
  // Ascending pattern order: of equal scores (sums of the same weights in another order may
  // differ in the last bit) the pattern with more of the text's words as typed wins, so a
  // pattern pasted whole is read in its own language; then the first alert in data order.
  for (const n of [...candidates].sort((a, b) => a - b)) {
    const pattern = patterns[n]!;
    const factor = excluded.has(pattern.alert) ? EXCLUDED : 1;
    // Below the best score less the tie margin even before what lowers it, it cannot win.
    const below = best === undefined ? -Infinity : (best.score - TIE) / factor;
    const s = score(pattern, read, counted, n, below, asWorded) * factor;
    const tie = best !== undefined && Math.abs(s - best.score) < TIE;
    if (!best || (tie ? asTyped(pattern) > asTyped(best.pattern) : s > best.score)) {
      best = { pattern, score: s };
    }
  }
  return best;
}

/**
 * The text without the words `pattern` took. A word the text says twice ("iPhone backup failed,
 * iPhone storage full"; "could not be created, not enough space") is taken where the pattern
 * is, nearest the words only it can stand for, and stays once; a word written as two ("back
 * up") is taken whole.
 */
function remainder(read: Input, pattern: Pattern, subjectStays = false): Input {
  const taking = (i: number) => !subjectStays || !namesOwner([read.words[i]!]);
  const held = pattern.tokens
    .map((id) => (read.holders.get(id) ?? []).filter(taking))
    .filter((p) => p.length);
  const anchors = held.filter((p) => p.length === 1).map((p) => p[0]!);
  const centre = anchors.reduce((a, b) => a + b, 0) / (anchors.length || 1);
  const taken = new Set<number>();
  for (const positions of held) {
    const free = positions.filter((i) => !taken.has(i));
    if (free.length === 0) continue;
    const at = free.reduce((a, b) => (Math.abs(b - centre) < Math.abs(a - centre) ? b : a));
    taken.add(at);
    for (let i = at - 1; positions.includes(i); i--) taken.add(i);
    for (let i = at + 1; positions.includes(i); i++) taken.add(i);
  }
  const tokens = read.tokens.map((t, i) =>
    taken.has(i)
      ? { weights: [0, 0] as const, negated: false, negation: false, phraseDenied: false }
      : t,
  );
  const holders = new Map<number, number[]>();
  for (const [id, positions] of read.holders) {
    const left = positions.filter((i) => !taken.has(i));
    if (left.length > 0) holders.set(id, left);
  }
  return {
    ...read,
    tokens,
    denied: read.denied.filter(({ at }) => !taken.has(at)),
    holders,
    matches: read.matches.map((ids, i) => (taken.has(i) ? [] : ids)),
    lacks: saysLacking(holders, index!),
    typed: new Set([...read.typed].filter((id) => holders.has(id))),
    weights: sum(tokens.map((t) => t.weights)),
    negated: tokens.some((t) => t.negation),
  };
}

const recognised = (best: Best) => best.score >= RECOGNITION_THRESHOLD;

/** The text's positions a pattern's words stand for. */
const heldBy = (read: Input, { tokens }: Pattern) =>
  read.matches.flatMap((ids, i) => (ids.some((id) => tokens.includes(id)) ? [i] : []));

/** Whether `fuller` stands for every word of the text that `pattern` does, and for more. */
function says(read: Input, fuller: Pattern, pattern: Pattern): boolean {
  const more = new Set(heldBy(read, fuller));
  const held = heldBy(read, pattern);
  return more.size > held.length && held.every((i) => more.has(i));
}

/** The cause an alert's own weights put first, the first of equals; none for an alert without. */
export const strongestCause = (alert: Alert): Alert['causes'][number] | undefined =>
  alert.causes.reduce<Alert['causes'][number] | undefined>(
    (m, c) => (m && m.weight >= c.weight ? m : c),
    undefined,
  );

/**
 * Milder forms of alerts: an alert whose strongest cause is another non-generic alert's, weighed
 * more there ("iCloud storage almost full" of "not enough iCloud storage"). A word that tells
 * milder forms of different causes from their stronger ones, and no other alert says, qualifies
 * what it is said with ("almost", "fast", "presque", "prawie", "почти"): "Prawie brak miejsca w
 * iCloud" (almost no room in iCloud) and "fast kein Speicherplatz mehr" are almost full, not full.
 * It tells them apart when a wording of each says nothing else that the stronger alert does not
 * ("iCloud storage almost full"); a word of one subject ("cellular") is none. Per word, the
 * alerts saying it.
 */
const qualifiers = once(() => {
  const { alerts } = knowledge;
  const { patterns, postings, vocabulary } = index!;
  const top = alerts.map(strongestCause);
  const stronger = alerts.map((a, i) =>
    a.generic
      ? []
      : alerts.flatMap((b, j) =>
          !b.generic &&
          top[j]?.cause === top[i]?.cause &&
          (top[j]?.weight ?? 0) > (top[i]?.weight ?? 0)
            ? [j]
            : [],
        ),
  );
  const tells = (id: number, p: Pattern) =>
    p.tokens.every(
      (t) =>
        t === id ||
        STOPWORDS.has(vocabulary.words[t]!) ||
        stronger[p.alert]!.some((b) => alertsOf(t).has(b)),
    );
  const words = new Map<number, ReadonlySet<number>>();
  postings.forEach((list, id) => {
    const of = alertsOf(id);
    if (of.size < 2 || [...of].some((a) => stronger[a]!.length === 0)) return;
    if (new Set([...of].map((a) => top[a]?.cause)).size < 2) return;
    const told = new Set(
      list.filter((p) => tells(id, patterns[p]!)).map((p) => patterns[p]!.alert),
    );
    if (told.size === of.size) words.set(id, of);
  });
  return { top: top.map((c) => c?.cause), words };
});

/** The milder form of the alert read, when the text qualifies it (`qualifiers`). */
function qualified(read: Input, best: Best, excluded: Set<number>): Best {
  const alert = best.pattern.alert;
  if (!recognised(best) || knowledge.alerts[alert]!.generic) return best;
  const { top, words } = qualifiers();
  const milder = new Set<number>();
  for (const [id, positions] of read.holders) {
    const of = words.get(id);
    if (!of || of.has(alert) || positions.every((i) => read.tokens[i]!.negated)) continue;
    for (const a of of) if (top[a] === top[alert]) milder.add(a);
  }
  if (milder.size === 0) return best;
  const form = bestPattern(read, excluded, (a) => milder.has(a));
  return form ? { pattern: form.pattern, score: best.score } : best;
}

/**
 * The best pattern for a text, recognised or not, a generic failure giving way to the reason
 * said with it, a qualified alert to its milder form.
 */
function nearest(read: Input): Best | undefined {
  const excluded = excludedAlerts(index!, read);
  const best = nearestOf(read, excluded);
  return best && qualified(read, best, excluded);
}

function nearestOf(read: Input, excluded: Set<number>): Best | undefined {
  const alerts = knowledge.alerts;
  const best = bestPattern(read, excluded);
  if (!best || !recognised(best)) {
    return failureBefore(read, excluded) ?? plainFailure(read, excluded) ?? best;
  }
  // "Backup could not be created: not enough space": when what the generic failure leaves
  // over is a reason, the reason is the alert.
  if (best && recognised(best) && alerts[best.pattern.alert]!.generic) {
    const reasonIn = (left: Input) => {
      const reason = bestPattern(left, excluded);
      return reason && recognised(reason) && !alerts[reason.pattern.alert]!.generic
        ? reason
        : undefined;
    };
    const rest = remainder(read, best.pattern);
    // iCloud or the device said once may be the subject of both: in "Backup failed, iCloud
    // storage full" the failure's wording "iCloud Backup failed" took the "iCloud" that the
    // storage needs.
    // Only when more than the failure was said: "iCloud Backup failed" alone names no reason.
    const reason =
      reasonIn(rest) ??
      (rest.weights[1] > 0 ? reasonIn(remainder(read, best.pattern, true)) : undefined);
    if (reason) return reason;
    // Another generic alert whose wording says all the failure's words in the text and more
    // ("Az utolsó biztonsági mentést nem sikerült befejezni": could not be completed, not only
    // did not succeed) is what the text says.
    if (rest.weights[1] > 0) {
      const fuller = bestPattern(
        read,
        excluded,
        (a) => a !== best.pattern.alert && !!alerts[a]!.generic,
      );
      if (fuller && recognised(fuller) && says(read, fuller.pattern, best.pattern)) return fuller;
    }
    // What is left names a setting, which negates nothing ("Невозможно создать резервную копию |
    // по сотовой сети"): the failure said of it is the alert that it failed, when one says so.
    const { affirmative } = index!;
    const label = bestPattern({ ...rest, negates: false }, excluded);
    if (label && recognised(label) && affirmative[label.pattern.alert]) {
      const negated = (alert: number) => !alerts[alert]!.generic && !affirmative[alert];
      const failed = bestPattern(read, excluded, negated);
      if (failed && recognised(failed)) return failed;
    }
  }
  return best;
}

/** Lines and sentences: two alerts pasted together are told apart one by one. */
const SEGMENT = /[\r\n]+|(?<=[.!?])\s+|(?<=[。！？])/u;
/** A sentence names an alert when it holds this much of one wording's distinctive weight. */
const WHOLE = 0.75;
/** A sentence is part of an alert's wording when that wording holds this much of it. */
const PART = 0.9;

/** How much of `pattern`'s distinctive weight the text holds. */
function coverage(read: Input, pattern: Pattern): number {
  const weights = index!.vocabulary.weights;
  let covered = 0;
  for (const id of pattern.tokens) if (read.holders.has(id)) covered += weights[id]![1];
  return covered / pattern.weights[1];
}

/** How much of the text's distinctive weight belongs to one of the alert's wordings. */
function partOf(read: Input, alert: number): number {
  let best = 0;
  for (const pattern of index!.patterns) {
    if (pattern.alert !== alert) continue;
    const positions = new Set(pattern.tokens.flatMap((id) => read.holders.get(id) ?? []));
    let held = 0;
    for (const i of positions) held += read.tokens[i]!.weights[1];
    best = Math.max(best, held / (read.weights[1] || 1));
  }
  return best;
}

/**
 * The specific alerts of a paste's lines and sentences, each named by one of its wordings
 * nearly whole ("iPhone Storage Almost Full." then "iCloud Storage Is Full."), in order. A
 * generic failure, or a sentence that only shares words with an alert ("You can manage your
 * storage in Settings"), names none.
 */
function alertsPerSentence(input: string): { best: Best; read: Input }[] {
  const segments = input.split(SEGMENT).filter((segment) => segment.trim());
  if (segments.length < 2) return [];
  const found: { best: Best; read: Input }[] = [];
  for (const segment of segments) {
    const read = readInput(segment, index!);
    const best = nearest(read);
    if (!best || !recognised(best) || knowledge.alerts[best.pattern.alert]!.generic) continue;
    if (coverage(read, best.pattern) < WHOLE) continue;
    if (!found.some((f) => f.best.pattern.alert === best.pattern.alert)) found.push({ best, read });
  }
  return found;
}

/**
 * Two alerts or more pasted together: the whole text's alert leads when it is one of them (a
 * match across two sentences is a mixture of both, and gives way to the first), and a sentence
 * that is part of the leading alert's own wording (a notification's body) is no other alert.
 */
function leadAndOthers(input: string, whole: Best): { lead: Best; others: Best[] } {
  const named = alertsPerSentence(input);
  // One sentence names an alert whole that the whole text, read across sentences, did not: that
  // alert leads ("The last backup could not be completed. iCloud storage is almost full" read
  // whole is the full storage; its second sentence says almost full).
  const [only] = named;
  if (
    named.length === 1 &&
    only!.best.pattern.alert !== whole.pattern.alert &&
    partOf(only!.read, whole.pattern.alert) < PART
  ) {
    return { lead: only!.best, others: [] };
  }
  if (named.length < 2) return { lead: whole, others: [] };
  const lead =
    named.find((n) => n.best.pattern.alert === whole.pattern.alert)?.best ?? named[0]!.best;
  const others = named
    .filter((n) => n.best !== lead && partOf(n.read, lead.pattern.alert) < PART)
    .map((n) => n.best);
  return { lead, others };
}

const toMatch = ({ pattern, score }: Best): AlertMatch => {
  const alert = knowledge.alerts[pattern.alert]!;
  return {
    recognized: true,
    id: alert.id,
    confidence: round(score),
    language: pattern.language,
    alert,
  };
};

/**
 * Clauses: sentences, parts set off by punctuation, and what a "but", "although" or "and" sets
 * apart ("Time Machine voll und iCloud-Speicher voll"). Portuguese "mais" is "more" ("não tem mais
 * espaço no iCloud"), French "mais" "but": it joins clauses only in a text that is not Portuguese.
 */
const clauseOf = once(() =>
  [JOINING_WORDS, `${JOINING_WORDS}|mais`].map(
    (words) =>
      new RegExp(
        String.raw`${CLAUSE_MARK.source}|\s(?:${words})\s|但是|可是|でも|しかし|하지만`,
        'iu',
      ),
  ),
);

/** Names the device or iCloud, whose backup and storage the alerts are about. */
const namesOwner = (words: string[]) => words.includes('device') || words.includes('icloud');
/** The phrases that mark an alert's exclusions as places or a restore (`placed`). */
const PLACES = ['computer', 'icloud', 'restore'];

/**
 * An alert that a phrase elsewhere in the text ruled out (`excludedBy`), said whole in a clause
 * without that phrase. When the phrase is a place (iCloud for the device's storage, a computer
 * for iCloud's) or a restore, the clause must name the device or iCloud: "iPhone storage full,
 * but iCloud has space" is the device's alert, "Not enough iCloud storage, and my Mac is full
 * too" iCloud's. Any other phrase ("Wi-Fi is connected") says nothing of whose alert the rest
 * is: "WLAN ist verbunden, aber: WLAN-Verbindung erforderlich". Only when that clause matches at
 * least as well as the whole text did; in a clause that holds the phrase, the alert stays ruled
 * out.
 */
function ownClause(input: string, read: Input, whole: Best | undefined): Best | undefined {
  const { placed } = index!;
  const ruledOut = ruledOutByPhrase(index!, read);
  const owned = namesOwner(read.words);
  if (![...ruledOut].some((alert) => owned || !placed[alert])) return undefined;
  const clauses = input.split(clauseOf()[portuguese(read.words) ? 0 : 1]!);
  // One clause is the whole text, whose alerts the phrase ruled out already.
  if (clauses.length < 2) return undefined;
  const parts = clauses.map((clause) => readInput(clause, index!));
  for (const part of parts) {
    const best = nearest(part);
    if (
      best &&
      recognised(best) &&
      ruledOut.has(best.pattern.alert) &&
      (!placed[best.pattern.alert] ||
        namesOwner(part.words) ||
        (STORAGE_ALERTS().has(best.pattern.alert) && parts.some(roomInICloud))) &&
      best.score >= (whole?.score ?? 0)
    ) {
      return best;
    }
  }
  return undefined;
}

/**
 * A clause saying iCloud has room ("but iCloud has space", "iCloud hat genug Platz"): no alert
 * itself, it names iCloud with a storage word or a word for enough and no negation, so the
 * storage said without an owner beside it is the device's.
 */
function roomInICloud(part: Input): boolean {
  const { ids } = index!.vocabulary;
  const [storage, own] = [ids.get('storage'), nearest(part)];
  return (
    part.words.includes('icloud') &&
    !part.words.includes('device') &&
    !part.negated &&
    !(own && recognised(own)) &&
    part.words.some(
      (w, at) => enoughIn(w)?.negated === false || part.matches[at]!.includes(storage!),
    )
  );
}

/**
 * Words that say where a pasted message was seen without naming another app: Settings, a
 * notification, a message, a warning, an error, a pop-up, the time, a mail's "Re:".
 */
const SOURCE_LABEL_WORDS = [
  'settings notification notifications message alert warning error popup pop-up dialog screen',
  'title text status note update edit help mine today yesterday now am pm support ios ipados',
  // Where the user says they put or saw it: a question, a screenshot, the device.
  'question problem issue screenshot screen-shot capture copy iphone ipad phone device',
  // Asking for help, urgently or with a greeting, names no app either: "Hilfe: …", "Urgent: …".
  'help hilfe aide ayuda aiuto ajuda hulp hjälp hjælp pomoc помощь допомога yardım nápověda',
  'urgent dringend urgente pilne срочно терміново acil naléhavé please bitte',
  'hello hi hey hallo salut bonjour hola ciao olá oi hej hoi cześć привет привіт merhaba ahoj',
  'frage problem bildschirmfoto question problème pregunta problema captura domanda schermata',
  'pergunta vraag probleem pytanie zrzut fråga skärmbild вопрос проблема скриншот soru sorun',
  '質問 問題 スクリーンショット 问题 截图 截屏 질문 문제 스크린샷',
  // When it showed, before a sentence in a script without spaces: "昨晚 备份失败", "今日 …".
  '今天 昨天 昨晚 今晚 今早 现在 刚才 刚刚 早上 晚上 今日 昨日 今朝 昨夜 さっき 先ほど',
  // What a mail or a forum puts before a subject: replies, forwards, "solved".
  're aw fw fwd wg tr sv odp antw rif res enc solved fixed gelöst résolu resuelto risolto',
  'resolvido opgelost',
  'einstellungen mitteilung benachrichtigung meldung nachricht hinweis warnung achtung fehler',
  'réglages paramètres notification alerte avertissement attention erreur écran',
  'ajustes configuración notificación mensaje aviso alerta atención error pantalla',
  'impostazioni notifica messaggio avviso attenzione errore schermo',
  'configurações notificação mensagem atenção erro tela',
  'instellingen melding bericht waarschuwing fout scherm',
  'ustawienia powiadomienie komunikat wiadomość uwaga ostrzeżenie błąd ekran',
  'inställningar avisering meddelande varning fel skärm indstillinger innstillinger varsel',
  'настройки уведомление сообщение предупреждение внимание ошибка экран',
  'параметри налаштування сповіщення повідомлення увага помилка',
  'ayarlar bildirim mesaj uyarı dikkat hata ekran nastavení oznámení chyba asetukset ilmoitus',
  'ρυθμίσεις ειδοποίηση μήνυμα σφάλμα setări notificare eroare beállítások értesítés hiba',
  'cài đặt thông báo lỗi pengaturan notifikasi pesan kesalahan',
  '設定 通知 メッセージ エラー 警告 画面 设置 消息 提示 错误 屏幕 설정 알림 메시지 오류 경고 화면',
  'الإعدادات إعدادات إشعار رسالة تنبيه خطأ تحذير مساعدة سؤال مشكلة',
  'הגדרות התראה הודעה שגיאה אזהרה עזרה שאלה בעיה',
  'การตั้งค่า ตั้งค่า การแจ้งเตือน ข้อความ ข้อผิดพลาด คำเตือน ช่วยด้วย ปัญหา คำถาม',
  'सेटिंग्ज़ सेटिंग्स सूचना संदेश त्रुटि चेतावनी मदद सवाल समस्या',
];
/**
 * Tokenized on first need, not when the module loads: tokenizing some 400 words at load ran the
 * text normalizer's patterns often enough for the popup to compile them to machine code, which
 * its heap then kept before anyone had pasted anything (tests/bench/README.md, "Memory").
 */
let sourceLabels: ReadonlySet<string> | undefined;
const sourceLabelsOf = () =>
  (sourceLabels ??= new Set(
    SOURCE_LABEL_WORDS.join(' ')
      .split(' ')
      // One by one: Chinese words written together would be read as one run.
      .flatMap((word) => tokenize(word)),
  ));
/** From this many alerts on, a word is the topic ("backup", "iCloud"): a label naming it is ours. */
const TOPIC = 4;
/** A line that names where it comes from: "WhatsApp: …", "Spotify - …", "微信：…". */
const NAMED_SOURCE =
  /^\s*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s+)?([^\r\n:：]{1,40}?)\s*(?::\s|：|\s[-–—]\s)\s*(\S.*)$/iu;
/** Verbs that say where an alert showed: "it says …", "zeigt …", "пишет …". */
const SAYING =
  'says saying said shows showed showing displays gives sagt zeigt meldet dit affiche indique dice muestra pone mostra diz zegt toont geeft säger visar siger viser sier пишет показывает говорит выдаёт выдает pisze pokazuje пише показує diyor'.split(
    ' ',
  );

/** …or that says who says it: "Instagram says …", "Netflix zeigt …". */
const sayingSource = once(
  () =>
    new RegExp(
      String.raw`^\s*(\S+(?:\s+\S+){0,2}?)\s+(?:keeps\s+|is\s+)?(?:` +
        SAYING.join('|') +
        String.raw`)(?!\p{L})[\s:]*(\S.*)$`,
      'iu',
    ),
);

/**
 * …or, before Chinese, Japanese or Korean, a name set off by a space alone: "LINE 不明なエラーが
 * 発生しました", "抖音 发生未知错误", "KakaoTalk 백업 실패", "토스 알 수 없는 오류가 발생했습니다".
 * Chinese and Japanese put no space inside a sentence. Korean does, but an alert that names no
 * subject of ours is a whole sentence: a word before it that is none of its words, nor of the
 * topic or where it showed (`namesOtherApp`), names whose it is. The words of the sentence are
 * the alert's ("마지막 백업을 …", the last backup), and those saying when or how often are left
 * out before (`politeKorean` in alert-text.ts).
 */
const SPACED_SOURCE =
  /^\s*(?!\d)([^\s:：]{1,20})\s+([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}].*)$/u;
/**
 * …or an app's name written on its backup: "WhatsApp backup keeps failing", "my Signal backup
 * fails", "LINE-Backup fehlgeschlagen". Messengers keep backups of their own. Written as a name
 * where a sentence's first capital does not make one ("Every backup fails", "Kein Backup über
 * Mobilfunk"): a capital inside it or after "my", or capitals throughout.
 */
const OWN_BACKUP =
  /^\s*((?:my|the|mein|meine|mijn)\s+)?(\S+(?:\s+\S+)?)[\s-]+(backups?(?![\p{L}-]).*)$/iu;
const NAME_WRITTEN = /\p{Ll}\p{Lu}|^\p{Lu}{3,}$/u;
function ownBackup(line: string): [string, string, string] | undefined {
  const [whole, after, name, rest] = OWN_BACKUP.exec(line) ?? [];
  return rest && (after || NAME_WRITTEN.test(name!)) ? [whole!, name!, rest] : undefined;
}

/**
 * Korean, read as character pairs, spaces its words: a name is one word however many pairs
 * ("네이버웹툰"). Chinese and Japanese do not, so there a pair stands for a word: "これが出ます"
 * (this shows up) is a phrase, not a name.
 */
const HANGUL_WORD = /^\p{sc=Hangul}+$/u;
const hangulWords = (label: string) =>
  label.split(/\s+/u).filter((w) => HANGUL_WORD.test(w)).length;
/** A Korean sentence ends with its verb's ending ("도와주세요", please help); a name does not. */
const KOREAN_SENTENCE = /\p{sc=Hangul}(?:요|다|까|죠)\P{L}*$/u;

/** A word written as a name: a capital, a digit, or a script without capitals ("微信"). */
const named = (word: string) => {
  const first = word.match(/[\p{L}\p{N}]/u)?.[0];
  return !first || first !== first.toLowerCase() || first === first.toUpperCase();
};

/**
 * Whether a source label names something other than iCloud, the device, their backup or where
 * the message showed: an app ("WhatsApp", "Apple Music", "微信"). A word of the alert the rest of
 * the line is, or of the topic, is ours ("Backup failed: …", "Fehler: …"). Without `alert`, only
 * the topic's and the source words count: a label that is ours then is ours for any alert.
 */
function namesOtherApp(label: string, alert?: number): boolean {
  // A name is written with capitals where its script has them; "I keep getting this:" is not one.
  if (!label.split(/\s+/u).every(named) || KOREAN_SENTENCE.test(label)) return false;
  const words = tokenize(label).filter((w) => w !== '#' && !STOPWORDS.has(w));
  const size =
    words.filter((w) => isWord(w) || !/\p{sc=Hangul}/u.test(w)).length + hangulWords(label);
  if (words.length === 0 || size > 3) return false;
  const { vocabulary } = index!;
  const labels = sourceLabelsOf();
  const ours = (word: string) =>
    labels.has(word) ||
    // The device's name with a typo ("Pihone"), which the labels hold as "device".
    deviceTypo(word) ||
    (isWord(word) && [...labels].some((l) => l.length >= NO_TYPO_BELOW && similar(word, l))) ||
    // A word of the topic or of the alert, give or take a typo ("Fehler"), not one that a name
    // starts with ("Facebook", "face").
    lookup(vocabulary, word).some(
      (id) =>
        similar(word, vocabulary.words[id]!) &&
        (topical(id) || (alert !== undefined && alertsOf(id).has(alert))),
    );
  return !words.some(ours);
}

/** A word many alerts say, not a function word: "backup", "storage", "iCloud", "백업". */
const topical = (id: number) => {
  const word = index!.vocabulary.words[id]!;
  return (
    alertsOf(id).size >= TOPIC &&
    !STOPWORDS.has(word) &&
    !isNegation(word) &&
    !SAID_OF_DOING.has(word) &&
    unitOf(word) >= 0.5
  );
};

/**
 * The alerts whose wordings say a vocabulary word, kept per word as the index never changes:
 * worked out afresh, each labelled line ("Re: iCloud Backup failed") went through every posting
 * of "backup".
 */
const alertsByWord = new Map<number, ReadonlySet<number>>();
const alertsOf = (id: number) => {
  let alerts = alertsByWord.get(id);
  if (!alerts) {
    alerts = new Set(index!.postings[id]!.map((p) => index!.patterns[p]!.alert));
    alertsByWord.set(id, alerts);
  }
  return alerts;
};

/**
 * Apps that keep backups of their own (messengers, photo and cloud storage apps): named anywhere
 * in a line, its backup or storage is theirs ("Signal backup fails", "la sauvegarde WhatsApp a
 * échoué", "微信备份失败"), unless the line names iCloud or the device. Names that are also
 * everyday words count written as names only: "Signal", "LINE", not "weak signal".
 */
const BACKING_UP_APPS = once(() => {
  const names = (list: string) =>
    String.raw`(?<![\p{sc=Latin}\p{N}])(?:${list.split(' ').join('|')})(?![\p{sc=Latin}\p{N}])`;
  const [any, cased] = [
    // Also as people write them in Cyrillic, an ending may follow ("в телеграме").
    'whatsapp telegram viber wechat weixin threema zalo kakaotalk kakao snapchat instagram facebook google gmail skype discord dropbox onedrive телеграм ватсап вотсап вайбер',
    'Signal SIGNAL LINE Line Wire Messenger',
  ];
  return [new RegExp(`${names(any)}|微信|카카오톡|카톡`, 'iu'), new RegExp(names(cased), 'u')];
});
/**
 * Photos uploaded to iCloud Photos are not in an iCloud backup (a service of its own, the guides
 * say): a line whose subject is the photos ("Photos keep failing to back up", "Fotos werden nicht
 * gesichert") is not iCloud Backup failing, unless it names the device.
 */
const PHOTOS_SUBJECT =
  /^\s*(?:(?:my|all|the|mes|les|meine|die|mis|las|i miei|le|as|minhas|mijn|de)\s+)?(?:photos?|fotos?|pictures|zdjęcia|фото|фотографии|写真|照片|相片|사진)(?![\p{L}])/iu;

/** Whether a line's backup alert is another app's or iCloud Photos' (`BACKING_UP_APPS`). */
function notOurBackup(line: string): boolean {
  const photos = PHOTOS_SUBJECT.test(line);
  if (!photos && !BACKING_UP_APPS().some((names) => names.test(line))) return false;
  const read = readInput(line, index!);
  const best = nearest(read);
  if (!best || !recognised(best)) return false;
  return photos
    ? knowledge.alerts[best.pattern.alert]!.generic === true && !read.words.includes('device')
    : !namesOwner(read.words);
}

/**
 * The text without the lines that are another app's message: "WhatsApp: An unknown error
 * occurred", "Instagram says an unknown error occurred".
 */
function withoutOtherApps(input: string): string {
  return input
    .split(/(?<=[\r\n])/u)
    .filter((line) => {
      if (notOurBackup(line)) return false;
      const said = sayingSource().exec(line) ?? NAMED_SOURCE.exec(line);
      const source = said ?? SPACED_SOURCE.exec(line) ?? ownBackup(line);
      // A label that is ours whatever the alert ("Re:", "Settings:") keeps the line without
      // reading its rest a second time.
      if (!source || !namesOtherApp(source[1]!)) return true;
      // An alert that names iCloud or the device is read whatever the name before it ("Photos:
      // iCloud storage is full"). One that does not is the named app's: an unknown error, and a
      // backup or storage of its own, as messengers keep ("Signal: Backup failed", "微信：备份失败").
      const rest = readInput(source[2]!, index!);
      const best = nearest(rest);
      if (!best || !recognised(best) || namesOwner(rest.words)) return true;
      // Set off by a space alone, the word may be the sentence's own first word ("알 수 없는 …",
      // unknown): it is when the line reads at least as well with it.
      if (!said && (nearest(readInput(line, index!))?.score ?? 0) >= best.score) return true;
      return !namesOtherApp(source[1]!, best.pattern.alert);
    })
    .join('');
}

/** Whether any alert says a word of the text ("容量", "백업하려면"): no one who told the user. */
const known = (text: string) => tokenize(text).some((t) => lookup(index!.vocabulary, t).length > 0);

/**
 * The alert of a text, and any other alert pasted with it (`others`).
 */
export function matchAlert(text: string): AlertMatch {
  index ??= buildIndex(knowledge.alerts);
  const input = withoutOtherApps(
    withoutAsked(
      withoutUnsaid(
        withoutSupposed(withoutHearsay(withoutControls(withoutGeneral(withoutSince(text))), known)),
      ),
    ),
  );
  const now = saidNow(input);
  const current = now === undefined ? undefined : matchAlert(now);
  if (current?.recognized) return current;
  if (now !== undefined && worksNow(now)) return { recognized: false };
  const read = readInput(input, index);
  const found = nearest(read);
  const whole = ownClause(input, read, found) ?? found;
  if (!whole || !recognised(whole) || ofAnotherThing(input, read, whole.pattern)) {
    return (
      quotedIn(input) ??
      saidOfICloud(input, read) ?? {
        recognized: false,
        ...(whole && { confidence: round(whole.score) }),
      }
    );
  }
  const { lead, others } = leadAndOthers(input, whole);
  return { ...toMatch(lead), ...(others.length > 0 && { others: others.map(toMatch) }) };
}

/**
 * The alert a text quotes, when the story around it kept the whole from being read: "so
 * yesterday my phone showed “iCloud Backup Failed” and I tried restarting but nothing".
 */
function quotedIn(input: string): AlertMatch | undefined {
  for (const [, quote] of input.matchAll(QUOTED)) {
    const match = matchAlert(quote!);
    if (match.recognized) return match;
  }
  return undefined;
}

/** The iCloud alert that says what each device-storage alert does. */
const ICLOUD_COUNTERPART: Readonly<Record<string, string>> = {
  device_storage_full: 'not_enough_storage',
  device_storage_almost_full: 'storage_almost_full',
};
const STORAGE_ALERTS = once(() => {
  const ids = Object.entries(ICLOUD_COUNTERPART).flat();
  return new Set(knowledge.alerts.flatMap((a, i) => (ids.includes(a.id) ? [i] : [])));
});

/**
 * Verbs that say where an alert showed, not whose storage it is: "it says Storage Almost Full",
 * "aparece espaço insuficiente", "λέει δεν υπάρχει αρκετός χώρος".
 */
const showing = once(
  () =>
    new Set(
      tokenize(
        `${SAYING.join(' ')} appears appeared pops erscheint kommt steht apparaît montre aparece sale salió appare compare esce apareceu verschijnt staat står kommer wyświetla pojawia появляется з'являється görünüyor çıkıyor píše ukazuje zobrazuje sanoo näyttää näkyy λέει δείχνει εμφανίζεται spune arată apare írja mutatja megjelenik hiện báo muncul tampil`,
      ),
    ),
);

/** A part in brackets: "(auf dem Gerät)", "（デバイス上）". */
const BRACKETED = /[(（][^)）]*[)）]?/gu;

/**
 * Storage said of something neither the device nor iCloud: "NAS storage almost full", "Speicher
 * der Synology fast voll", "Pamięć Samsunga prawie pełna", "Almacenamiento de la tarjeta SD
 * lleno". No list of products holds every drive, phone or service, so words no alert knows name
 * the owner when they open the clause's storage wording (a compound's first part), stand between
 * two of its words or follow them, unless the text names the device or iCloud. A part in
 * brackets adds to the wording ("Speicher fast voll (auf dem Gerät)"), and a verb of showing
 * before it says where it showed.
 */
function ofAnotherThing(input: string, read: Input, { alert, tokens }: Pattern): boolean {
  if (!STORAGE_ALERTS().has(alert)) return false;
  if (!APPLE_NAMED.test(input) && namedOthers(input).some(unknownName)) return true;
  if (namesOwner(read.words)) return false;
  const { words, matches, starts } = /[(（]/u.test(input)
    ? readInput(input.replace(BRACKETED, ' '), index!)
    : read;
  const said = matches.map((ids) => ids.some((id) => tokens.includes(id)));
  const first = said.indexOf(true);
  if (first < 0) return false;
  const labels = sourceLabelsOf();
  const unknown = (at: number) => {
    const word = words[at]!;
    // A paste cut inside the owner's name ("Недостаточно места в iCl") names no other.
    const cut = ['icloud', ...DEVICE_NAMES].some((name) => name.startsWith(word));
    // A pair of Chinese characters is no word of its own.
    const letters = isWord(word) && /\p{L}/u.test(word);
    return (
      matches[at]!.length === 0 && letters && !cut && !labels.has(word) && !showing().has(word)
    );
  };
  // A run of other words, function words aside, names an owner when no alert knows any of them.
  let run: number[] = [];
  for (let at = first - 1; at >= 0 && !starts.has(at + 1); at--) {
    const word = words[at]!;
    // A particle ("の" of "NASのストレージ") stands between a name and the wording.
    const particle = !isWord(word) && run.length === 0;
    if ((STOPWORDS.has(word) && !particle) || showing().has(word)) break;
    if (!particle) run.push(at);
  }
  if (run.length > 0 && run.every(unknown)) return true;
  run = [];
  for (let at = first + 1; at < words.length && !starts.has(at); at++) {
    if (said[at]) {
      if (run.length > 0 && run.every(unknown)) return true;
      run = [];
    } else if (!STOPWORDS.has(words[at]!)) run.push(at);
  }
  // Or after its last word: "Storage almost full on my Samsung".
  return run.length > 0 && run.every(unknown);
}

const ICLOUD_NAME = /i\s?cloud/giu;

/** Apple's names of the device and of iCloud, which no other name beside a phone word overrides. */
const APPLE_NAMED = /i\s?cloud|iphone|ipad|ipod|アイフォン|айфон|아이폰/iu;
/** Words for a phone that say no maker: "phone", "Handy", "telefoon", "telefonu", "телефон". */
const PHONE = String.raw`(?:[Ss]mart)?[Pp]hone|[Hh]andy|[Tt]elefo{1,2}n\p{L}{0,3}|[Tt]el[ée]fono|[Tt][ée]l[ée]phone|[Tt]elefone|[Cc]elular|[Тт]елефон\p{L}{0,3}`;
/**
 * Names said of a phone or as the one showing a message: "Android phone", "Samsung-Handy",
 * "telefonu z Androidem", "my Pixel says …". A phone word is read as the device (`SYNONYMS`), so
 * a maker's name beside it names another phone, as a name before a verb of showing names what
 * showed the storage alert.
 */
const NAMED_OTHER = new RegExp(
  [
    String.raw`(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*)(?=[\s-]+(?:${PHONE})(?!\p{L}))`,
    String.raw`(?<!\p{L})(?:${PHONE})\s+(?:with|mit|von|con|com|met|med|z|ze|с|со|de|di|do)\s+(\p{Lu}[\p{L}\d]*)`,
    String.raw`(?<![\p{L}\d])(\p{Lu}[\p{L}\d]*)\s+(?:says|shows|sagt|zeigt|meldet|dit|affiche|dice|muestra|mostra|diz|zegt|toont|säger|visar|siger|sier|pisze|pokazuje)(?!\p{L})`,
  ].join('|'),
  'gu',
);
const namedOthers = (input: string) =>
  [...input.matchAll(NAMED_OTHER)].map((m) => m[1] ?? m[2] ?? m[3]!);
/** A name no alert, label or function word knows: a maker, a phone, an operating system. */
function unknownName(name: string): boolean {
  const words = tokenize(name);
  const labels = sourceLabelsOf();
  return (
    words.length > 0 &&
    words.every(
      (word) =>
        isWord(word) &&
        !STOPWORDS.has(word) &&
        !labels.has(word) &&
        !showing().has(word) &&
        !deviceTypo(word) &&
        lookup(index!.vocabulary, word).length === 0,
    )
  );
}

/**
 * A wording of the device's storage said of iCloud ("geen ruimte meer in iCloud", "plus de place
 * dans iCloud", as "Geen ruimte meer op iPhone" and "Plus d'espace sur l'iPhone" are worded) is
 * iCloud's storage alert, though no iCloud wording says it so: read with the device named in
 * iCloud's place, in a clause that names iCloud. Only for a text that names iCloud and not the
 * device, and that nothing else recognised.
 */
function saidOfICloud(input: string, read: Input): AlertMatch | undefined {
  const { ids } = index!.vocabulary;
  const [icloud, device] = [ids.get('icloud'), ids.get('device')];
  if (!read.holders.has(icloud!) || read.holders.has(device!)) return undefined;
  // Clause by clause: in "Time Machine is almost full, iCloud …" the storage is Time Machine's.
  // Split at marks only: a joining word may be another language's word ("mais", more).
  // iCloud's name alone is the label of the clause after it ("iCloud: plus de place").
  const clauses = input.split(CLAUSE_MARK);
  for (const [i, clause] of clauses.entries()) {
    const rest = clause.replace(ICLOUD_NAME, '');
    // iCloud written in Hangul or katakana is left as it is: no reading twice of the same text.
    if (rest === clause) continue;
    const said = rest.trim() ? clause : `${clause} ${clauses[i + 1] ?? ''}`;
    const asDevice = matchAlert(said.replace(ICLOUD_NAME, 'iPhone'));
    const counterpart = asDevice.recognized && !asDevice.others && ICLOUD_COUNTERPART[asDevice.id!];
    const alert = counterpart && knowledge.alerts.find((a) => a.id === counterpart);
    if (alert) return { ...asDevice, id: alert.id, alert };
  }
  return undefined;
}

/**
 * A count of weeks: a whole number of up to three digits, not part of a longer one ("4000 photos"
 * is no 400 weeks) nor a size or share ("50 GB", "5 Go", "80 %").
 */
const WEEKS_COUNT = /(?<![\d.,])(\d{1,3})(?![\d.,]?\d|\s*(?:[kmgt]i?[bo]|%|[€$£¥])(?!\p{L}))/iu;
/** Days counted instead ("hasn't been backed up in 10 days"): 10 days are not 10 weeks. */
const DAYS_AFTER =
  /^\s*(?:days?|tage?n?|jours?|d[ií]as?|giorni|dagen|dag(?:ar|e|er)?|дн\p{L}*|dni|днів|päivä\p{L}*|gün|nap\p{L}*|zile|ημέρες|ngày|hari|日|天|일)(?![\p{L}\p{M}])/iu;

/**
 * The weeks a "hasn't been backed up in N weeks" reminder names, when it is among the alerts
 * recognised in the text: the first number in it (`WEEKS_COUNT`), days counted as weeks.
 */
export function weeksNamed(
  text: string | undefined,
  match: AlertMatch | undefined,
): number | undefined {
  if (!text || !alertIds(match).includes('not_backed_up_weeks')) return undefined;
  const count = WEEKS_COUNT.exec(text);
  const n = Number(count?.[1]);
  // In whole weeks, as the age is given: a few days name none.
  const weeks =
    count && DAYS_AFTER.test(text.slice(count.index + count[0].length)) ? Math.round(n / 7) : n;
  return weeks > 0 ? weeks : undefined;
}

/** The ids of the alerts a match recognised, the leading one first. */
export const alertIds = (match: AlertMatch | undefined): string[] =>
  match?.recognized ? [match.id!, ...(match.others ?? []).map((a) => a.id!)] : [];

const round = (n: number) => Math.min(1, Math.round(n * 1000) / 1000);
