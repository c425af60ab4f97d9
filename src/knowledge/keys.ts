import { AGE_UNITS } from './age.ts';

/**
 * Text-key conventions: entity texts are found by id, so the data files stay free of strings.
 * Shared fragments (consequences, Settings paths, notes) are named explicitly in the data instead.
 */
export const keys = {
  source: (id: string) => ({ title: `source.${id}.title` }),
  cause: (id: string) => ({ title: `cause.${id}.title`, description: `cause.${id}.description` }),
  rule: (id: string) => `rule.${id}`,
  step: (id: string) => ({ title: `step.${id}.title`, instructions: `step.${id}.instructions` }),
  question: (id: string) => ({ text: `question.${id}.text` }),
  option: (questionId: string, value: string | boolean) => `question.${questionId}.option.${value}`,
  unsure: 'question.unsure',
  symptom: (id: string) => ({ title: `symptom.${id}.title` }),
  alert: (id: string) => ({ title: `alert.${id}.title`, meaning: `alert.${id}.meaning` }),
  plan: (id: string) => ({ name: `plan.${id}.name` }),
  storageIncludes: (id: string) => `storage.includes.${id}`,
  storageExcludes: (id: string) => `storage.excludes.${id}`,
  storageTypical: (id: string) => `storage.typical.${id}`,
  storageCategory: (id: string) => `storage.category.${id}`,
  checklist: (id: string) => `checklist.${id}`,
  faq: (id: string) => ({ question: `faq.${id}.q`, answer: `faq.${id}.a` }),
  comparison: (id: string) => ({
    label: `comparison.${id}.label`,
    icloud: `comparison.${id}.icloud`,
    local: `comparison.${id}.local`,
  }),
  strategy: (id: string) => `strategy.${id}`,
  recoveryCost: (id: string) => `recovery_cost.${id}`,
  recoveryScenario: (id: string) => `recovery_scenario.${id}`,
  salvage: (id: string) => `salvage.${id}`,
  correction: (id: string) => `correction.${id}`,
} as const;

/** Fixed keys for headings and notes that belong to the knowledge rather than to one entity. */
export const FIXED_KEYS = [
  'storage.retention',
  'storage.free_tier',
  'storage.unit_note',
  // Shown wherever storage is discussed: device storage is not iCloud storage.
  'storage.device_vs_icloud',
  'storage.includes_heading',
  'storage.excludes_heading',
  'plans.note',
  'plans.unconfirmed_price',
  'recovery_cost.note',
  'source.kind.apple',
  'source.kind.guide',
  'source.kind.user-reports',
  'source.kind.third-party',
  // A count of days said as an age (`{days|age}`, text.ts).
  ...AGE_UNITS.map((unit) => `age.${unit}` as const),
] as const;
