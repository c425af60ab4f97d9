import { isCarrier } from './carriers.ts';
import { readName, type NameOptions } from './reader.ts';
import { CJK, HANGUL, WALL, spansOf, type Span } from './spans.ts';

/**
 * Personal names in Chinese, Japanese and Korean notes, after the phrases that introduce them.
 * There are no spaces to end a name, so its length is bounded: Chinese names have two to four
 * characters, Japanese ones end at kana, punctuation or a space, Korean ones (two to four
 * syllables) end where a copula or a particle starts. A name written in Latin letters after
 * these phrases ("我叫Anna Müller") is read like any other.
 */

/** Common Chinese surnames (first characters of compound ones included): "我是" + one of them. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧司上诸',
);
/** The same surnames as Taiwan and Hong Kong write them, where they differ: "陳", "張", "劉". */
export const TRADITIONAL_SURNAMES = new Set(
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍陶賀顧龔萬錢嚴湯歐諸',
);
/**
 * The end of a note right after a name signed on the sign-off's own line ("谢谢！张伟",
 * "よろしくお願いします。佐藤 健", "감사합니다. 박서준"), maybe with masked contact details after
 * the name ("谢谢，李娜 13812345678"). There the name must start with a surname (Chinese,
 * Korean) or be kanji (Japanese): words after thanks are often a wish ("감사합니다. 화이팅",
 * "谢谢！周末愉快") or a closing word ("よろしくお願いします。以上").
 */
const NOTE_END = String.raw`(?:[ \t,，、]*[（(]?[ \t]*${WALL}+[)）]?)*[ \t。！!.]*\s*$`;
/** The most common Korean surnames. */
const KO_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉';
/**
 * Surnames read only where a name is signed alone: less common ones ("洪", "柯", "詹"), which
 * start too many words to follow "我是", and compound ones ("欧阳", "司徒", "范姜"), whose first
 * character is often no surname of its own.
 */
const LESS_COMMON_SURNAMES =
  '洪柯游詹赖賴翁简簡温溫施康邢樊凌霍虞甘柴殷岳牛庞龐童聂聶耿焦舒饶饒季柳符瞿蓝藍葛骆駱阮毕畢倪滕苗鲁魯褚邬鄔麦麥桂闵閔匡卓纪紀屈项項阎閻伍卞栾欒湛冉臧裴鲍鮑巫刁穆邝鄺靳隋巩鞏涂储儲戚娄婁晏荣榮窦竇姬邰蒲庄莊柏廉钮鈕邸艾鞠佟岑颜顏辜';
const COMPOUND_SURNAMES =
  '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 端木 慕容 令狐 闻人 聞人 皇甫 尉迟 尉遲 公孙 公孫 长孙 長孫 宇文 东方 東方 夏侯 司徒 司空 轩辕 軒轅 独孤 獨孤 南宫 南宮 西门 西門 澹台 濮阳 濮陽 淳于 申屠 钟离 鍾離 拓跋 呼延 赫连 赫連 范姜 张简 張簡 张廖 張廖'.replace(
    / /g,
    '|',
  );
/**
 * A name signed alone (see NOTE_END): a compound surname and one or two characters, or a
 * surname and one to three; a common Korean surname and one to three syllables; one or two runs
 * of kanji. Pattern sources, shared with the name under a mail footer (sent-from.ts).
 */
export const SIGNED_CHINESE_NAME = String.raw`(?:(?:${COMPOUND_SURNAMES})\p{Script=Han}{1,2}|[${[
  ...SURNAMES,
  ...TRADITIONAL_SURNAMES,
].join('')}${LESS_COMMON_SURNAMES}]\p{Script=Han}{1,3})`;
/**
 * What starts like a surname and closes a Chinese note: the thanks themselves ("谢谢大家",
 * "謝謝您"; 谢 is a surname), a wish for the weekend ("周末愉快"), "此致", "祝好". One list for
 * the name after the thanks and the name under a mail footer.
 */
const ZH_CLOSING =
  /^(?:谢谢|謝謝|多谢|多謝|感谢|感謝|万分|萬分|周末|週末)|^(?:此致|敬礼|敬禮|祝好|辛苦了|麻烦了|麻煩了)$/u;
