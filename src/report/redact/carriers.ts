/**
 * Mobile networks, which people name in brackets after their number ("07700 900123 (Vodafone)",
 * "0151 … (Telekom)"): there the bracket says whose network it is, not whose number. Several are
 * also ordinary words or names elsewhere ("Three", "Play", "Mint", "Claro"), so they count as
 * networks only in that place.
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
  теле2|yota|киевстар|kyivstar|lifecell|jio|airtel|bsnl|docomo|softbank|rakuten|rakuten mobile|
  ymobile|globe|smart|dito|telkomsel|indosat|maxis|celcom|unifi|etisalat|du|stc|zain|mobily|
  mtn|vodacom|safaricom`
    .split('|')
    .map((name) => name.trim()),
);

export const isCarrier = (words: string) => CARRIERS.has(words.toLowerCase().replace(/\s+/g, ' '));
