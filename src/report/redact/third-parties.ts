import { isCarrier } from './carriers.ts';
import { isCommon, isKin, isNameThatIsAWord, phrases } from './lexicon.ts';
import { readName, wordAt } from './reader.ts';
import { isCity } from './cities.ts';
import { isRegion } from './regions.ts';
import { INNER_CAPITAL } from './signatures.ts';
import { WALL, atWordStart, type Span } from './spans.ts';

/**
 * Other people named in a note through who they are to the writer ("my husband Rajesh", "my boss
 * Janet", "ma fille Élise", "Opa Heinz", "Fam. Visser", "Grandad (Arthur Pennington)"), through their role at Apple ("Advisor Kendra", "le
 * conseiller, Karim", "Специалист Алексей"), or as the one to ask for ("spoke to Darnell",
 * "fråga efter Sune", "Kate from Apple called"). Only a capitalised name counts. English
 * "family" is left out: "Family Sharing" is a feature.
 */

/**
 * Danish, Norwegian and Swedish relatives with the article on the end ("mora", "sønnen",
 * "dottern"): Norwegian puts the possessive after them ("mora mi Kari", "faren min Per").
 */
const NORDIC_DEFINITE = `mora|moren|moderen|faren|faderen|dattera|datteren|dottera|dottern|
  sønnen|sonen|kona|konen|frua|frun|manden|mannen|maken|broren|brodern|søstera|søsteren|
  systern|bestemora|bestemoren|bestefaren|farmora|mormora|svigermora|svigermoren|svigerfaren|
  kjæresten|kæresten|samboen|sambon|mamman|pappan|barnebarnet|barnbarnet`;
const NORDIC_POSSESSIVE = new RegExp(
  `(?:${phrases(NORDIC_DEFINITE)})[ \\t]+(?:mi|min|mitt|mine|vår)[ \\t]+`,
  'giu',
);

const RELATIONS = `
  husband|wife|hubby|bf|gf|bff|bestie|sis|bro|son|daughter|grandson|granddaughter|grandma|
  grandpa|grandad|granddad|granny|grandmother|grandfather|nan|nana|mum|mom|mother|dad|father|brother|sister|friend|neighbour|
  neighbor|cousin|uncle|aunt|niece|nephew|colleague|partner|boyfriend|girlfriend|kids|children|
  sons|daughters|grandkids|grandchildren|twins|parents|grandparents|brothers|sisters|cousins|
  nieces|nephews|kinder|söhne|töchter|enkelkinder|eltern|geschwister|brüder|schwestern|enfants|
  filles|petits-enfants|frères|sœurs|soeurs|hijos|hijas|nietos|nietas|hermanos|hermanas|figli|
  figlie|nipoti|fratelli|sorelle|filhos|filhas|netos|netas|irmãos|irmãs|kinderen|zonen|dochters|
  kleinkinderen|broers|zussen|
  mann|frau|sohn|tochter|enkel|enkelin|oma|opa|mutter|vater|bruder|schwester|freund|freundin|
  nachbar|nachbarin|kollege|kollegin|cousine|onkel|tante|neffe|nichte|familie|fam|
  mari|femme|fils|fille|petit-fils|petite-fille|mamie|papi|grand-mère|grand-père|mère|père|
  frère|sœur|soeur|ami|amie|voisin|voisine|collègue|oncle|neveu|nièce|famille|
  marido|esposo|esposa|mujer|hijo|hija|nieto|nieta|abuela|abuelo|madre|padre|hermano|hermana|
  amigo|amiga|vecino|vecina|compañero|compañera|tío|tía|sobrino|sobrina|familia|
  marito|moglie|figlio|figlia|nipote|nonna|nonno|fratello|sorella|amico|amica|
  collega|cugino|cugina|zio|zia|famiglia|signor|signora|señor|señora|senhor|senhora|
  filho|filha|neto|neta|avó|avô|mãe|pai|irmão|irmã|vizinho|vizinha|colega|tio|tia|família|
  vrouw|zoon|dochter|kleinzoon|kleindochter|moeder|broer|zus|vriend|vriendin|buurman|
  buurvrouw|neef|fru|dotter|barnbarn|mormor|farmor|morfar|farfar|mamma|pappa|bror|
  syster|kompis|granne|mąż|żona|syn|córka|wnuk|wnuczka|babcia|dziadek|brat|siostra|
  przyjaciel|przyjaciółka|sąsiad|sąsiadka|муж|жена|сын|дочь|внук|внучка|бабушка|дедушка|
  мама|папа|брат|сестра|друг|подруга|сосед|соседка|мужа|жены|сына|дочери|внука|внучки|бабушки|
  дедушки|мамы|папы|брата|сестры|друга|подруги|manžel|manželka|dcera|vnuk|vnučka|
  babička|děda|kamarád|kamarádka|soused|sousedka|σύζυγος|γιος|κόρη|εγγονός|εγγονή|γιαγιά|
  παππούς|suami|istri|cucu|nenek|kakek|oğlum|kızım|eşim|kocam|karım|annem|babam|kardeşim|
  torunum|arkadaşım|ablam|ağabeyim|
  boss|manager|teacher|landlord|landlady|roommate|flatmate|housemate|carer|caregiver|tutor|
  coworker|co-worker|coach|it guy|it admin|chef|chefin|lehrer|lehrerin|vermieter|
  vermieterin|mitbewohner|mitbewohnerin|patron|patronne|jefe|jefa|capo|chefe|baas|huisgenoot|
  szef|szefowa|начальник|начальница|mother-in-law|father-in-law|sister-in-law|brother-in-law|
  son-in-law|daughter-in-law|nanny|babysitter|au pair|childminder|housekeeper|nichtje|neefje|oom|
  stepmother|stepfather|stepson|stepdaughter|schwiegermutter|schwiegervater|schwiegertochter|
  schwiegersohn|belle-mère|beau-père|belle-fille|beau-fils|suegra|suegro|nuera|yerno|suocera|
  suocero|nuora|genero|sogra|sogro|nora|genro|schoonmoeder|schoonvader|schoondochter|
  schoonzoon|svärmor|svärfar|svigermor|svigerfar|teściowa|teść|synowa|zięć|mamy|taty|babci|
  dziadka|córki|żony|męża|siostry|brata|teściowej|
  mor|far|søster|søs|datter|søn|sønn|kone|mand|bestemor|bestefar|kæreste|kjæreste|sambo|
  moster|faster|morbror|farbror|svoger|svigerinde|svigerinne|kusine|fetter|nabo|venn|venninne|
  veninde|${NORDIC_DEFINITE}|
  stepsister|stepbrother|half-sister|half-brother|godmother|godfather|goddaughter|godson|
  fiancé|fiancée|fiance|fiancee|stiefmutter|stiefvater|halbbruder|halbschwester|beau-frère|
  belle-sœur|belle-soeur|cuñado|cuñada|cognato|cognata|cunhado|cunhada|sobrinho|sobrinha|
  schoonzus|schoonbroer|zwager|svåger|svägerska|kusin|brorson|brorsdotter|systerson|
  systerdotter|szwagier|szwagierka|kuzyn|kuzynka|bratanek|bratanica|siostrzeniec|siostrzenica|
  yeğenim|eniştem|yengem|kuzenim|teyzem|halam|dayım|amcam`;
