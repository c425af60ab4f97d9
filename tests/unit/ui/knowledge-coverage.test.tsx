import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { diagnose } from '../../../src/engine/diagnose';
import type { FactName } from '../../../src/engine/facts';
import { loadCatalogs } from '../../../src/i18n/load';
import { keys, knowledge, rawKnowledge, type Knowledge } from '../../../src/knowledge';
import { newSession } from '../../../src/storage/session';
import { CauseList } from '../../../src/ui/components/CauseList';
import { GuidePage } from '../../../src/ui/guide/GuidePage';
import { textsFor } from '../../../src/ui/locale-context';
import { QuestionScreen } from '../../../src/ui/screens/QuestionScreen';
import { StartScreen } from '../../../src/ui/screens/StartScreen';
import { fold } from '../../../src/ui/start-picks';
import type { Flow } from '../../../src/ui/use-flow';

/**
 * Every section of the knowledge is shown to people by some screen: the flow or the guide page.
 * The sections are iterated from the knowledge itself, so a new section fails here (and, through
 * the Record type, in the type check) until a screen shows it and a check below says which.
 */
const { t } = textsFor('en');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let guide = '';
const inGuide = (texts: string[]) => {
  for (const text of texts) expect(guide, text).toContain(squash(text));
};

function stubFlow(session = newSession(new Date())): Flow {
  return {
    session,
    readings: [],
    diagnosis: diagnose(session.facts, { now: new Date() }),
    now: new Date(),
    update: vi.fn(),
  } as unknown as Flow;
}

function renderedText(ui: preact.JSX.Element): string {
  const { container, unmount } = render(ui);
  const text = squash(container.textContent ?? '');
  unmount();
  return text;
}

const itemTexts = (items: { id: string }[], text: (id: string) => string) =>
  items.map((item) => t(text(item.id)));

const SHOWN_BY: Record<keyof Knowledge, () => void> = {
  sources: () => inGuide(knowledge.sources.map((s) => t(keys.source(s.id).title))),
  causes: () =>
    inGuide(
      knowledge.causes.flatMap((c) => [t(keys.cause(c.id).title), t(keys.cause(c.id).description)]),
    ),
  steps: () => inGuide(knowledge.steps.map((s) => t(keys.step(s.id).title))),
  rules: () => {
    // Evidence is the rules' text: "Why" under a cause lists every piece of it.
    const diagnosis = diagnose(
      {
        wifi: 'hotspot',
        power: 'battery',
        deviceLocked: false,
        storageStatus: 'full',
        twoFactor: false,
      },
      { now: new Date() },
    );
    const shown = renderedText(<CauseList diagnosis={diagnosis} />);
    const evidence = diagnosis.causes.slice(0, 3).flatMap((c) => c.evidence);
    expect(evidence.some((e) => e.origin === 'fact')).toBe(true);
    for (const e of evidence) expect(shown).toContain(squash(t(e.text)));
  },
  questions: () => {
    for (const question of knowledge.questions) {
      const session = {
        ...newSession(new Date()),
        screen: 'questions' as const,
        asking: question.fact as FactName,
      };
      const shown = renderedText(<QuestionScreen flow={stubFlow(session)} />);
      expect(shown, question.id).toContain(squash(t(keys.question(question.id).text)));
    }
  },
  symptoms: () => {
    const listed = startScreenList();
    for (const s of knowledge.symptoms)
      expect(listed, s.id).toContain(fold(t(keys.symptom(s.id).title)));
  },
  alerts: () => {
    const listed = startScreenList();
    for (const a of knowledge.alerts)
      expect(listed, a.id).toContain(fold(t(keys.alert(a.id).title)));
  },
  devices: () => {
    // The model question suggests every device of the table by its name.
    const session = {
      ...newSession(new Date()),
      screen: 'questions' as const,
      asking: 'deviceModel' as const,
    };
    const { container, unmount } = render(<QuestionScreen flow={stubFlow(session)} />);
    const suggested = [...container.querySelectorAll('datalist option')].map((o) =>
      o.getAttribute('value'),
    );
    unmount();
    expect(suggested).toEqual(knowledge.devices.devices.map((d) => d.name));
  },
  plans: () => inGuide(knowledge.plans.map((p) => t(keys.plan(p.id).name))),
  storage: () =>
    inGuide([
      ...knowledge.storage.includes.map((id) => t(keys.storageIncludes(id))),
      ...knowledge.storage.excludes.map((id) => t(keys.storageExcludes(id))),
      ...itemTexts(knowledge.storage.typical, keys.storageTypical),
      t('storage.device_vs_icloud'),
      t('storage.free_tier'),
      t('storage.retention'),
      t('storage.unit_note'),
    ]),
  checklist: () => inGuide(itemTexts(knowledge.checklist, keys.checklist)),
  faq: () =>
    inGuide(knowledge.faq.flatMap((f) => [t(keys.faq(f.id).question), t(keys.faq(f.id).answer)])),
  comparison: () =>
    inGuide(
      knowledge.comparison.flatMap((c) =>
        Object.values(keys.comparison(c.id)).map((key) => t(key)),
      ),
    ),
  strategy: () => inGuide(itemTexts(knowledge.strategy, keys.strategy)),
  recoveryCosts: () => inGuide(itemTexts(knowledge.recoveryCosts, keys.recoveryCost)),
  recoveryScenarios: () => inGuide(itemTexts(knowledge.recoveryScenarios, keys.recoveryScenario)),
  salvage: () => inGuide(itemTexts(knowledge.salvage, keys.salvage)),
  corrections: () => inGuide(itemTexts(knowledge.corrections, keys.correction)),
};

function startScreenList(): string[] {
  render(<StartScreen flow={stubFlow()} />);
  fireEvent.click(screen.getByRole('button', { name: /^Show all \d+$/ }));
  const labels = screen.getAllByRole('button').map((b) => fold(b.textContent ?? ''));
  cleanup();
  return labels;
}

describe('every knowledge section is shown by some screen', () => {
  beforeAll(async () => {
    await loadCatalogs('en', ['start']);
    render(<GuidePage query="?lang=en" languageTag="en" />);
    guide = squash(document.body.textContent ?? '');
    cleanup();
  });
  afterEach(cleanup);

  it.each(Object.keys(rawKnowledge as object))('%s', (section) => {
    const check = SHOWN_BY[section as keyof Knowledge];
    expect(check, `no screen shows the knowledge section "${section}"`).toBeDefined();
    check();
  });
});
