import type { ComponentChildren } from 'preact';
import { keys, knowledge } from '../../knowledge';
import { asOfDates, CostTable } from '../components/CostTable';
import { Sources } from '../components/Sources';
import { StepCosts } from '../components/StepCosts';
import { sentences } from '../format';
import { useTexts, type Texts } from '../locale-context';
import type { GuideKey } from './texts';

const TOOL_STRATEGY = new Set(['local_tools', 'never_share_credentials']);

function Items({ items, text }: { items: { id: string }[]; text: (id: string) => string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>{text(item.id)}</li>
      ))}
    </ul>
  );
}

const allSources = (records: { sources: string[] }[]) => [
  ...new Set(records.flatMap((r) => r.sources)),
];

function Causes() {
  const { t } = useTexts();
  return (
    <>
      <p>{t('section.causes.intro')}</p>
      {knowledge.causes.map((cause) => (
        <article key={cause.id} class="guide__item">
          <h3>{t(keys.cause(cause.id).title)}</h3>
          <p>{t(keys.cause(cause.id).description)}</p>
          <p class="guide__label">{t('fixes')}</p>
          <ul>
            {knowledge.steps
              .filter((s) => s.addresses.includes(cause.id))
              .map((s) => (
                <li key={s.id}>{t(keys.step(s.id).title)}</li>
              ))}
          </ul>
          <Sources ids={cause.sources} />
        </article>
      ))}
    </>
  );
}

function Faq() {
  const { t } = useTexts();
  return (
    <>
      {knowledge.faq.map((item) => (
        <article key={item.id} class="guide__item">
          <h3>{t(keys.faq(item.id).question)}</h3>
          <p>{t(keys.faq(item.id).answer)}</p>
          <Sources ids={item.sources} />
        </article>
      ))}
    </>
  );
}

function Storage() {
  const { t } = useTexts();
  const { storage } = knowledge;
  return (
    <>
      <p>{t('storage.device_vs_icloud')}</p>
      <h3>{t('storage.includes_heading')}</h3>
      <Items
        items={storage.includes.map((id) => ({ id }))}
        text={(id) => t(keys.storageIncludes(id))}
      />
      <h3>{t('storage.excludes_heading')}</h3>
      <Items
        items={storage.excludes.map((id) => ({ id }))}
        text={(id) => t(keys.storageExcludes(id))}
      />
      <h3>{t('storage.freeTier')}</h3>
      <p>{t('storage.free_tier')}</p>
      <h3>{t('storage.retention_heading')}</h3>
      <p>{t('storage.retention')}</p>
      <h3>{t('storage.typical')}</h3>
      <Items items={storage.typical} text={(id) => t(keys.storageTypical(id))} />
      <h3>{t('storage.units')}</h3>
      <p>{t('storage.unit_note')}</p>
      <Sources ids={storage.sources} />
    </>
  );
}