export const isSignedChineseName = (word: string) => !ZH_CLOSING.test(word);
/** A given name written in hiragana after the surname ("藤原 さくら"), not a word of the thanks. */
const KANA_GIVEN_NAME = String.raw`(?!よろしく|です|ます|ありが)\p{Script=Hiragana}{2,4}`;
export const SIGNED_JAPANESE_NAME = String.raw`\p{Script=Han}{1,4}(?:[ 　](?:\p{Script=Han}{1,3}|${KANA_GIVEN_NAME}))?`;
export const SIGNED_KOREAN_NAME = String.raw`[${KO_SURNAMES}]\p{Script=Hangul}{1,3}`;
/**
 * Words that close a Japanese note or stand alone under it and are written in kanji like a name:
 * closings ("以上", "敬具", "草々"), and everyday words whose kanji names use too ("御礼", "重要",
 * "承知"). One list for the name after the thanks and the name under a mail footer.
 */
const JA_CLOSINGS = new Set(
  '以上 敬具 草々 早々 拝 敬白 不一 宜敷 御礼 追伸 重要 各位 承知 了解 大丈夫 本人 家族 父 母 娘 息子 妻 夫 主人'.split(
    ' ',
  ),
);
/**
 * Kanji of everyday words that Japanese names do not use, so a word with one of them is no name:
 * "確認", "至急", "緊急", "感謝", "返信", "失敗", "追記".
 */
const JA_WORD_KANJI =
  /[確認急謝緊済返送追報告絡失敗障害故削除設換旧況状題問疑質困惑願請件届諾致候拝扱注否録番号損破壊替補解決具乱写念完]/u;
/** Whether kanji signed at the end of a note can be a name ("佐藤", "山田 花子"), not "至急". */
export const isSignedJapaneseName = (word: string) =>
  !JA_CLOSINGS.has(word) && !JA_WORD_KANJI.test(word);
/** What Japanese people say they are ("私は学生です") without giving a name. */
const NOT_JA_NAMES = new Set(
  '会社員 学生 大学生 高校生 中学生 初心者 日本人 主婦 高齢者 素人 社会人 ユーザー 利用者 医者 教師 看護師 公務員 自営業 外国人 心配 不安 大丈夫 困惑 機械音痴'.split(
    ' ',
  ),
);

const JA_COPULAS = 'です|と申します|と言います|といいます|でございます';
const HAN = /\p{Script=Han}{1,5}/uy;
/** Kanji or katakana, maybe a second part after a space, maybe a given name in kana ("小林さくら"). */
const JA_RUN = String.raw`[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}(?:[ 　][\p{Script=Han}\p{Script=Katakana}ー・]{1,12})?`;
const JA = new RegExp(
  String.raw`${JA_RUN}\p{Script=Hiragana}{0,4}?(?=${JA_COPULAS})|${JA_RUN}`,
  'uy',
);
const LATIN = /\s*\p{Script=Latin}/uy;
/**
 * The end of a signed name: the end of the line, or the contact details after it, in brackets or
 * already masked ("山田太郎 090-1234-5678").
 */
const LINE_END = new RegExp(String.raw`[ \t。！!]*(?:\r?\n|$|[（(]|[ \t,，、]*${WALL})`, 'y');
const JA_COPULA = new RegExp(JA_COPULAS, 'y');

/**
 * Not a name after the phrase: "我叫了客服" (I called support), "名字是什么" (what name), "我叫不出"
 * (I cannot name it).
 */
const ZH_NOT_NAME = String.raw`(?![了过着不没]|什么|谁|哪)`;
const ZH_STRONG = new RegExp(
  String.raw`(?:我叫|我的名字是|我的名字叫|我名叫|名字是|名字叫|本人姓名|姓名[:：是]?|(?:名字|所有者|机主|機主|持有人|户主|客户姓名|收件人)[:：]|我姓)\s*${ZH_NOT_NAME}`,
  'gu',
);
const ZH_WEAK = /我是\s*/gu;
/** Thanks in simplified and traditional characters: Taiwan and Hong Kong write "謝謝". */
const ZH_THANKS = '(?:谢谢|多谢|感谢|謝謝|多謝|感謝)';
/**
 * After thanks and a line break, or after a dash that follows a sentence: "谢谢！—— 张伟（…）",
 * not "备份失败——原因不明" (the dash of an explanation).
 */
