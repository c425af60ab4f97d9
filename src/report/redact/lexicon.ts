/**
 * Word lists the detectors share, for English, German, French, Spanish, Italian, Portuguese and
 * Dutch, the small words of Russian, Polish, Swedish, Danish, Norwegian and Turkish, and the
 * pronouns and family words of Slovak, Croatian, Serbian, Bulgarian, Catalan, Lithuanian,
 * Estonian and Malay (the words that stand between a device and its owner's name). Lower case;
 * compared with `isCommon` after lower-casing.
 */

const words = (list: string) => list.trim().split(/\s+/);

/**
 * Words that are never (the start of) a personal name: articles, pronouns, prepositions,
 * conjunctions, auxiliaries and the adjectives, nouns and verbs that follow "I'm", "ich bin",
 * "je suis" or a sign-off in ordinary notes, plus the technical words notes are full of.
 */
const COMMON = new Set(
  words(`
  a an the and or but nor so yet if of to in on at by for from with without about into onto
  over under after before since until up down out off again also still just only very really
  too quite not no yes ok okay i me my mine we us our you your yours he him his she her hers it
  its they them their this that these those here there what which who whom whose when where why
  how all any some each every both either neither other another such same own more most less
  is are was were be been being am do does did done have has had having can could would
  shall should might must need needs let get got getting trying using having going writing
  contacting calling sure unsure sorry afraid stuck lost new old back ready happy glad unable
  able confused frustrated desperate annoyed tired fed worried running through currently now
  today yesterday tomorrow again anyway everyone everybody all guys team folks mate much lot
  lots many please help hello hi hey dear thanks thank regards cheers best kind warm sincerely
  yours truly advance customer user owner support apple applecare genius iphone ipad ipod mac
  macbook imac watch find screen time center centre hotline helpline jamf intune mosyle kandji
  icloud backup backups settings storage wifi wi-fi wlan ios ipados macos itunes finder error
  fone imazing reiboot tenorshare anytrans 3utools dr.fone engineer manager developer doktor
  google android windows usb cable phone device account family plan photos data problem issue
  interface guide manual profile experience agent friendly name names id ids report reports
  battery gallery library safari memory history privacy security accessibility mini
  cordialement amicalement salutations atentamente cordialmente atenciosamente cumprimentos
  saudações bisous bises abrazos abraço besos beijos love xoxo hugs tschüss groetjes lg vg mfg
  mvg bg br kr forgot forgotten wrong incorrect correct field vergessen falsch oublié olvidé olvidado
  dimenticato esqueci vergeten lautet è é era ps p.s update edit note nb sent gesendet envoyé enviado inviato
  principal principale main primary standard normal local admin angry sad fine upset mad sick
  busy alone home away abroad retired elderly disabled blind deaf usuario usuaria utente
  médico médica medico médecin enfermeira enfermeiro enfermera enfermero infermiera infermiere
  infirmière infirmier
  engenheiro engenheira ingeniero ingeniera ingegnere ingénieur ingénieure vendedor vendedora
  venditore venditrice vendeur vendeuse motorista autónomo autónoma autonomo autonoma studente
  studentessa anziano anziana avocat avocate arzt ärztin krankenschwester krankenpfleger
  ingenieur ingenieurin anwalt anwältin hausfrau hausmann selbstständig selbständig
  utilisateur benutzer gebruiker überfordert verwirrt genervt sauer enttäuscht müde krank à
  ours theirs others less thus os previous various obvious serious numerous nervous anxious
  january february march july september october november december monday
  tuesday wednesday thursday friday saturday sunday
  und oder aber doch denn sondern der die das den dem des ein eine einen einem einer eines kein
  keine keinen nicht nichts noch schon auch nur sehr so ja nein mal ich mich mir mein meine
  meiner meines meinen du dich dir dein er ihn ihm sie ihr ihre es wir uns unser euch man hier
  da dort jetzt gerade heute gestern morgen seit bei mit von vom zu zum zur aus auf an am im in
  ins um für über unter vor nach ohne gegen durch bin bist ist sind war hat habe hab hatte haben
  kann konnte muss will wollte würde werde wird leider etwas total völlig sicher unsicher ratlos
  verzweifelt neu kunde kundin rentner rentnerin student studentin schüler schülerin lehrer
  lehrerin anfänger anfängerin laie neuling nutzer nutzerin besitzer besitzerin mitglied
  grüße gruß danke dank schön vielen allerseits zusammen alle alles dieses diese dieser diesem
  jenes welches meines deines seines ihres unseres eures keines eines beides meinem deinem
  seinem ihrem unserem eurem deinen seinen ihren unseren euren deiner seiner ihrer unserer januar februar
  märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag
  sonntag
  et ou mais donc car ni le la les un une des du de au aux ce cet cette ces mon ma mes ton ta
  tes son sa ses notre nos votre vos leur leurs je tu il elle on nous vous ils elles moi toi
  lui eux me te se y en ne pas plus rien jamais encore déjà aussi très trop bien mal ici là
  avec sans pour par sur sous dans chez vers depuis pendant avant après suis es est sommes êtes
  sont ai as avons avez ont étais était fait peux peut veux désolé désolée perdu perdue sûr
  sûre nouveau nouvelle client cliente merci beaucoup infiniment bonjour bonsoir salut madame
  monsieur tous trois janvier février mars avril juin juillet août septembre octobre novembre
  décembre lundi mardi mercredi jeudi vendredi samedi dimanche
  y o pero sino el los las unos unas del lo mi mis tu tus su sus nuestro nuestra yo él
  nosotros vosotros ellos ellas usted ustedes me te se nos os le les no sí ya muy más menos
  también tampoco aquí allí ahora hoy ayer con sin para por sobre entre desde hasta hacia soy
  eres es somos son estoy está estamos están he has ha hemos han tengo tiene tenemos tienen
  tenía necesito quiero puedo nuevo nueva nuevos desesperado desesperada cliente gracias
  muchas igualmente saludos hola todo todos tres seis enero febrero marzo abril mayo junio
  agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes
  sábado domingo
  e ma però il lo gli dei delle della dello degli al allo alla ai agli alle nel nella col mio
  mia miei mie tuo tua suo sua nostro vostro io lui lei noi voi loro mi ti ci vi si ne non più
  anche già ancora molto poco qui qua lì là ora oggi ieri con senza per tra fra su da sono sei
  siamo siete ho hai ha abbiamo avete hanno ero era nuovo nuova disperato disperata cliente
  grazie mille saluti ciao tutto tutti tanto gennaio febbraio marzo aprile maggio giugno luglio
  settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
  os as um uma uns umas ao aos à às do dos da das no nos na nas meu minha meus minhas seu sua
  eu ele ela nós vocês eles elas não sim já muito mais também aqui agora hoje ontem com sem
  para por sou é somos são estou está tenho tem preciso novo nova obrigado obrigada abraços mas
  janeiro fevereiro março maio junho julho setembro outubro dezembro
  en of maar dus het een mijn jouw zijn haar ons onze jullie hun ik jij je hij zij wij niet
  geen wel ook nog al heel erg hier daar nu vandaag gisteren met zonder voor door op aan uit
  bij naar van bent is zijn was heb hebt heeft hebben kan wil moet nieuw nieuwe klant
  bedankt dank groeten alvast boos blij moe ziek bang klaar als iets eens januari februari maart juni juli augustus
  и или но а да нет не ни я мы вы ты он она они оно меня мне мой моя моё мое мои ваш ваша наш
  у в во на с со к ко по за из от до для без о об при про это этот эта все всё уже ещё еще очень
  тоже также только так как что где когда сейчас сегодня вчера был была было были есть буду
  могу может нужно пожалуйста помогите здравствуйте привет спасибо клиент пользователь
  i oraz lub albo ale a nie tak już jeszcze też także bardzo tylko ja my wy ty on ona oni mój
  moja moje mam ma mamy jest są był była było na z ze do od dla bez po przy o u to ten ta
  te tego jak co gdzie kiedy teraz dziś dzisiaj wczoraj proszę pomocy dzień dobry klient
  klientka użytkownik
  och eller men inte ja nej jag vi ni du han hon de den det min mitt mina har hade är var
  på av för från till med utan efter före sedan nu idag igår mycket också bara kund användare
  og eller men ikke ja nej nei jeg vi dere du han hun de den det min mit mitt mine har havde
  hadde er var på af av for fra til uden uten efter etter før siden nu nå idag i dag i går
  meget mye også kun bare kunde bruger bruker
  ve veya ama fakat değil evet hayır biz siz sen o onlar benim bizim sizin bir bu şu
  için ile gibi kadar sonra önce şimdi bugün dün çok da de ki var yok müşteri kullanıcı iyi
  günler çalışmalar selamlar sevgiler teşekkürler adım
  môj moja moje mojej môjho mojho moju tvoj tvoja jeho jej náš naša váš vaša
  moj mog mojeg mojega mom mojoj njegov njezin njen njena naš vaš
  аз ми си мой моя моят моята твоя негов нейна наш ваш вашият на
  meu meva meus meves teu teva seu seva nostre nostra vostre vostra els les una amb per còpia copia
  mano tavo jo jos mūsų jūsų savo aš esu
  minu mu sinu su tema meie teie nende oma
  bogu богу
  sir madam siri forum community communauté comunidad comunità comunidade gemeinschaft leute
  experts experten friends amigos amis freunde arkadaşlar wszystkim pessoal gente chicos world
  meinung ansicht überzeugung auffassung hoffnung neue neuer someone somebody nobody anyone
  email mail message call letter notification popup sms alert unknown kontakt bescheid
  rücksprache bey hanım
  urgent urgente urgentes dringend important importante wichtig terrible horrible awful crazy
  insane unacceptable inacceptable inaceptable inaccettabile schlimm nervig unmöglich ridicule
  ridicolo ridícula ridículo assurdo absurd absurde absurdo grave pénible stanco stanca stanchi
  cansado cansada cansados fatigué fatiguée épuisé épuisée esausto esausta agotado agotada
  nuovo nuova frustrant frustrante énervant chiant
  `),
);

