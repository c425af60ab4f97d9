/**
 * Mobile networks, which people name in brackets after their number ("07700 900123 (Vodafone)",
 * "0151 … (Telekom)"): there the bracket says whose network it is, not whose number. Several are
 * also ordinary words or names elsewhere ("Three", "Play", "Mint", "Claro"), so they count as
 * networks only there and where someone says they are with one ("C'est Orange", "私はドコモです").
 */
const CARRIERS = new Set(
  `vodafone|o2|ee|three|bt|giffgaff|lyca|lycamobile|lebara|tesco mobile|sky mobile|virgin media|
  voxi|smarty|id mobile|verizon|at&t|t-mobile|sprint|mint|mint mobile|visible|cricket|
  boost mobile|metro|xfinity mobile|spectrum mobile|tracfone|straight talk|us cellular|rogers|
  bell|telus|fido|koodo|freedom mobile|virgin plus|telstra|optus|tpg|amaysim|spark|2degrees|
  one nz|telekom|deutsche telekom|congstar|aldi talk|1&1|blau|fraenk|otelo|simyo|orange|sfr|
  bouygues|bouygues telecom|free|free mobile|sosh|red by sfr|proximus|telenet|swisscom|sunrise|
  salt|wingo|yallo|movistar|yoigo|masmovil|másmóvil|digi|pepephone|lowi|jazztel|tim|wind|
  windtre|wind tre|iliad|fastweb|kena|ho mobile|coopvoce|poste mobile|kpn|odido|simpel|telia|
  tele2|telenor|tre|comviq|halebop|hallon|ice|yousee|oister|elisa|dna|play|plus|heyah|nju|
  claro|vivo|oi|telcel|entel|tigo|bitel|wom|meo|nos|turkcell|türk telekom|мтс|мегафон|билайн|
  теле2|yota|киевстар|київстар|kyivstar|lifecell|jio|airtel|bsnl|docomo|softbank|rakuten|rakuten mobile|
  ymobile|globe|smart|dito|telkomsel|indosat|maxis|celcom|unifi|etisalat|du|stc|zain|mobily|
  mtn|vodacom|safaricom|ドコモ|ソフトバンク|ワイモバイル|楽天モバイル|au|ahamo|povo|linemo|uq mobile|
  skt|sk텔레콤|kt|lg u+|lgu+|lg유플러스|中国移动|中国联通|中国电信|中國移動|中華電信|台灣大哥大|遠傳|
  viettel|vinaphone|mobifone|xl|tri|smartfren|ais|dtac|truemove|true move`
    .split('|')
    .map((name) => name.trim()),
);

/**
 * Networks named like people ("Tim", "Elisa", "Zain", "Rogers"): written so, the word is read as
 * the name, which is the safe reading; in capitals ("TIM") it is the network.
 */
const NAME_LIKE = new Set(['tim', 'elisa', 'zain', 'rogers', 'bell', 'kena', 'dito']);

export function isCarrier(words: string): boolean {
  // "Vodafone's network": the possessive is still the network.
  const key = words
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/['’]s?$/u, '');
  return CARRIERS.has(key) && (!NAME_LIKE.has(key) || words === words.toUpperCase());
}