const ZH_SIGN_OFF = new RegExp(
  String.raw`(?:${ZH_THANKS}|此致敬礼|此致|敬礼|敬禮)[！!。，,]*[ \t]*\r?\n\s*|(?<=^|[\n！!。？?])[ \t]*(?:——|—|--)[ \t]*|${ZH_THANKS}[！!。，,\s]+(?=${SIGNED_CHINESE_NAME}${NOTE_END})`,
  'gu',
);
const JA_STRONG =
  /(?:私の名前は|わたしの名前は|名前は|お名前は|氏名は|(?:名前|氏名|所有者|持ち主|契約者|お客様名|受取人)[:：])\s*/gu;
/** "私は田中です", and after a greeting "こんにちは、田中です". */
const JA_WEAK =
  /(?:私は|わたしは|僕は|ぼくは|(?:こんにちは|こんばんは|おはようございます|はじめまして|初めまして|お世話になっております|お世話になります)[、。,！!\s]*)\s*/gu;
const JA_THANKS = 'よろしくお願い(?:いた)?します';
const JA_SIGN_OFF = new RegExp(
  String.raw`${JA_THANKS}[。！!]*[ \t]*\r?\n\s*|${JA_THANKS}[。！!\s]+(?=${SIGNED_JAPANESE_NAME}${NOTE_END})`,
  'gu',
);
/** "田中と申します": the name comes before the phrase (the last eight characters at most). */
const JA_BEFORE =
  /(?:[\p{Script=Han}\p{Script=Katakana}ー・]{1,8}|(?<!\p{Script=Latin})\p{Script=Latin}+)(?=と申します|といいます|と言います)/gu;

/** What Koreans say they are ("저는 학생입니다") without giving a name. */
const NOT_KO_NAMES = new Set(
  '학생 대학생 대학원생 고등학생 중학생 직장인 회사원 주부 초보자 고객 사용자 선생님 교사 의사 간호사 개발자 엔지니어 프리랜서 공무원 은퇴자 자영업자 한국인 외국인 학부모 엄마 아빠 노인'.split(
    ' ',
  ),
);
const KO_COPULAS = ['입니다', '이에요', '예요', '이고', '이며', '이라고', '라고', '이요'];
const KO_PARTICLES = new Set('은는이가을를의께도');
const HANGUL_RUN = /\p{Script=Hangul}{2,10}/uy;
const KO_STRONG =
  /(?:제 이름은|내 이름은|저의 이름은|이름은|성함은|(?:이름|성명|성함|소유자|소유주|명의자|고객명|수령인)[:：])\s*/gu;
const KO_WEAK = /(?:저는|전|나는)\s*/gu;
const KO_THANKS = '(?:감사합니다|고맙습니다|감사드립니다)';
const KO_SIGN_OFF = new RegExp(
  String.raw`${KO_THANKS}[.!。]*[ \t]*\r?\n\s*|${KO_THANKS}[.!。\s]+(?=${SIGNED_KOREAN_NAME}${NOTE_END})`,
  'gu',
);
/** "김민수 드림", "민수 올림": the name before the closing word. */
const KO_BEFORE =
  /(?<!\p{Script=Hangul})\p{Script=Hangul}{2,4}(?=[ \t]*(?:드림|올림)(?!\p{Script=Hangul}))/gu;

/**
 * Two to four syllables, cut before a copula ("김민수입니다") or a one-syllable particle
 * ("민수는"); `needsCopula` for "저는 …", where anything but a name is usual.
 */
function koreanName(text: string, at: number, needsCopula = false): Span | undefined {
  const run = sticky(HANGUL_RUN, text, at);
  if (!run) return undefined;
  for (let length = Math.min(4, run.length - 1); length >= 2; length--)
    if (KO_COPULAS.some((copula) => run.startsWith(copula, length)))
      return NOT_KO_NAMES.has(run.slice(0, length)) ? undefined : { start: at, end: at + length };
  if (needsCopula) return undefined;
  const cut =
    run.length <= 5 && run.length >= 3 && KO_PARTICLES.has(run.at(-1)!)
      ? run.length - 1
      : run.length;
  return cut <= 4 ? { start: at, end: at + cut } : undefined;
}

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

type Read = (text: string, at: number) => Span | undefined;

function* after(pattern: RegExp, text: string, read: Read): Generator<Span> {
  for (const match of text.matchAll(pattern)) {
    const span = read(text, match.index + match[0].length);
    if (span) yield span;
  }
}