/** Family and role words that own devices without naming anyone: "my wife's iPhone". */
const KIN = new Set(
  words(`
  wife husband partner son daughter kid kids child children mom mum mother dad father
  grandma grandpa granny brother sister friend boss
  mama papa frau mann tochter sohn kind kinder mutter vater oma opa bruder schwester freund
  freundin enkel enkelin
  femme mari fille fils enfant enfants mère père maman papa frère soeur sœur ami amie
  esposa esposo marido hija hijo niño niña madre padre hermano hermana amigo amiga
  moglie marito figlia figlio madre padre fratello sorella amico amica
  mulher marido filha filho mãe pai irmão irmã amigo amiga
  vrouw man dochter zoon moeder vader broer zus vriend vriendin
  syn syna dcéra dcéry dcérka dcérky manžel manžela manželka manželky mamy otec otca brata
  sestra sestry babka babky dedko dedka
  sin sina kći kćer kćeri kćerka kćerke ćerka ćerke supruga supruge suprug muž muža žena žene
  mame majka majke tata tate otac oca sestre baka bake djed djeda deda dede baba babe
  син сина дъщеря дъщерята съпруга съпругата съпруг мъж мъжа жена жената майка баща брат
  сестра баба дядо
  fill filla fills mare pare germà germana avi àvia marit
  sūnus sūnaus dukra dukros mamos tėtis tėčio tėvas tėvo žmona žmonos vyras vyro brolis brolio
  sesuo sesers močiutė močiutės senelis senelio
  poeg poja tütar tütre ema vend venna õde õe mehe naine naise vanaema vanaisa lapse
  anak isteri suami ibu bapa ayah abang kakak adik
  dcera dcery dceři synovi manželky máma mámy maminky táta táty tatínka babička babičky děda dědy
  донька доньки дочка дочки дружина дружини чоловік чоловіка мама мами тато бабуся бабусі
  дідусь дідуся дочь дочери жена жены муж мужа мамы папа папы бабушка бабушки дедушка дедушки
  córka córki żona żony mąż męża taty babcia babci dziadek dziadka
  `),
);