const ROLES = `
  advisor|adviser|senior advisor|agent|rep|representative|technician|specialist|consultant|
  supervisor|berater|beraterin|mitarbeiter|mitarbeiterin|techniker|technikerin|
  conseiller|conseillère|technicien|technicienne|opérateur|opératrice|asesor|asesora|agente|
  técnico|técnica|operador|operadora|operatore|operatrice|consulente|tecnico|tecnica|
  atendente|assistente|consultor|consultora|medewerker|medewerkster|adviseur|rådgivaren|
  rådgivare|handläggaren|konsultant|konsultantka|doradca|специалист|оператор|консультант|
  сотрудник|сотрудница|danışman|temsilci|poradce|poradkyně|operátor|operátorka|σύμβουλος|
  τεχνικός|nhân viên|tư vấn viên|staf|petugas`;
/**
 * Words that say the name comes next: "a daughter named Emma", "the agent's name was Kevin";
 * after a role also "was" or "is" ("the advisor was Jordan"), since a role is rarely described
 * by a capitalised word.
 */
const NAMED = String.raw`[ \t]+(?:named|called|genannt|namens|nommée?|llamad[oa]|chiamat[oa]|chamad[oa]|genaamd)|['’]s[ \t]+name[ \t]+(?:is|was)`;
const RELATED = new RegExp(
  `(?:(?:${phrases(RELATIONS)})(?:${NAMED})?|(?:${phrases(ROLES)})(?:${NAMED}|[ \\t]+(?:was|is))?)\\.?[ \\t]*,?[ \\t]+\\(?`,
  'giu',
);

/**
 * What stands before a relation or a role that names someone: a possessive or an article ("my
 * husband", "il nipote", "l'operatore", "dem Mitarbeiter"), a greeting ("Hallo Opa Heinz"), or the
 * start of a clause, a bracket or a quote ("Grandson Callum set it up", "(Advisor Kendra)", a
 * device named "Grandma Rosa"). In a title ("Apple Premium Partner Store") the word before is
 * capitalised and none of these.
 */
const BEFORE_RELATED = new RegExp(
  `(?:^|[\\n.!?(:;,—–"“„«-]|(?<![\\p{L}])(?:${phrases(`my|our|his|her|their|your|the|a|an|
  mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unserer|dein|deine|der|die|das|
  dem|den|des|mon|ma|mes|notre|nos|son|sa|ses|le|la|les|l'|un|une|du|au|mi|mis|nuestro|
  nuestra|su|sus|el|los|las|una|del|al|il|lo|mio|mia|i|gli|della|dello|al|alla|o|os|as|meu|
  minha|nosso|nossa|do|da|ao|um|uma|mijn|onze|zijn|haar|de|het|een|min|mitt|mina|vår|vårt|
  din|sin|mój|moja|moją|mojego|mojej|мой|моя|мою|моего|моей|наш|наша|benim|bizim|můj|moje|
  mého|mou|ο|η|τον|την|του|της|hi|hello|hey|dear|hallo|liebe|lieber|bonjour|salut|hola|ciao|
  olá|oi|hoi|hej|cześć|привет`)})|(?<![\\p{L}])(?:${phrases(RELATIONS)})['’]s)[ \\t]*$`,
  'iu',
);

/**
 * A possessive and a relative in the case the sentence gives them, then the name: "das iPad meines
 * Sohnes Malte", "у моей жены Светланы", "z moim mężem Krzysztofem", "мого батька Миколи",
 * "med min man Anders". With the possessive read, the relative needs nothing before it, and its
 * Slavic forms are read by their stems, so every case counts.
 */
const POSSESSIVES = `my|our|mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|
  unserer|unseres|sein|seine|seinem|seinen|seiner|seines|ihr|ihre|ihrem|ihren|ihrer|ihres|dein|
  deine|deinem|deinen|deiner|deines|mijn|onze|min|mitt|mina|vår|mon|ma|mes|mi|mis|mio|mia|
  mie|miei|nostri|meu|minha|minhas|nossos|nossas|мой|моя|моё|мое|мои|моего|моей|моему|моим|моём|моем|мою|моих|наш|наша|нашего|
  нашей|нашему|нашим|нашем|нашу|наших|мій|моє|мого|моєї|моєму|моїй|моїм|моєю|моїх|нашого|
  нашої|нашому|нашій|mój|moja|moje|mojego|mojej|mojemu|moim|moją|moich|mym|nasz|nasza|naszego|
  naszej|naszemu|naszym|naszą|můj|moje|má|mého|mému|mým|mou|mojí|mé|svou|svým|svého|svojí|svoje|
  náš|naše|našeho|naší|naším|našemu|meva|meus|meves|nostre|nostra|nostro|mu|minu`;