/** A Latin-script name, or `native` for one in Chinese or Japanese characters. */
const either =
  (options: NameOptions, native: Read): Read =>
  (text, at) =>
    sticky(LATIN, text, at) ? readName(text, at, options) : native(text, at);

/**
 * Two to four characters; a longer run has no end in sight, so take four: a character too many,
 * never one too few.
 */
function chineseName(text: string, at: number, surname = false): Span | undefined {
  const run = sticky(HAN, text, at);
  if (!run) return undefined;
  if (surname && !(isCommonSurname(run[0]!) && run.length >= 2 && !ORIGIN.test(run)))
    return undefined;
  return { start: at, end: at + Math.min(run.length, 4) };
}

/** "我是" + a surname in either script: Taiwan and Hong Kong write "我是陳志明". */
const isCommonSurname = (char: string) => SURNAMES.has(char) || TRADITIONAL_SURNAMES.has(char);
/** "我是马来西亚人", "我是蘇州人": where the writer is from, not a name that starts like a surname. */
const ORIGIN = /^\p{Script=Han}{1,4}人$/u;

/**
 * What may follow a Japanese name: a copula, an honorific, a particle, anything not hiragana.
 * Other hiragana make the kanji a verb or adjective stem: "名前は分かりません" (I don't know
 * the name), "名前は変更しました" (changed the name).
 */
const JA_AFTER_NAME = new RegExp(
  String.raw`(?:${JA_COPULAS}|でした|さん|さま|様|くん|ちゃん|[のがはもにをとで](?!\p{Script=Hiragana}{2})|[^\p{Script=Hiragana}]|$)`,
  'uy',
);

function japaneseName(text: string, at: number, needsCopula = false): Span | undefined {
  const run = sticky(JA, text, at);
  if (!run || sticky(JA_AFTER_NAME, text, at + run.length) === undefined) return undefined;
  if (needsCopula && (!sticky(JA_COPULA, text, at + run.length) || NOT_JA_NAMES.has(run)))
    return undefined;
  return { start: at, end: at + run.length };
}

/**
 * A name signed on its own line after the thanks: kanji, maybe a given name in hiragana apart
 * ("藤原 さくら"), which a name read in running text ends before.
 */
const SIGNED_JAPANESE = new RegExp(String.raw`\p{Script=Han}{1,4}[ 　]${KANA_GIVEN_NAME}`, 'uy');

function signedJapaneseName(text: string, at: number): Span | undefined {
  const run = sticky(SIGNED_JAPANESE, text, at);
  if (run && sticky(LINE_END, text, at + run.length) !== undefined)
    return { start: at, end: at + run.length };
  return japaneseName(text, at);
}

const atLineEnd =
  (read: Read): Read =>
  (text, at) => {
    const span = read(text, at);
    return span && sticky(LINE_END, text, span.end) !== undefined ? span : undefined;
  };

const signed: NameOptions = { signed: true, lowerAtLineEnd: true };

/**
 * A language's phrases, and how a name in its own script is read after them; `weak` is true
 * after the weak phrase ("我是", "私は", "저는"), where a name needs more to go on.
 */
interface Language {
  strong: RegExp;
  weak: RegExp;
  signOff: RegExp;
  /** A name before its phrase ("田中と申します", "김민수 드림"). */
  before?: RegExp;
  /** How a name signed after the thanks is read, if not as `read` does. */
  readSigned?: (text: string, at: number) => Span | undefined;
  /** Whether what is signed after the thanks can be a name (not "以上", "至急"). */
  signs?: (word: string) => boolean;
  read: (text: string, at: number, weak?: boolean) => Span | undefined;
}

const CHINESE: Language = {
  strong: ZH_STRONG,
  weak: ZH_WEAK,
  signOff: ZH_SIGN_OFF,
  read: chineseName,
  signs: isSignedChineseName,
};
const JAPANESE: Language = {
  strong: JA_STRONG,
  weak: JA_WEAK,
  signOff: JA_SIGN_OFF,
  before: JA_BEFORE,
  read: japaneseName,
  readSigned: signedJapaneseName,
  signs: isSignedJapaneseName,
};
const KOREAN: Language = {
  strong: KO_STRONG,
  weak: KO_WEAK,
  signOff: KO_SIGN_OFF,
  before: KO_BEFORE,
  read: koreanName,
};

