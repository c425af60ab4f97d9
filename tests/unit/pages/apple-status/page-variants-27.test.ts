import type { ServiceId } from '../../../../src/pages/observation';
import { describeRound, ev, labelled, ok, page, type Probe } from './light-rows';
import {
  AR,
  DA,
  EL,
  FI,
  FR,
  HE,
  HU,
  KO,
  MS,
  NL,
  PT,
  RO,
  RU,
  SV,
  TR,
  UK,
  VI,
  ZHT,
} from './backup-names';

/**
 * Hand-made status pages, twenty-seventh round, each reading written before the reader ran on
 * it, once the words moved from the status page's script to the worker: over-or-planned label
 * words in other sentences than earlier rounds', current labels that hold a word of the same
 * root ("achèvement", "règlement", "åtgärdas", "giderilmeye"), the other iCloud services' names
 * in Korean, traditional Chinese, Russian and Portuguese, and names that are none of them.
 */

const [O, I, M] = ['light-outage', 'light-issue', 'light-maintenance'];

/** Over or planned, beside a light of a current type: the label contradicts it, unknown. */
const OVER = labelled([
  ['ru предстоящее отключение', RU, 'Предстоящее отключение', O, 'unknown'],
  ['uk усунений збій', UK, 'Усунений збій', O, 'unknown'],
  ['uk майбутнє обслуговування', UK, 'Майбутнє обслуговування', M, 'unknown'],
  ['fr opération achevée', FR, 'Opération de maintenance achevée', M, 'unknown'],
  ['fi korjattu palvelukatko', FI, 'Korjattu palvelukatko', O, 'unknown'],
  ['fi ajoitettu huolto', FI, 'Ajoitettu huolto', M, 'unknown'],
  ['tr giderilmiş kesinti', TR, 'Giderilmiş kesinti', O, 'unknown'],
  ['tr zamanlanmış bakım', TR, 'Zamanlanmış bakım', M, 'unknown'],
  ['ar اكتملت الصيانة', AR, 'اكتملت الصيانة', M, 'unknown'],
  ['ar الصيانة المجدولة', AR, 'الصيانة المجدولة', M, 'unknown'],
  ['he תחזוקה שהסתיימה', HE, 'תחזוקה שהסתיימה', M, 'unknown'],
  ['el προγραμματισμένη διακοπή', EL, 'Προγραμματισμένη διακοπή', O, 'unknown'],
  ['el επιλυμένο πρόβλημα', EL, 'Επιλυμένο πρόβλημα', I, 'unknown'],
  ['hu ütemezett leállás', HU, 'Ütemezett leállás', O, 'unknown'],
  ['vi bảo trì sắp diễn ra', VI, 'Bảo trì sắp diễn ra', M, 'unknown'],
  ['ms penyelenggaraan yang dijadualkan', MS, 'Penyelenggaraan yang dijadualkan', M, 'unknown'],
  ['da fuldført vedligeholdelse', DA, 'Fuldført vedligeholdelse', M, 'unknown'],
  ['nl beëindigde onderbreking', NL, 'Beëindigde onderbreking', O, 'unknown'],
  ['pt manutenção encerrada', PT, 'Manutenção encerrada', M, 'unknown'],
  ['ro întrerupere soluționată', RO, 'Întrerupere soluționată', O, 'unknown'],
  ['sv åtgärdat fel', SV, 'Åtgärdat fel', I, 'unknown'],
]);

/** Current labels in the same languages: the light's current state stands. */
const CURRENT = labelled([
  ['en outage', 'iCloud Backup', 'Outage', O, 'outage'],
  ['de ausfall', 'iCloud-Backup', 'Ausfall', O, 'outage'],
  ['ru сбой', RU, 'Сбой', O, 'outage'],
  ['zh-Hant 進行中', ZHT, '進行中', I, 'issue'],
  ['fr achèvement en cours', FR, "En voie d'achèvement", M, 'maintenance'],
  ['fr règlement en cours', FR, 'Incident en cours de règlement', I, 'issue'],
  ['sv fel åtgärdas', SV, 'Felet åtgärdas', I, 'issue'],
  ['tr kesinti gideriliyor', TR, 'Kesinti gideriliyor', O, 'outage'],
  ['uk усунення збою триває', UK, 'Усунення збою триває', O, 'outage'],
  ['ru устраняем сбой', RU, 'Устраняем сбой', O, 'outage'],
  ['ko 성능 저하된 상태', KO, '성능 저하된 상태', 'light-performance', 'issue'],
  ['fi huolto käynnissä', FI, 'Huolto käynnissä', M, 'maintenance'],
]);