/**
 * German genitives, Nordic and Dutch words for a husband, Catalan and Estonian relatives, which
 * the relatives do not list.
 */
const MORE_RELATIVES = `sohnes|mannes|bruders|vaters|enkels|freundes|onkels|neffen|kollegen|nachbarn|
  schwagers|schwager|schwägerin|ehemann|ehemannes|ehefrau|enkelsohn|enkeltochter|stiefsohn|
  stieftochter|man|mand|echtgenoot|echtgenote|germà|germana|fill|filla|pare|mare|avi|àvia|marit|
  dona|cosí|cosina|oncle|tiet|tieta|nebot|neboda|sogre|sogra|nét|néta|company|companya|vend|õde|
  ema|isa|poeg|tütar|abikaasa|sõber|sõbranna|naaber|kolleeg|onu|tädi|vanaema|vanaisa`;
/** Czech relatives by stem, with their case endings: "se sestrou Lucií", "s mým manželem Karlem". */
const CZECH_RELATIVES = String.raw`žen(?:a|y|ě|u|ou|o)|muž(?:e|i|em|ovi)?|tet(?:a|y|ě|u|ou)|strýc(?:e|i|em)?|manžel(?:a|ovi|em|e|i)?|manželk(?:a|y|u|ou|o)|manželce|dcer(?:a|y|u|ou|o)|dceři|dcerk(?:a|y|u|ou)|synem|synovi|bratr(?:a|ovi|em|e|u)?|sestr(?:a|y|u|ou|o)|sestře|mám(?:a|y|ou|ě|u)|mamink(?:a|y|u|ou)|mamince|tát(?:a|y|ovi|ou|u)|tatínk(?:a|ovi|em)|tatínek|babičk(?:a|y|u|ou)|babičce|děd(?:a|y|ovi|ou|u)|dědeček|dědečk(?:a|ovi|em)|kamarád(?:a|ovi|em|e|u)?|kamarádk(?:a|y|u|ou)|kamarádce|vnuk(?:a|ovi|em|u)?|vnučk(?:a|y|u|ou)|vnučce|soused(?:a|ovi|em|e|u)?|sousedk(?:a|y|u|ou)|sousedce|tchyn(?:ě|i|í)|tchán(?:a|ovi|em)?|švagr(?:a|ovi|em|e|u)?|švagrov(?:á|é|ou)|přítel(?:e|i|em)?|přítelkyn(?:ě|i|í)`;
/** Russian, Ukrainian, Polish and Czech relatives by stem, with their case endings. */
const SLAVIC_RELATIVES = String.raw`(?:т[её]щ(?:а|и|е|у|ей|ёй)|свекров(?:ь|и|ью)|свекр(?:а|у|ом|е)?|зят(?:ь|я|ю|ем|е)|невестк[аеиуой]|шурин(?:а|у|ом|е)?|свояк(?:а|у|ом|е)?|кузен(?:а|у|ом|е)?|кузин[аыеуой]|т[её]т(?:я|и|е|ю|ей)|дяд(?:я|и|е|ю|ей)|тітк(?:а|и|у|ою|ці)|дядьк(?:о|а|у|ом|ові)|племінни(?:к|ка|ку|ком|кові|ц(?:я|і|ю|ею))|szwagr(?:a|owi|em|ze)|szwagier|szwagierk(?:a|i|ę|ą)|szwagierce|kuzyn(?:a|owi|em|ie)?|kuzynk(?:a|i|ę|ą)|kuzynce|ciotk(?:a|i|ę|ą)|cioci(?:a|ą|ę)?|wuj(?:ek|ka|kowi|kiem|ku)|bratan(?:ek|ka|kowi|kiem|ku)|bratanic(?:a|y|ę|ą)|муж(?:а|у|ем|е)?|жен(?:а|ы|е|у|ой)|сын(?:а|у|ом|е)?|доч(?:ь|ери|ерью|к[аеиуой])|брат(?:а|у|ом|е|ові)?|сестр(?:а|ы|е|у|ой|і|и|ою)|мам(?:а|ы|е|у|ой|і|и|ою)|пап(?:а|ы|е|у|ой)|бабушк[аеиуой]|дедушк[аеиуой]|внук(?:а|у|ом|е)?|внучк[аеиуой]|друг(?:а|у|ом|е|ові)?|подруг[аеиуойі]|сосед(?:а|у|ом|е)?|соседк[аеиуой]|племянни(?:к|ка|ку|ком|ке|ц[аеыуой])|чоловік(?:а|у|ом|ові)?|дружин(?:а|и|і|у|ою)|син(?:а|у|ом|ові)?|дон(?:ька|ьки|ьку|ькою|ці|ечка|ечки|ечку|ечці)|дочк(?:а|и|у|ою)|дочці|тат(?:о|а|у|ом|ові)|батьк(?:о|а|у|ом|ові)|бабус(?:я|і|ю|ею)|дідус(?:ь|я|ю|ем|еві)|онук(?:а|у|ом|ові)?|онучк(?:а|и|у|ою)|сусід(?:а|у|ом|ові)?|mąż|męż(?:a|owi|em|u)|żon(?:a|y|ie|ę|ą|o)|syn(?:a|owi|em|u)?|synk(?:a|owi|iem|u)|synek|córk(?:a|i|ę|ą|o)|córce|córeczk(?:a|i|ę|ą)|córeczce|brat(?:a|u|em|owi)?|siostr(?:a|y|ę|ą|o)|siostrze|mam(?:a|y|ie|ę|ą)|mamusi|tat(?:a|y|ę|ą|cie)|babci(?:a|ą|ę)?|dziad(?:ek|ka|kowi|kiem|ku)|wnuk(?:a|owi|iem|u)?|wnuczk(?:a|i|ę|ą)|wnuczce|przyjaciel(?:a|owi|em|u)?|przyjaciółk(?:a|i|ę|ą)|przyjaciółce|sąsiad(?:a|owi|em|ka|ki|kę|ką|ce)?|teściow(?:a|ej|ą)|teść|teścia|teściowi|${CZECH_RELATIVES})(?![\p{L}])`;
/**
 * Which one of several the relative is, said after them where the language puts adjectives after
 * the noun: "mi hermano mayor Pedro", "mia sorella minore Chiara", "meu irmão mais velho Rodrigo",
 * "ma sœur aînée Claire", "la meva germana gran Núria", "mi tía abuela Remedios". Before the
 * noun any one lower-case word does ("my older brother Callum", "mój starszy brat Bartek").
 */