/**
 * Where a device belongs that is not a person: "my work iPhone", "l'iPad de l'école". After a
 * possessive these stand where a relative does, but a capitalised word after them is the firm
 * or the place ("mi empresa Acme"), not a name.
 */
const WORKPLACES = new Set(
  words(`
  work school company office firma arbeit schule büro travail bureau école entreprise maison
  trabajo empresa oficina escuela colegio casa prueba repuesto lavoro ufficio scuola azienda
  trabalho escola werk feina
  `),
);

/** Small words inside a name: "Jan van der Berg", "María de la Cruz", "Yannick Le Goff". */
export const PARTICLES = new Set(
  words(`de del della delle dei degli di da das do dos du des la le van von der den ten ter zu`),
);

/** Titles before a name; they stay visible, the name after them is masked. */
export const TITLES = new Set(
  words(`
  mr mrs ms miss mx dr prof sir herr frau hr fr m mme mlle sr sra srta don doña dña sig sigra
  sig.ra dott dott.ssa ing avv dhr mevr mw lic licda arq mag ir drs rev revd fam professor
  professora profesor profesora professeur professeure
  `),
);

const known = (word: string) => COMMON.has(word) || KIN.has(word) || WORKPLACES.has(word);

export function isCommon(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  // A compound is as common as its last part: "Apple-Kunde", "iPhone-Nutzer". A short last part
  // needs a common first part too ("Back-up"): "Sung-min", "Jae-ho" are given names.
  const dash = lower.lastIndexOf('-');
  const head = lower.slice(dash + 1);
  const compound = known(head) && (head.length >= 4 || known(lower.slice(0, dash)));
  return known(lower) || (dash > 0 && compound) || /^[ldjnmtsc]['’]|^qu['’]/u.test(lower);
}