function* namesIn(text: string, language: Language): Generator<Span> {
  const { read, readSigned = read } = language;
  yield* after(language.strong, text, either({ anyCase: true }, read));
  // "私はドコモです", "저는 SKT 사용자입니다": the network they are with, not who they are.
  for (const span of after(
    language.weak,
    text,
    either({}, (t, at) => read(t, at, true)),
  ))
    if (!isCarrier(text.slice(span.start, span.end))) yield span;
  for (const span of after(language.signOff, text, either(signed, atLineEnd(readSigned))))
    if (language.signs?.(text.slice(span.start, span.end)) ?? true) yield span;
  if (language.before) yield* spansOf(language.before, text);
}

/**
 * A name closing a note on its own line, before the closing word ("鈴木 よろしくお願いします",
 * "山口　よろしく", "中川 以上", "松本より", "王芳 谢谢"): the space or "より" between them is
 * what a sentence ending in those words ("容量以上") does not have.
 */
const JA_NAME_THEN_CLOSING = new RegExp(
  String.raw`(?=\p{Script=Han})(?<=(?:^|[\n。！!])[ \t　]*)(?<name>${SIGNED_JAPANESE_NAME})(?:より|[ \t　]+(?:よろしく(?:お願い(?:いた)?します)?|以上|拝|敬具|草々))[。！!]*[ \t]*(?=\r?\n|$)`,
  'gu',
);
const ZH_NAME_THEN_THANKS = new RegExp(
  String.raw`(?=\p{Script=Han})(?<=(?:^|\n)[ \t　]*)(?<name>${SIGNED_CHINESE_NAME})[ \t　]+${ZH_THANKS}[！!。]*[ \t]*(?=\r?\n|$)`,
  'gu',
);

function* namesBeforeClosing(text: string): Generator<Span> {
  for (const match of text.matchAll(JA_NAME_THEN_CLOSING)) {
    const name = match.groups!.name!;
    if (isSignedJapaneseName(name)) yield { start: match.index, end: match.index + name.length };
  }
  for (const match of text.matchAll(ZH_NAME_THEN_THANKS)) {
    const name = match.groups!.name!;
    if (isSignedChineseName(name)) yield { start: match.index, end: match.index + name.length };
  }
}

/**
 * A relative, then their name before a particle: "夫の隆が", "母の節子にも" (Japanese), "아들
 * 도윤이의", "동생 하은에게" (Korean). Japanese says the relative's things the same way ("母の携帯が",
 * "夫の会社に"), so the kanji must not be an everyday noun or a word kanji names do not use.
 * Korean adds 이 to a name before its particle, which a noun does not ("도윤이가", not "사진이가"),
 * or gives it a particle only people take ("에게", "한테").
 */
const JA_RELATIVE_NAME =
  /(?<=(?:夫|妻|娘|息子|母|父|兄|弟|姉|妹|祖母|祖父|孫|義母|義父|主人|嫁|姪|甥|叔母|叔父|伯母|伯父|友人|友達)の)\p{Script=Han}{1,3}(?=(?:が|は|に|も|と|を|から|へ)(?!\p{Script=Hiragana}{2}))/gu;
const JA_RELATIVES_THINGS = new Set(
  `携帯 端末 電話 機種 名前 写真 動画 容量 方 分 為 所 事 物 件 前 後 家 実家 会社 学校 仕事 部屋
  車 画面 契約 口座 誕生日 代 頃 話 声 顔 手 目 体 病院 職場 時 中 番 方法 世代 年 歳 同僚 友人
  友達 家族 子供 機械 本体 充電 通信 回線 料金 請求 上 下 側 用 様 母 父 夫 妻 娘 息子 日 月 嫁 婿
  孫 兄 弟 姉 妹 祖母 祖父 叔母 叔父 伯母 伯父 姪 甥 義母 義父 主人 先生 上司 部下 知人 子 病気
  入院 名義 代理 代わり 結婚式 葬儀 紹介 中学校 高校 大学 会社員 彼氏 彼女 夫婦 両親`.split(/\s+/),
);
const KO_RELATIVE_NAME =
  /(?=\p{Script=Hangul})(?<=(?:아들|딸|남편|아내|와이프|엄마|아빠|어머니|아버지|동생|언니|오빠|누나|형|할머니|할아버지|친구|조카|손자|손녀|사촌)[ \t]+)\p{Script=Hangul}{2}(?=이(?:가|는|의|를|도|랑|한테|에게|하고)|(?:에게|한테)(?!\p{Script=Hangul}{3}))/gu;