const WHICH_ONE = `mayor|menor|pequeño|pequeña|mediano|mediana|gemelo|gemela|mellizo|melliza|abuelo|
  abuela|segundo|segunda|maggiore|minore|piccolo|piccola|più grande|più piccolo|più piccola|gemello|
  gemella|mais velho|mais velha|mais novo|mais nova|caçula|do meio|gêmeo|gêmea|gémeo|gémea|aîné|
  aînée|ainé|ainée|cadet|cadette|jumeau|jumelle|gran|petit|petita|bessó|bessona`;
const POSSESSED = new RegExp(
  `(?:${phrases(POSSESSIVES)})[ \\t]+(?:\\p{Ll}[\\p{L}\\p{M}'’-]*[ \\t]+)??(?:${phrases(`${RELATIONS}|${MORE_RELATIVES}`)}|${SLAVIC_RELATIVES})(?:[ \\t]+(?:${phrases(WHICH_ONE)}))?[ \\t]+`,
  'giu',
);
/**
 * Russian, Ukrainian and Polish name a relative after a preposition without "my" as often as with
 * it ("вместе с тёщей Валентиной", "у сестры Олеси", "z siostrą Agnieszką"); there too the
 * capitalised word after the relative is their name.
 */
const SLAVIC_AFTER_PREPOSITION = new RegExp(
  `(?<![\\p{L}])(?:вместе с|с|со|у|для|от|к|ко|и|з|із|від|до|та|z|ze|u|dla|od|do|i|oraz|s|se|pro|k|ke|a)[ \\t]+${SLAVIC_RELATIVES}[ \\t]+`,
  'giu',
);
/**
 * Or set apart by a comma, as Russian and Ukrainian do: "від імені мами, Галини Іванівни",
 * "для жены, Марины". There a capital is a name: a clause after a comma opens in lower case.
 */
const SLAVIC_APPOSITION = new RegExp(
  `(?<![\\p{L}])${SLAVIC_RELATIVES},[ \\t]+(?=\\p{Script=Cyrillic})`,
  'giu',
);
/**
 * Greek and Romanian put the possessive after the relative, in the case the sentence gives
 * them: "η αδελφή μου Ελένη", "της κόρης μου Μαρίας", "Soția mea Ioana", "telefonul fiului meu
 * Andrei". Greek relatives by stem, read with or without their accents.
 */
const GREEK_RELATIVES = String.raw`(?:αδ[εέ][λρ]φ|ξ[αά]δ[εέ]ρφ|εγγον|ανιψι|θε[ιί]|φ[ιί]λ)(?:[ηή]ς?|[οό][υς]?|[αά]ς?)|σ[υύ]ζυγ(?:ος|ου|ο)|γυνα[ιί]κας?|[αά]ν[δτ]ρας?|γιο[υς]?|κ[οό]ρης?|μητ[εέ]ρας?|μαμ[αά]ς?|πατ[εέ]ρας?|μπαμπ[αά]ς?|γιαγι[αά]ς?|παππο[υύ]ς?|κουνι[αά]δ(?:ος|α)`;
const ROMANIAN_RELATIVES = String.raw`so[țţt](?:ia|ul|iei|ului)|fii?ca|fiicei|fiul|fiului|mama|mamei|tata|tat[ăa]lui|fratele|fratelui|sora|surorii|bunic(?:a|ul|ii|ului)|prieten(?:ul|a|ului|ei)|nepo(?:tul|ata|tului|atei)|v[ăa]rul|veri[șşs]oara|cumnat(?:ul|a)|socrul|soacra`;
const POSTPOSED = new RegExp(
  `(?:${GREEK_RELATIVES}|${ROMANIAN_RELATIVES})[ \\t]+(?:μου|μας|mea|meu|mele|mei|noastre|nostru)[ \\t]+(?:(?:mai|cel|cea)[ \\t]+(?:mare|mic|mică|mica)[ \\t]+)?`,
  'giu',
);

/**
 * Any lower-case noun after a possessive, then a capitalised word, names someone the list of
 * relatives and roles does not hold: "my bf Kieran", "Mój kierownik Tomasz", "Мій керівник
 * Олег", "Můj šéf Petr", and so does one before a possessive that follows it ("Șeful meu Andrei",
 * "ο προϊστάμενός μου ο Γιώργος"). There a capital marks a name, a brand (THINGS) or a place.
 * German writes every noun with a capital ("mein privates Konto"), English its features and
 * languages ("my whole Photo Library", "my poor English"): both are left to the lists above.
 */
const CAPITALS_TELL = POSSESSIVES.split('|')
  .map((word) => word.trim())
  .filter((word) => !/^(?:my|our|mein|unser|sein|ihr|dein)/u.test(word))
  .join('|');
const ANY_POSSESSED = new RegExp(
  String.raw`(?:(?:${phrases(CAPITALS_TELL)})[ \t]+(?<noun>\p{Ll}[\p{L}\p{M}'’-]+)|(?<![\p{L}\p{M}-])(?<postposed>\p{L}[\p{L}\p{M}-]+)[ \t]+(?:μου|meu|mea)(?:[ \t]+[οη])?),?[ \t]+`,
  'giu',
);

/**
 * Vietnamese puts the possessive after the relative: "con gái tôi Thảo", "chồng mình Minh", "chị
 * tôi Hằng".
 */
const VI_RELATIVE = new RegExp(
  `(?:${phrases(`con gái|con trai|chồng|vợ|mẹ|bố|anh trai|chị gái|em gái|em trai|cháu|bạn|anh|chị|em|
  ông|bà|cô|chú|dì|bác|cậu|con`)})[ \\t]+(?:tôi|mình|em|của tôi|của mình)[ \\t]+`,
  'giu',
);