function Plans() {
  const texts = useTexts();
  const { t, locale } = texts;
  const price = (usd: number) =>
    usd === 0
      ? t('plans.free')
      : new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' }).format(usd);
  const dates = asOfDates(knowledge.plans, texts);
  return (
    <>
      <table class="costs">
        <caption>
          {sentences(t('plans.note'), dates ? t('plans.asOf', { date: dates }) : '')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.plan')}</th>
            <th scope="col">{t('plans.price')}</th>
          </tr>
        </thead>
        <tbody>
          {knowledge.plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">{t(keys.plan(plan.id).name)}</th>
              <td>
                {price(plan.usdMonthly)}
                {!plan.priceConfirmed && (
                  <span class="muted">{t('aside', { text: t('plans.unconfirmed') })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {knowledge.plans.some((p) => !p.priceConfirmed) && (
        <p class="muted">{t('plans.unconfirmed_price')}</p>
      )}
      <Sources ids={allSources(knowledge.plans)} />
    </>
  );
}

function Comparison() {
  const { t } = useTexts();
  return (
    <>
      <table class="costs">
        <thead>
          <tr>
            <th scope="col">{t('comparison.topic')}</th>
            <th scope="col">{t('comparison.icloud')}</th>
            <th scope="col">{t('comparison.local')}</th>
          </tr>
        </thead>
        <tbody>
          {knowledge.comparison.map((row) => (
            <tr key={row.id}>
              <th scope="row">{t(keys.comparison(row.id).label)}</th>
              <td>{t(keys.comparison(row.id).icloud)}</td>
              <td>{t(keys.comparison(row.id).local)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sources ids={allSources(knowledge.comparison)} />
    </>
  );
}

function ListSection({
  items,
  text,
}: {
  items: { id: string; sources: string[] }[];
  text: (id: string) => string;
}) {
  return (
    <>
      <Items items={items} text={text} />
      <Sources ids={allSources(items)} />
    </>
  );
}

function Recovery() {
  const { t } = useTexts();
  const lab = knowledge.steps.find((s) => s.id === 'recovery_lab');
  return (
    <>
      <p>{t('section.recovery.intro')}</p>
      <Items items={knowledge.recoveryScenarios} text={(id) => t(keys.recoveryScenario(id))} />
      {lab && (
        <>
          <StepCosts step={lab} />
          <p>{t(keys.step(lab.id).instructions)}</p>
        </>
      )}
      <CostTable />
      <Sources ids={allSources([...knowledge.recoveryScenarios, ...knowledge.recoveryCosts])} />
    </>
  );
}

function Tools() {
  const { t } = useTexts();
  const avoid = knowledge.steps.find((s) => s.id === 'avoid_credential_tools');
  const items = knowledge.strategy.filter((s) => TOOL_STRATEGY.has(s.id));
  return (
    <>
      {avoid && <p>{t(keys.step(avoid.id).instructions)}</p>}
      <ListSection items={items} text={(id) => t(keys.strategy(id))} />
    </>
  );
}

/** "step:reset_all_settings" -> the step's title, so a correction names what it is about. */
export function topicOf(about: string, t: Texts['t']): string {
  const [kind, id = ''] = about.split(':');
  switch (kind) {
    case 'step':
      return t(keys.step(id).title);
    case 'cause':
      return t(keys.cause(id).title);
    case 'faq':
      return t(keys.faq(id).question);
    case 'plan':
      return t(keys.plan(id).name);
    case 'alert':
      return t(keys.alert(id).title);
    case 'question':
      return t(keys.question(id).text);
    case 'storage':
      return t('storage.includes_heading');
    default:
      return about;
  }
}

function Corrections() {
  const { t } = useTexts();
  return (
    <>
      <p>{t('section.corrections.intro')}</p>
      {knowledge.corrections.map((c) => (
        <article key={c.id} class="guide__item">
          <p class="guide__label">{t('corrections.about', { topic: topicOf(c.about, t) })}</p>
          <p>{t(keys.correction(c.id))}</p>
          <Sources ids={c.sources} />
        </article>
      ))}
    </>
  );
}

function AllSources() {
  return <Sources ids={knowledge.sources.map((s) => s.id)} open />;
}

export interface GuideSection {
  id: string;
  heading: GuideKey;
  Body: () => ComponentChildren;
}

/** The guide's parts, in reading order; the table of contents and the page follow this list. */
export const GUIDE_SECTIONS: GuideSection[] = [
  { id: 'faq', heading: 'section.faq', Body: Faq },
  { id: 'causes', heading: 'section.causes', Body: Causes },
  { id: 'storage', heading: 'section.storage', Body: Storage },
  { id: 'plans', heading: 'section.plans', Body: Plans },
  { id: 'comparison', heading: 'section.comparison', Body: Comparison },
  {
    id: 'strategy',
    heading: 'section.strategy',

    Body: () => {
      const { t } = useTexts();
      const items = knowledge.strategy.filter((s) => !TOOL_STRATEGY.has(s.id));
      return <ListSection items={items} text={(id) => t(keys.strategy(id))} />;
    },
  },
  {
    id: 'salvage',
    heading: 'section.salvage',

    Body: () => {
      const { t } = useTexts();
      return <ListSection items={knowledge.salvage} text={(id) => t(keys.salvage(id))} />;
    },
  },
  {
    id: 'recovery',
    heading: 'section.recovery',

    Body: Recovery,
  },
  { id: 'tools', heading: 'section.tools', Body: Tools },
  {
    id: 'checklist',
    heading: 'section.checklist',

    Body: () => {
      const { t } = useTexts();
      return <ListSection items={knowledge.checklist} text={(id) => t(keys.checklist(id))} />;
    },
  },
  { id: 'corrections', heading: 'section.corrections', Body: Corrections },
  { id: 'sources', heading: 'section.sources', Body: AllSources },
];