/**
 * A two-syllable name takes a particle straight on ("아내 수진이 백업을", "딸 하은도", "동생
 * 승우랑", "친구 예린의"): 이/은 after a closing consonant, 가/는 after none, as grammar has it. A
 * noun said after a relative takes them the same way ("딸 사진이", "엄마 모임이"), so both
 * syllables must be ones given names are made of: nouns are built mostly from others.
 */
const KO_RELATIVE_SUBJECT =
  /(?=\p{Script=Hangul})(?<=(?<!\p{Script=Hangul})(?:아들|딸|남편|아내|와이프|엄마|아빠|어머니|아버지|동생|남동생|여동생|언니|오빠|누나|형|할머니|할아버지|조카|손자|손녀|사촌|친구)[ \t]+)\p{Script=Hangul}{2}(?=(?:이랑|랑|하고|한테|에게|[이가은는도의와과])(?!\p{Script=Hangul}))/gu;
/** Syllables Korean given names are most often made of, old and new ("영수", "하은", "순자"). */
const KO_NAME_SYLLABLES = new Set(
  `가강건겸결경규균근기길나남다단담도동두라란래령례로록률린리미민명보봄범별빈서석선설성세소솔송
  수숙순슬승시식신아안애양언연열영예옥온완용우욱운웅원유윤율은의익인자재정제종주준중지진찬창채
  철청초춘태택하한해혁현형혜호홍화환효후훈휘희`.replace(/\s+/g, ''),
);
/** Particles that go after a final consonant, and their forms after a vowel; others take both. */
const AFTER_CONSONANT = /^(?:이|은|과|이랑)$/u;
const AFTER_VOWEL = /^(?:가|는|와|랑)$/u;
function particleFits(syllable: string, particle: string): boolean {
  const closed = (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
  return AFTER_CONSONANT.test(particle) ? closed : AFTER_VOWEL.test(particle) ? !closed : true;
}
/**
 * Words said after a relative with a particle that are made of name syllables all the same: their
 * things, times, how many, their voice, their age ("딸 숙제가", "엄마 정보가", "아들 하나는", "남편
 * 원래는", "아빠 소리가", "할머니 연세가", "아빠 시리가").
 */
const KO_RELATIVES_THINGS = new Set(
  `기기 설정 애기 아기 하나 자신 명의 기종 결제 경우 주소 건강 숙제 지인 원래 나중 정보 다시 소리 수리
  지원 보안 소식 연세 자리 시리 소유 동의 정리 용도`.split(/\s+/),
);
/** Nouns that end in 이 ("고양이"), and people and places said after a relative ("엄마 친구에게"). */
const KO_NOT_NAMES = new Set(
  `고양 어린 친구 동생 언니 오빠 누나 아들 남편 아내 엄마 아빠 회사 학교 직원 사장 가족 사촌 조카 손자
  손녀 동료 선배 후배 선생 담임 애인 친척`.split(/\s+/),
);
/**
 * "씨" after a space follows only a person's name ("김민수 씨가", "민수 씨한테"); glued, it ends
 * everyday words ("날씨", "아저씨").
 */
const KO_HONORED =
  /(?<!\p{Script=Hangul})\p{Script=Hangul}{2,3}(?=[ \t]씨(?:[가는의를도와]|한테|에게|랑|께서)?(?!\p{Script=Hangul}))/gu;
/** A greeting, then the name and its honorific: "안녕하세요 민호님," (not "고객님", "담당자님"). */
const KO_GREETED =
  /(?<=(?:안녕하세요|안녕하십니까)[ \t,!.]*)\p{Script=Hangul}{2,3}(?=[ \t]?(?:님|씨))/gu;
const KO_ADDRESSED_ROLES = new Set(
  '상담원 상담사 담당자 선생 회원 관리자 기사 팀장 사장 매니저 여러분 직원'.split(' '),
);

/**
 * A given name in hiragana after a relative and の ("妹のさくらも", "息子のゆうとのiPad", "娘のあかり
 * ちゃんが"): Japanese writes many girls' and some boys' names so. What else is said there in
 * hiragana is a formal noun ("母のためにも", "妹のほうが", "夫のものを"), or ends in one ("父のいうことを").
 */
const JA_RELATIVE_KANA_NAME =
  /(?<=(?:夫|妻|娘|息子|母|父|兄|弟|姉|妹|祖母|祖父|孫|姪|甥|友人|友達)の)\p{Script=Hiragana}{2,4}(?=(?:ちゃん|くん|さん)?(?:が|は|に|も|と|を|から|へ|の)(?!\p{Script=Hiragana}{2}))/gu;
const JA_FORMAL_NOUN =
  /(?:こと|もの|ところ|とき|ため|ほう|よう|わけ|はず|まま|うち|あと|まえ|ぶん|せい|ほか|みんな|かわり|おかげ|など|ほど|だけ|ばかり|まで|たち|ども|かた)$/u;

function* japaneseRelativesNamed(text: string): Generator<Span> {
  for (const match of text.matchAll(JA_RELATIVE_NAME))
    if (!JA_RELATIVES_THINGS.has(match[0]) && isSignedJapaneseName(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
  for (const match of text.matchAll(JA_RELATIVE_KANA_NAME))
    // "ために" before "も": the run may end in a particle of its own ("こと" ends in one's shape).
    if (
      ![match[0], match[0].replace(/[にでとのがはもを]$/u, '')].some((w) => JA_FORMAL_NOUN.test(w))
    )
      yield { start: match.index, end: match.index + match[0].length };
}

function* koreanNamed(text: string): Generator<Span> {
  for (const match of text.matchAll(KO_RELATIVE_NAME))
    if (!KO_NOT_NAMES.has(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
  for (const match of text.matchAll(KO_RELATIVE_SUBJECT)) {
    const end = match.index + match[0].length;
    const particle = /^\p{Script=Hangul}+/u.exec(text.slice(end, end + 3))![0];
    if (
      [...match[0]].every((syllable) => KO_NAME_SYLLABLES.has(syllable)) &&
      particleFits(match[0][1]!, particle) &&
      !KO_RELATIVES_THINGS.has(match[0]) &&
      !KO_NOT_NAMES.has(match[0])
    )
      yield { start: match.index, end };
  }
  for (const pattern of [KO_GREETED, KO_HONORED])
    for (const match of text.matchAll(pattern))
      if (!KO_ADDRESSED_ROLES.has(match[0]) && !NOT_KO_NAMES.has(match[0]))
        yield { start: match.index, end: match.index + match[0].length };
}

/** A Korean advisor by role, then the honorific: "상담원 정님", "직원 김민수 씨". */
const KO_ROLE =
  /(?=\p{Script=Hangul})(?<=(?:상담원|상담사|직원|엔지니어|기사|매니저|어드바이저)[ \t]*)\p{Script=Hangul}{1,3}(?=[ \t]?(?:님|씨))/gu;
/**
 * Who speaks in a pasted Chinese or Japanese support chat, after their role at the start of a
 * line: "客服 小美：", "アドバイザー 佐藤：", "[10:42] 顾问 李：". What a role heads otherwise is
 * a heading ("客服 回复：", "サポート 回答："), listed below.
 */
const CJK_SPEAKER =
  /(?=[\p{Script=Han}\p{Script=Katakana}ー])(?<=(?:^|\n)[ \t]*(?:\[[\d:./ \t-]{4,20}\][ \t]*)?(?:客服|顾问|顧問|专员|專員|技术支持|技術支援|工程师|工程師|アドバイザー|担当者?|オペレーター|スタッフ|サポート)[ \t]*)[\p{Script=Han}\p{Script=Katakana}ー]{1,4}(?=[ \t]*[:：])/gu;
const CJK_HEADINGS = new Set(
  `回复 回覆 答复 答覆 回答 说明 說明 备注 備註 记录 記錄 对话 對話 留言 消息 訊息 内容 內容 人员 人員
  团队 團隊 中心 小组 小組 建议 建議 返信 回答 メモ 記録 内容 メッセージ 部門 チーム センター 窓口 対応`.split(
    /\s+/,
  ),
);

/** Chinese courtesy titles after a name: "顾问刘先生", "王小明女士". */
const ZH_TITLED = /\p{Script=Han}{1,3}(?=先生|女士|小姐)/gu;
/** Japanese honorifics after a name: "アドバイザーの鈴木さん", "田中様". */
const JA_TITLED = /\p{Script=Han}{1,4}(?=さん|さま|様|くん|ちゃん|氏)/gu;
/** Words that take an honorific without being a name: "皆さん", "お客様", "奥さん", "担当者様". */
const JA_NOT_NAMES =
  /^(?:皆|客|神|奥|母|父|兄|姉|娘|息子|孫|主人|旦那|彼氏|彼女|店員|医者|担当|担当者|業者|友達|家族|隣|近所|大家|運転手|先生|王|様)$/u;

/**
 * The shortest ending of the run that starts with a common surname: in "周末李先生" the name is
 * 李, in "王小明先生" 王小明.
 */
function* chineseTitled(text: string): Generator<Span> {
  for (const match of text.matchAll(ZH_TITLED)) {
    const end = match.index + match[0].length;
    for (let start = end - 1; start >= match.index; start--)
      if (SURNAMES.has(text[start]!)) {
        yield { start, end };
        break;
      }
  }
}

/**
 * A Chinese name glued to "my" and a relative or a role, as Chinese glues every word: "我同事王磊说",
 * "我老公李强也", "我女儿的老师陈静让". With no space to end it, the name is a common surname and
 * one or two characters, shortest first, then what a sentence about that person goes on with
 * (said, also, uses, told…): "我同事说" has no surname there, "我老公马上就" no such word after.
 * 上, 司, 诸 and 欧 start compound surnames only ("上次" is "last time").
 */
export const ZH_RELATIVES =
  `老公|老婆|丈夫|妻子|太太|爱人|愛人|儿子|兒子|女儿|女兒|妈妈|媽媽|爸爸|妈|媽|爸|母亲|母親|
  父亲|父親|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|朋友|同事|同学|同學|老师|老師|领导|領導|老板|老闆|经理|經理|
  上司|主管|室友|男朋友|女朋友|男友|女友|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|爷爷|爺爺|奶奶|外婆|外公|
  姥姥|姥爷|叔叔|阿姨|舅舅|姑姑|邻居|鄰居|侄子|侄女|外甥|孙子|孫子|孙女|孫女|闺蜜|閨蜜|岳母|婆婆|女婿`.replace(
    /\s+/g,
    '',
  );
const ZH_SURNAME = `[${[...SURNAMES, ...TRADITIONAL_SURNAMES].filter((c) => !'上司诸諸欧歐'.includes(c)).join('')}]`;
const ZH_RELATIVE_NAME = new RegExp(
  String.raw`(?=${ZH_SURNAME})(?<=我(?:的|们的|們的)?(?:${ZH_RELATIVES}))${ZH_SURNAME}\p{Script=Han}{1,2}?(?=说|說|也|的|用|帮|幫|告诉|告訴|让|讓|给|給|跟|和|买|買|试|試|问|問|觉得|覺得|建议|建議|发现|發現)`,
  'gu',
);
/** Everyday words that open with a surname and may follow a relative: "我儿子高中的", "我老婆周末用". */
const ZH_NOT_NAMES = new Set(
  '高中 周末 常常 马上 馬上 万一 萬一 曾经 曾經 白天 方面 安装 安裝'.split(' '),
);

function* chineseRelativesNamed(text: string): Generator<Span> {
  for (const match of text.matchAll(ZH_RELATIVE_NAME))
    if (!ZH_NOT_NAMES.has(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
}

function* japaneseTitled(text: string): Generator<Span> {
  for (const match of text.matchAll(JA_TITLED))
    if (!JA_NOT_NAMES.test(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
}

export function* cjkNames(text: string): Generator<Span> {
  if (HANGUL.test(text)) {
    yield* namesIn(text, KOREAN);
    yield* spansOf(KO_ROLE, text);
    yield* koreanNamed(text);
  }
  if (!CJK.test(text)) return;
  yield* namesIn(text, CHINESE);
  yield* namesIn(text, JAPANESE);
  yield* chineseTitled(text);
  yield* chineseRelativesNamed(text);
  yield* japaneseTitled(text);
  yield* namesBeforeClosing(text);
  yield* japaneseRelativesNamed(text);
  for (const match of text.matchAll(CJK_SPEAKER))
    if (!CJK_HEADINGS.has(match[0]))
      yield { start: match.index, end: match.index + match[0].length };
}