/**
 * Apps and devices said after a relative, whose they are ("my daughter Instagram", "у моей жены
 * Айфон", "meiner Tochter Handy"): no one's name. A capital inside ("WhatsApp", "TikTok") marks
 * an app too.
 */
const THINGS = new Set(
  `instagram whatsapp facebook tiktok youtube snapchat telegram signal viber wechat line gmail
  outlook minecraft roblox fortnite spotify netflix handy smartphone tablet айфон айпад телефон
  смартфон планшет samsung galaxy xiaomi redmi huawei honor oppo motorola nokia pixel sony lenovo
  windows`.split(/\s+/),
);
export const isThing = (words: string) =>
  THINGS.has(words.toLowerCase()) || INNER_CAPITAL.test(words);

/**
 * Relatives that carry "my" as a suffix, Finnish ("veljeni Juha", "äitini Pirjo"), Turkish
 * ("annem Ayşe", "kuzenim Emre") and Hungarian ("a húgom Eszter", "főnököm Zoltán"): with the
 * possessive inside the word, nothing needs to stand before it. The languages capitalise names
 * and places only.
 */
const SUFFIXED = `äitini|isäni|veljeni|siskoni|sisareni|poikani|tyttäreni|vaimoni|mieheni|puolisoni|
  avopuolisoni|kumppanini|ystäväni|kaverini|naapurini|serkkuni|isoäitini|isoisäni|mummoni|mummini|
  pappani|ukkini|enoni|setäni|tätini|anoppini|appeni|lapsenlapseni|kollegani|työkaverini|pomoni|
  esimieheni|oğlum|kızım|eşim|kocam|karım|annem|babam|kardeşim|torunum|arkadaşım|ablam|ağabeyim|
  abim|yeğenim|eniştem|yengem|kuzenim|teyzem|halam|dayım|amcam|patronum|müdürüm|anyám|apám|
  bátyám|öcsém|nővérem|húgom|feleségem|férjem|fiam|lányom|unokám|barátom|barátnőm|nagymamám|
  nagyapám|főnököm|kollégám|szomszédom|unokatestvérem`;
const SUFFIX_POSSESSED = new RegExp(
  `(?<![\\p{L}])(?<suffixed>${phrases(SUFFIXED)}),?[ \\t]+`,
  'giu',
);

