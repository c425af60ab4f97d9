import { phrases } from './lexicon.ts';

/** Sign-offs: the name comes after them, often on the next line. */
export const SIGN_OFFS = phrases(`
  thanks|thank you|thx|many thanks|thanks a lot|thanks so much|thank you so much|
  thanks in advance|thank you in advance|thanks again|regards|best regards|kind regards|
  warm regards|warmest regards|best wishes|best|cheers|sincerely|yours sincerely|yours truly|
  yours faithfully|yours|yours ever|ever yours|rgds|regds|kind rgds|best rgds|xo|xoxo|xx|
  all the best|take care|br|kr|love|xoxo|hugs|warmly|respectfully|any help appreciated|
  help appreciated|any help is appreciated|appreciate any help|appreciate it|much appreciated|
  best wishes|kind wishes|
  danke|danke schön|danke sehr|vielen dank|vielen lieben dank|herzlichen dank|danke im voraus|
  vielen dank im voraus|grüße|gruß|grüsse|gruss|viele grüße|viele grüsse|liebe grüße|
  liebe grüsse|beste grüße|beste grüsse|herzliche grüße|freundliche grüße|schöne grüße|
  mit freundlichen grüßen|mit freundlichen grüssen|mit besten grüßen|lg|vg|mfg|bg|ciao|tschüss|
  merci|merci beaucoup|merci d'avance|merci par avance|merci encore|cordialement|
  bien cordialement|très cordialement|bien à vous|amicalement|bonne journée|bonne soirée|
  salutations|sincères salutations|meilleures salutations|bisous|bises|à bientôt|amitiés|
  bien amicalement|
  gracias|muchas gracias|gracias de antemano|mil gracias|saludos|un saludo|saludos cordiales|
  muchos saludos|un cordial saludo|cordial saludo|atentamente|cordialmente|un abrazo|abrazos|
  besos|
  grazie|grazie mille|grazie in anticipo|grazie ancora|saluti|cordiali saluti|distinti saluti|
  un saluto|tanti saluti|saluti cordiali|un cordiale saluto|a presto|un abbraccio|abbracci|baci|bacioni|un bacio|
  obrigado|obrigada|muito obrigado|muito obrigada|atenciosamente|cumprimentos|saudações|abraços|
  abraço|um abraço|beijos|
  groeten|groetjes|met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|
  vriendelijke groeten|hartelijke groet|mvg|bedankt|alvast bedankt|dank je|dank je wel|dank u|
  dank u wel|
  спасибо|большое спасибо|заранее спасибо|спасибо заранее|с уважением|с наилучшими пожеланиями|
  всего доброго|всего хорошего|с благодарностью|благодарю|заранее благодарю|
  pozdrawiam|serdecznie pozdrawiam|pozdrawiam serdecznie|pozdrowienia|z poważaniem|
  z wyrazami szacunku|dziękuję|dzięki|z góry dziękuję|dziękuję z góry|
  tack|tack så mycket|tack på förhand|med vänliga hälsningar|vänliga hälsningar|hälsningar|
  med vänlig hälsning|vänlig hälsning|
  mvh|mange tak|på forhånd tak|tak for hjælpen|venlig hilsen|med venlig hilsen|
  venlige hilsner|hilsen|de bedste hilsner|takk|tusen takk|takk på forhånd|på forhånd takk|
  med vennlig hilsen|vennlig hilsen|
  teşekkürler|teşekkür ederim|şimdiden teşekkürler|şimdiden teşekkür ederim|saygılarımla|
  iyi günler|iyi çalışmalar|selamlar|sevgiler|
  groet|met groet|hartelijke groeten|gr.|att.|atte.|abs.|abs|bjs|valeu|vlw|grato|grata|
  cdlt|slds|obg|obgd|un saludo cordial|tschau|ta`);

/**
 * Sign-offs of languages whose everyday words the lexicon does not hold (Czech, Slovak, Finnish,
 * Ukrainian, Greek, Romanian, Hungarian, Vietnamese, Indonesian, Croatian, Serbian, Bulgarian,
 * Catalan, Malay, Lithuanian, Estonian): only a capitalised name after them, so "děkuji za
 * pomoc" keeps its words. Turkish closings that open a sentence are here too: a capital "İ" is no
 * "i" to a pattern that ignores case ("İyi çalışmalar, Kerem"), and the lexicon holds only
 * Turkish's small words ("İyi çalışmalar, yedekleme hâlâ olmuyor").
 */
export const CAPITAL_SIGN_OFFS = phrases(`
  s pozdravem|s přátelským pozdravem|se srdečným pozdravem|děkuji|děkuju|díky|předem děkuji|
  předem díky|hezký den|s pozdravom|ďakujem|terveisin|ystävällisin terveisin|
  parhain terveisin|kiitos|kiitos jo etukäteen|kiitos etukäteen|kiitti|t.|дякую|щиро дякую|
  заздалегідь дякую|з повагою|з найкращими побажаннями|всього найкращого|гарного дня|
  ευχαριστώ|ευχαριστώ πολύ|ευχαριστώ εκ των προτέρων|ευχαριστω|φιλικά|με εκτίμηση|με τιμή|
  χαιρετισμούς|καλή συνέχεια|mulțumesc|mulţumesc|multumesc|mulțumesc anticipat|
  multumesc anticipat|cu stimă|cu stima|cu respect|o zi bună|toate cele bune|numai bine|
  salutări|köszönöm|köszi|előre is köszönöm|üdvözlettel|tisztelettel|üdv|szép napot|
  minden jót|baráti üdvözlettel|cảm ơn|cám ơn|xin cảm ơn|trân trọng|thân mến|thân ái|
  terima kasih|terima kasih banyak|makasih|salam|hormat saya|salam hangat|vďaka|
  ďakujem pekne|hvala|hvala vam|hvala lijepa|unaprijed hvala|unapred hvala|lijep pozdrav|
  lep pozdrav|srdačan pozdrav|srdačno|pozdrav|veliki pozdrav|s poštovanjem|sa poštovanjem|
  благодаря|благодаря ви|благодаря предварително|предварително благодаря|поздрави|
  с уважение|всичко хубаво|gràcies|moltes gràcies|gràcies per endavant|salutacions|
  atentament|cordialment|una abraçada|fins aviat|yang benar|yang ikhlas|sekian|salam hormat|
  ačiū|labai ačiū|dėkoju|iš anksto dėkoju|iš anksto ačiū|pagarbiai|su pagarba|linkėjimai|
  tänan|aitäh|tänan ette|lugupidamisega|parimate soovidega|tervitades|tervitustega|
  İyi günler|İyi çalışmalar|İyi akşamlar|iyi akşamlar|kolay gelsin|İYİ GÜNLER|İYİ ÇALIŞMALAR`);