/**
 * First names that are small words in another language the masking reads ("mia", "per", "can",
 * "will", Portuguese "sem", Catalan "els", Turkish "ben"): where a name is due, after a
 * possessive and a relative or in a list of names, they are the name ("meiner Tochter Mia", "min
 * son Per", "Mijn vrouw Els", "Daan, Sem en Julia"); other everyday words there are not ("Min
 * datter Ikke …", "my daughter Photos").
 */
const NAMES_THAT_ARE_WORDS = new Set(words('mia per can will les mina sina sem els ben'));
export const isNameThatIsAWord = (word: string) =>
  /^\p{Lu}\p{Ll}/u.test(word) && NAMES_THAT_ARE_WORDS.has(word.toLowerCase());

/** A family or role word for a person: "mes enfants Léa", "moja dcéra Zuzana". */
export const isKin = (word: string) => KIN.has(word.toLowerCase());
export const isRelative = (word: string) => isKin(word) || WORKPLACES.has(word.toLowerCase());

/**
 * A regular-expression alternation of phrases, longest first so "thanks in advance" wins over
 * "thanks"; spaces match any run of spaces and apostrophes either form (or none).
 */
export function phrases(list: string): string {
  return [...new Set(list.split('|').map((p) => p.trim()))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.*+?^${}()[\]\\/]/g, '\\$&')
        .replace(/'/g, "['’]?")
        .replace(/ /g, String.raw`\s+`),
    )
    .join('|');
}