/** Dutch "nicht" (niece, female cousin) is German "not": it counts only after a Dutch "my", "our". */
const DUTCH_NICHT = /(?<![\p{L}])(?:mijn|m['’]n|onze)[ \t]+nicht[ \t]+/giu;

/**
 * Turkish says where someone is with a case ending after an apostrophe ("annem Ankara'da"), which
 * leaves the place's own name to read. Finnish and Hungarian endings are glued on
 * ("Helsingissä", "Budapesten") and end given names as well ("Vanessa", "Ella", "Áron").
 */
function isPlace(words: string): boolean {
  const bare = words.replace(/['’]\p{L}+$/u, '');
  return isRegion(bare) || isCity(bare);
}

/** After a possessive and a relative, a capitalised word is their name. */
function* possessed(text: string): Generator<Span> {
  const matches = [
    ...atWordStart(POSSESSED, text),
    ...[...atWordStart(ANY_POSSESSED, text)].filter(({ groups }) =>
      groups!.noun
        ? /^\p{Ll}/u.test(groups!.noun) && (isKin(groups!.noun) || !isCommon(groups!.noun))
        : !isCommon(groups!.postposed!),
    ),
    ...atWordStart(SLAVIC_AFTER_PREPOSITION, text),
    ...atWordStart(SLAVIC_APPOSITION, text),
    ...atWordStart(POSTPOSED, text),
    ...atWordStart(SUFFIX_POSSESSED, text),
    ...atWordStart(DUTCH_NICHT, text),
  ];
  for (const match of matches) {
    const at = match.index + match[0].length;
    const word = wordAt(text, at);
    if (!word || !/^\p{Lu}\p{Ll}/u.test(word.text)) continue;
    const anyCase = isNameThatIsAWord(word.text);
    const name = readName(text, at, { anyCase });
    const words = name ? text.slice(name.start, name.end) : '';
    if (!name || isCarrier(words) || isThing(words)) continue;
    // After a comma the next clause may open with a place: "Отправил брату, Москва далеко"; after
    // any noun the place may be what it names ("mi ciudad Madrid"), after a suffixed relative where
    // they are ("annem İstanbul'da").
    const placeMayFollow = match[0].includes(',') || match.groups;
    if (placeMayFollow && isPlace(words)) continue;
    yield name;
  }
}

/**
 * The one to ask for or who was spoken to: "spoke to Darnell", "chiedere di Gianni", "fala com …",
 * "Rozmawiałam z Pawłem".
 */
const ASKED_FOR = new RegExp(
  `(?:${phrases(`ask for|asked for|spoke to|spoke with|talked to|talk to|speak to|speak with|
  chatted with|chatted to|chat avec|parlé avec|parlé à|hablé con|ho parlato con|falei com|
  rozmawiałam z|rozmawiałem z|разговаривал с|разговаривала с|говорил с|говорила с|
  chiedere di|chiedi di|chiedete di|fråga efter|spør etter|spørg efter|спросите|спросить|
  позовите|fala com|falar com|fale com|pregunta por|preguntar por|pregunte por|demandez|
  vraag naar|vragen naar`)})[ \\t]+`,
  'giu',
);
/**
 * "Call Joanne on 07700 …", "Email Dave at …", "Ruf Jörg unter … an": whom to reach, right before
 * how. Phone numbers and emails are masked before names, so what follows "on" is a mask (or
 * digits, when the number was too short for one); a bracket around the number is inside its
 * mask ("call Linda (+1 212 …)").
 */
const REACH = new RegExp(
  `(?:${phrases(`call|ring|phone|text|contact|email|e-mail|message|whatsapp|ruf|ruft|rufen sie|
  kontaktieren sie|schreib|appelez|appelle|appeler|contactez|llama|llame|llamar|contacta|
  chiama|chiamate|contatta|ligue|ligar|liga|bel|bellen|mail|zadzwoń do|позвоните|звоните`)})[ \t]+`,
  'giu',
);
const REACHED_BY = new RegExp(
  String.raw`^[ \t]+(?:on|at|via|unter|au|al|a|no|op|pod|по|na)[ \t]*:?[ \t]*[${WALL}+(\d]|^[ \t]*[:(]?[ \t]*[${WALL}+\d]`,
  'iu',
);

function* reached(text: string): Generator<Span> {
  for (const match of atWordStart(REACH, text)) {
    const name = readName(text, match.index + match[0].length, {});
    if (name && REACHED_BY.test(text.slice(name.end, name.end + 12))) yield name;
  }
}

/**
 * Who the note is written for or by, or who did something for the writer: "on behalf of Mrs.
 * Grace Okoro", "sent by Hamid", "ticket opened by Rachel Green", "eingerichtet von Jonas".
 */
const BEHALF = new RegExp(
  `(?:${phrases(`on behalf of|sent by|written by|im auftrag von|im namen von|de la part de|
  en nombre de|de parte de|a nome di|da parte di|em nome de|namens|от имени|w imieniu|
  opened by|created by|set up by|submitted by|filed by|configured by|eingerichtet von|
  erstellt von|configuré par|créé par|configurado por|creado por|configurato da|creato da`)})[ \\t]+`,
  'giu',
);

function* onBehalf(text: string): Generator<Span> {
  for (const match of atWordStart(BEHALF, text)) {
    const name = readName(text, match.index + match[0].length, {});
    // "sent by SMS": one word in capitals is an acronym.
    if (name && !/^[\p{Lu}\p{N}]+$/u.test(text.slice(name.start, name.end))) yield name;
  }
}

/**
 * Whom a message is from, heading what it says: "Note from Harriet:", "Message from Gareth -",
 * "Nachricht von Henrike:", "message de Clémence :", "bericht van Sanne:". Only before a colon, a
 * dash or a bracket: elsewhere "de", "di", "von" go on to a thing ("message de Sauvegarde iCloud").
 */
const MESSAGE_FROM = new RegExp(
  `(?:${phrases(`note from|message from|text from|email from|e-mail from|mail from|voicemail from|
  letter from|reply from|nachricht von|notiz von|mail von|e-mail von|sms von|message de|
  courriel de|mail de|mensaje de|nota de|correo de|messaggio da|nota da|
  mensagem de|mensagem da|mensagem do|recado de|recado da|recado do|bericht van|notitie van|
  berichtje van|сообщение от|записка от|wiadomość od|notatka od|meddelande från|besked från|
  besked fra|melding fra|beskjed fra`)})[ \t]+`,
  'giu',
);
const HEADS_MESSAGE = /^[ \t]*[:：(–—-]/u;
/** What "de" also joins to "message" in French, Spanish and Portuguese: "Mensaje de Alerta:". */
const MESSAGE_KINDS = new Set(
  `erro erreur alerta alerte aviso avertissement sistema système sauvegarde respaldo seguridad
  segurança sécurité notificación notification notificação confirmación confirmação
  vérification verificación verificação bienvenue bienvenida boas-vindas`.split(/\s+/),
);

function* messageFrom(text: string): Generator<Span> {
  for (const match of atWordStart(MESSAGE_FROM, text)) {
    const name = readName(text, match.index + match[0].length, {});
    if (!name || !HEADS_MESSAGE.test(text.slice(name.end, name.end + 4))) continue;
    const first = text.slice(name.start, name.end).split(/[ \t]/)[0]!.toLowerCase();
    if (!MESSAGE_KINDS.has(first)) yield name;
  }
}

/**
 * Someone else's name given outright: "her name is mia", "his full name's …". As with "my name
 * is", the words after it are a name whatever their case.
 */
const NAME_GIVEN = new RegExp(
  `(?:${phrases(`his name is|her name is|their name is|his name's|her name's|his full name is|
  her full name is|sein name ist|ihr name ist|son nom est|son prénom est|su nombre es|
  il suo nome è|o nome dele é|o nome dela é|zijn naam is|haar naam is|его имя|её имя|ее имя`)})[ \\t]*:?[ \\t]+`,
  'giu',
);
/**
 * "She's called Mia", "mi hija se llama Lucía", "sie heißt Mia", "Мою дочь зовут Алиса": the
 * verb names a person, or a thing ("la red se llama MOVISTAR"), so only a capitalised name
 * counts. German, Dutch and Nordic take a pronoun or a relative ("Mijn zoon heet Daan"), since
 * "das heißt" is "that is" and "die App heißt Fotos" names an app.
 */
const CALLED = new RegExp(
  `(?:${phrases(`she's called|he's called|she is called|he is called|they're called|
  se llama|se chama|si chiama|s'appelle|sie heißt|er heißt|sie heisst|er heisst|heißt sie|
  heißt er|hij heet|zij heet|ze heet|hon heter|han heter|hun hedder|han hedder|hun heter|
  зовут|его зовут|её зовут|ее зовут|nazywa się|ma na imię|jmenuje se|se jmenuje|adı`)}|(?:${phrases(
    RELATIONS,
  )})[ \\t]+(?:heet|heter|hedder|heißt|heisst))[ \\t]+`,
  'giu',
);

/** "Kate from Apple called", "Keisha from the Genius Bar": a first name, then where they work. */
const FROM_APPLE =
  /(?<![\p{L}\p{M}'’-])\p{Lu}\p{Ll}+(?=[ \t]+(?:from|von|vom|de|du|di|da|do|van|från|fra|z|из)[ \t]+(?:the[ \t]+)?(?:Apple|AppleCare|Genius[ \t]+Bar)(?![\p{L}]))/gu;
/** What else comes from Apple: "Bill from Apple was charged". */
const NOT_PEOPLE = new Set(
  'bill invoice receipt charge payment refund reply response answer update offer notice warning gift card order package delivery confirmation survey text reminder appointment booking notification voicemail quote estimate feedback'.split(
    ' ',
  ),
);
/**
 * "Chris (my brother) set it up", "Yannick (conseiller) m'a dit": a name, then who they are to the
 * writer or their role in brackets.
 */
const NAME_BEFORE_BRACKET =
  /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?(?=[ \t]*\()/gu;
const RELATION_IN_BRACKETS = new RegExp(
  String.raw`[ \t]*\((?:(?:my|our|mein|meine|meiner|unser|unsere|ma|mon|notre|mi|mio|mia|minha|meu|mijn|onze|min|mitt|moja|mój|мой|моя)[ \t]+(?:${phrases(RELATIONS)})|${phrases(ROLES)})\)`,
  'iuy',
);

function* relatedInBrackets(text: string): Generator<Span> {
  for (const match of text.matchAll(NAME_BEFORE_BRACKET)) {
    const end = match.index + match[0].length;
    RELATION_IN_BRACKETS.lastIndex = end;
    if (RELATION_IN_BRACKETS.test(text) && !match[0].split(/[ \t]/u).some(isCommon))
      yield { start: match.index, end };
  }
}

/** Turkish honorifics follow the name: "Burak Bey", "Umut Bey'i", "Ayşe Hanım". */
const TR_HONORIFIC = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+(?=[ \t]+(?:Bey|Hanım|Hanim)(?![\p{L}]))/gu;

function* after(pattern: RegExp, text: string, needsBefore = false): Generator<Span> {
  for (const match of atWordStart(pattern, text)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (needsBefore && !BEFORE_RELATED.test(before)) continue;
    // "Fam. Visser" is an abbreviation; "my husband. Then I tried" ends a sentence.
    if (/\p{L}{4}\.[ \t]/u.test(match[0])) continue;
    const at = match.index + match[0].length;
    // "Agent (Tier 2 Support):": a bracket after a role holds a person only when all of it is one.
    if (match[0].endsWith('(') && !bracketNamesPerson(text, at)) continue;
    const name = readName(text, at, {});
    if (!name) continue;
    const words = text.slice(name.start, name.end);
    // "оператор МТС", "operadora Vivo": the operator is the network they are with.
    if (isCarrier(words) || isThing(words)) continue;
    // "Annem Ankara'da": a place with its case ending after the apostrophe.
    if (/['’]/u.test(words) && isPlace(words)) continue;
    // "Advisor Notes:" is a heading; "Advisor Maria:" is who speaks in a chat transcript.
    if (text[name.end] !== ':' || !isHeading(words)) yield name;
  }
}

/** What a role heads as a heading rather than a person: "Advisor Notes:", "Agent Response:". */
const HEADING_WORDS = new Set(
  `notes note response reply answer advice summary comment comments feedback details info
  information update instructions recommendation antwort hinweis hinweise notiz notizen
  kommentar réponse conseil conseils remarque remarques respuesta nota notas comentario
  comentarios risposta resposta antwoord opmerking opmerkingen svar anteckningar odpowiedź
  notatki ответ заметки комментарий yanıt cevap notlar`.split(/\s+/),
);
const ROLE = new RegExp(`^(?:${phrases(ROLES)})$`, 'iu');
/**
 * Words of a job title or a team, which a bracket after a speaker's role holds as often as a name
 * ("Agent (Senior Advisor):", "Berater (Technischer Support):", "Специалист (Поддержка Apple):").
 */
const TITLE_WORDS = new Set(
  `senior junior lead head chief principal tier level team tech technical escalation escalations
  billing sales care desk service services department dept chat phone online store retail
  supervisor specialist expert trainee
  technischer technische technisches kundendienst kundenservice teamleiter teamleiterin leitung
  assistance technique équipe responsable service-client soporte técnico técnica equipo servicio
  supporto assistenza tecnico tecnica squadra suporte atendimento equipe klantenservice
  ondersteuning teamleider kundtjänst avdelning поддержка техподдержка отдел старший старшая
  ведущий ведущая підтримка відділ wsparcie zespół dział starszy starsza destek ekibi birimi
  kıdemli`.split(/\s+/),
);
const isTitleWord = (word: string) =>
  ROLE.test(word) || TITLE_WORDS.has(word.toLowerCase()) || /\p{N}/u.test(word);
const isHeading = (words: string) =>
  ROLE.test(words) ||
  words
    .split(/\s+/u)
    .some((word) => isCommon(word) || HEADING_WORDS.has(word.toLowerCase()) || isTitleWord(word));

/** What a bracket opened at `at` holds, when it closes on its line. */
const BRACKET_CONTENT = /[^()\n]{1,60}(?=\))/uy;

/** Whether the bracket at `at` names a person: no title, team, place or network inside. */
function bracketNamesPerson(text: string, at: number): boolean {
  BRACKET_CONTENT.lastIndex = at;
  const content = BRACKET_CONTENT.exec(text)?.[0].trim();
  if (!content) return true;
  return !isHeading(content) && !isRegion(content) && !isCarrier(content);
}

/**
 * Who speaks in a pasted chat transcript, in brackets after their side or role ("Apple Support
 * (Jasmine):", "Customer (Paul Okonkwo):", "Kunde (Heinz Vogel):"); not a place, a network or
 * another role ("Agent (Senior Advisor):").
 */
const SIDES = `apple|apple support|support|applecare|customer|client|me|you|user|kunde|kundin|
  ich|sie|moi|vous|cliente|yo|usuario|usuaria|io|eu|ik|klant|jij|jag|kund|du|ja|klient|я|
  клиент|клиентка|вы|ben|müşteri|siz`;
/** A time or a date in square brackets before a line of a transcript: "[10:42]", "[12/03 09:15]". */
const STAMP = String.raw`(?:\[[\d:./ \t-]{4,20}(?:[AaPp][Mm])?\][ \t]*)?`;
const SPEAKER_BRACKET = new RegExp(
  `^[ \\t]*${STAMP}(?:${phrases(`${SIDES}|${ROLES}`)})[ \\t]*\\([ \\t]*`,
  'gimu',
);
/** The side or role in square brackets, then who speaks: "[Agent] Marcus:", "[Advisor] Kendra:". */
const SPEAKER_AFTER_BRACKETED_ROLE = new RegExp(
  `^[ \\t]*${STAMP}\\[(?:${phrases(ROLES)})\\][ \\t]*`,
  'gimu',
);
const SPEAKER_END = /[ \t]*\)[ \t]*:/y;
/** Who speaks, then their side in brackets: "Jerome (Apple):", "Ines (AppleCare):". */
const SPEAKER_THEN_SIDE = new RegExp(
  String.raw`^[ \t]*${STAMP}(?<name>\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*\((?:${phrases(`apple|apple support|support|applecare|${ROLES}`)})\)[ \t]*:`,
  'dgimu',
);
/** Every word capitalised: the pattern reads its roles in any case, and so its letters. */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?:[ \t]\p{Lu}\S*)?$/u;

function* speakers(text: string): Generator<Span> {
  for (const match of text.matchAll(SPEAKER_BRACKET)) {
    const name = readName(text, match.index + match[0].length, {});
    if (!name) continue;
    SPEAKER_END.lastIndex = name.end;
    const words = text.slice(name.start, name.end);
    if (!SPEAKER_END.test(text) || isRegion(words) || isCarrier(words)) continue;
    if (!isHeading(words)) yield name;
  }
  for (const match of text.matchAll(SPEAKER_THEN_SIDE)) {
    const [start, end] = match.indices!.groups!.name!;
    const words = text.slice(start, end);
    if (CAPITALISED_WORDS.test(words) && !isHeading(words)) yield { start, end };
  }
  for (const match of text.matchAll(SPEAKER_AFTER_BRACKETED_ROLE)) {
    const name = readName(text, match.index + match[0].length, {});
    if (name && text[name.end] === ':' && !isHeading(text.slice(name.start, name.end))) yield name;
  }
}

/**
 * A relative, then the word that names them: "my daughter named emma", "mein Sohn heißt lukas",
 * "mi hijo se llama mateo". There the next word is a name in any case, unless it is a word of the
 * lexicon. English "called" is also the verb ("my son called me", "my wife called tech
 * support"), so after it only one word, followed by a break or by what a sentence about that
 * person goes on with ("my daughter called emma has the same problem").
 */
const RELATIVE_NAMED = new RegExp(
  `(?<![\\p{L}])(?:${phrases(RELATIONS)})[ \\t]+(?:(?<called>called)|${phrases(`named|genannt|namens|
  nommé|nommée|llamado|llamada|chiamato|chiamata|chamado|chamada|genaamd|heißt|heisst|heet|heter|
  hedder|se llama|s'appelle|si chiama|se chama|ma na imię|nazywa się|зовут`)})[ \\t]+`,
  'giu',
);
const CLAUSE_ENDS = /[ \t]*(?:[,.;!?)]|\r?\n|$)/uy;
const AFTER_CALLED_NAME = new RegExp(
  `${CLAUSE_ENDS.source}|[ \\t]+(?:and|has|had|is|was|uses|used|told|said|says|set|sets|gets|got|can|cannot|can't|does|did|who|also|too)(?![\\p{L}])`,
  'uy',
);

/** Lower-case words run on into the sentence ("named jake told me"): more than one ends a clause. */
function firstWordUnlessClause(text: string, name: Span): Span {
  CLAUSE_ENDS.lastIndex = name.end;
  if (CLAUSE_ENDS.test(text)) return name;
  const gap = /\s/u.exec(text.slice(name.start, name.end));
  return gap ? { start: name.start, end: name.start + gap.index } : name;
}

function* lowerCaseNamed(text: string): Generator<Span> {
  for (const match of atWordStart(RELATIVE_NAMED, text)) {
    const read = readName(text, match.index + match[0].length, { anyCase: true });
    if (!read || /^\p{Lu}/u.test(text[read.start]!)) continue;
    const name = firstWordUnlessClause(text, read);
    if (match.groups?.called) {
      AFTER_CALLED_NAME.lastIndex = name.end;
      if (/\s/u.test(text.slice(name.start, name.end)) || !AFTER_CALLED_NAME.test(text)) continue;
    }
    yield name;
  }
}

/**
 * After a relative and "mi", "min", a capitalised word is their name even where it is a word
 * elsewhere ("faren min Per", "kona mi Siri"); a product ("Apple-ID") is written otherwise.
 */
const WRITTEN_AS_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])/u;

function* nordicPossessed(text: string): Generator<Span> {
  for (const match of atWordStart(NORDIC_POSSESSIVE, text)) {
    const name = readName(text, match.index + match[0].length, { anyCase: true });
    if (name && WRITTEN_AS_NAME.test(text.slice(name.start, name.end))) yield name;
  }
}

function* given(text: string): Generator<Span> {
  for (const match of atWordStart(NAME_GIVEN, text)) {
    const name = readName(text, match.index + match[0].length, { anyCase: true });
    if (name) yield name;
  }
}

export function* thirdParties(text: string): Generator<Span> {
  yield* given(text);
  yield* after(CALLED, text);
  yield* after(RELATED, text, true);
  yield* possessed(text);
  yield* after(VI_RELATIVE, text);
  yield* nordicPossessed(text);
  yield* lowerCaseNamed(text);
  yield* after(ASKED_FOR, text);
  yield* reached(text);
  yield* onBehalf(text);
  yield* messageFrom(text);
  yield* relatedInBrackets(text);
  yield* speakers(text);
  for (const pattern of [FROM_APPLE, TR_HONORIFIC])
    for (const match of text.matchAll(pattern))
      if (!isCommon(match[0]) && !NOT_PEOPLE.has(match[0].toLowerCase()))
        yield { start: match.index, end: match.index + match[0].length };
}