/** A row of `name` with an outage beside a green iCloud Backup named `backup`: whose it is. */
const service = (what: string, backup: string, name: string, id: ServiceId): Probe => [
  what,
  page(ok(backup), ev(name, 'Outage', O)),
  'available',
  { [id]: 'outage' },
];

/** The other services' names in Korean, traditional Chinese, Russian and Portuguese. */
const NAMED: Probe[] = [
  service('ko 계정 및 로그인', KO, 'iCloud 계정 및 로그인', 'icloud-account-sign-in'),
  service('ko 키체인', KO, 'iCloud 키체인', 'icloud-keychain'),
  service('ko 메일', KO, 'iCloud 메일', 'icloud-mail'),
  service('ko 사진', KO, '사진', 'photos'),
  service('ko Apple 계정', KO, 'Apple 계정', 'apple-account'),
  service('zh-Hant 帳號與登入', ZHT, 'iCloud 帳號與登入', 'icloud-account-sign-in'),
  service('zh-Hant 鑰匙圈', ZHT, 'iCloud 鑰匙圈', 'icloud-keychain'),
  service('zh-Hant 郵件', ZHT, 'iCloud 郵件', 'icloud-mail'),
  service('zh-Hant 雲碟', ZHT, 'iCloud 雲碟', 'icloud-drive'),
  service('zh-Hant 儲存空間升級', ZHT, 'iCloud 儲存空間升級', 'icloud-storage-upgrades'),
  service('ru почта', RU, 'Почта iCloud', 'icloud-mail'),
  service('ru связка ключей', RU, 'Связка ключей iCloud', 'icloud-keychain'),
  service('ru учётная запись и вход', RU, 'Учётная запись iCloud и вход', 'icloud-account-sign-in'),
  service('ru фото', RU, 'Фото', 'photos'),
  service('ru аккаунт Apple', RU, 'Аккаунт Apple', 'apple-account'),
  service(
    'pt conta e início de sessão',
    PT,
    'Conta e início de sessão do iCloud',
    'icloud-account-sign-in',
  ),
  service('pt chaves', PT, 'Chaves do iCloud', 'icloud-keychain'),
  service('pt armazenamento', PT, 'Upgrades de armazenamento do iCloud', 'icloud-storage-upgrades'),
  service('pt conta Apple', PT, 'Conta Apple', 'apple-account'),
];

/** Names that are none of those services: no row of theirs, and iCloud Backup's own light. */
const NONE: Probe[] = (
  [
    ['ko 메일 백업, two services', KO, 'iCloud 메일 백업', 'icloud-mail'],
    ['ru почта России', RU, 'Почта России', 'icloud-mail'],
    ['pt conta de backup', PT, 'Conta de backup do iCloud', 'icloud-account-sign-in'],
    ['zh-Hant 帳號備份', ZHT, 'iCloud 帳號備份', 'icloud-account-sign-in'],
    // Added after the first run, which read "iCloud Contacts" as Portuguese "conta" with an ending.
    ['pt contatos', PT, 'Contatos do iCloud', 'icloud-account-sign-in'],
    ['ru вход через Apple, sign in with Apple', RU, 'Вход через Apple', 'icloud-account-sign-in'],
  ] as const
).map(([what, backup, name, id]) => [
  what,
  page(ok(backup), ev(name, 'Outage', O)),
  'available',
  { [id]: undefined },
]);

/** None left: every probe reads as written. */
const LEFT = new Set<string>();

describeRound(
  'twenty-seventh',
  [
    ['labels saying over or planned', OVER],
    ['current labels', CURRENT],
    ['other services named', NAMED],
    ['names of no such service', NONE],
  ],
  LEFT,
);
