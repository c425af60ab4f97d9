import { describe, expect, it } from 'vitest';
import { diagnose, render, type Diagnosis } from '../../../src/engine/diagnose.ts';
import { LOCALES } from '../../../src/knowledge/index.ts';
import type { Facts } from '../../../src/engine/facts.ts';

/**
 * Apple's iCloud Backup status reaches the facts two ways: read from Apple's System Status page,
 * or answered by the user. A reason or notice that says "Apple reports …" is true only for the
 * reading; for an answer it says that it rests on the answers, as the model and iOS reasons do.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const AT = '2026-06-01T11:50:00Z';

/** "Apple reports/meldet/signale…" opening, per language: a claim that Apple said it. */
const APPLE_SAYS: Record<string, RegExp> = {
  en: /^Apple reports/,
  de: /^Apple meldet/,
  es: /^Apple (notifica|indica)/,
  fr: /^Apple (signale|indique)/,
  it: /^Apple segnala/,
  ja: /^Apple(が|によると)/,
  zh: /^Apple 报告/,
};
/** The popup's banner's words for the user's answer, which its reasons repeat. */
const ANSWERED: Record<string, RegExp> = {
  en: /According to your answer/i,
  de: /Laut deiner Antwort/i,
  es: /Según tu respuesta/i,
  fr: /D’après votre réponse/i,
  it: /Secondo la tua risposta/i,
  ja: /回答によると/,
  zh: /根据你的回答/,
};

type Status = 'outage' | 'issue' | 'maintenance' | 'available';
const STATES: Status[] = ['outage', 'issue', 'maintenance', 'available'];

function statusTexts(d: Diagnosis, locale: string): string[] {
  const apple = d.causes.find((c) => c.id === 'apple_outage')!;
  return [
    ...apple.evidence.filter((e) => e.id.startsWith('status_')).map((e) => e.text),
    ...d.notices.filter((n) => /wait/.test(n.id)).map((n) => n.text),
  ].map((ref) => render(locale as never, ref));
}

const withSource = (status: Status, source: string, extra: Partial<Facts> = {}): Facts => ({
  appleBackupStatus: status,
  sources: { appleBackupStatus: { source, at: AT } },
  ...extra,
});

describe('Apple’s status, said as its source says it', () => {
  for (const locale of LOCALES)
    for (const status of STATES) {
      it(`${locale} ${status}: answered by the user, the reasons say it was answered`, () => {
        const d = diagnose(withSource(status, 'user', { wifi: 'stable' }), { now: NOW });
        const texts = statusTexts(d, locale);
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) {
          expect(t).not.toMatch(APPLE_SAYS[locale]!);
          expect(t).toMatch(ANSWERED[locale]!);
        }
      });

      it(`${locale} ${status}: read from Apple's page, they say Apple reports it`, () => {
        const d = diagnose(withSource(status, 'apple-status'), { now: NOW });
        for (const t of statusTexts(d, locale)) expect(t).toMatch(APPLE_SAYS[locale]!);
      });
    }

  it('counts an imported summary’s answer as an answer too', () => {
    const d = diagnose(withSource('issue', 'import', { power: 'charging' }), { now: NOW });
    expect(statusTexts(d, 'en').every((t) => ANSWERED.en!.test(t))).toBe(true);
  });

  it('gives the same ranking and plan whoever reported the status', () => {
    for (const status of STATES) {
      const extra: Partial<Facts> = { alertText: 'iCloud Backup failed', iosVersion: '18.1' };
      const read = diagnose(withSource(status, 'apple-status', extra), { now: NOW });
      const said = diagnose(withSource(status, 'user', extra), { now: NOW });
      expect(said.causes.map((c) => [c.id, c.score])).toEqual(
        read.causes.map((c) => [c.id, c.score]),
      );
      expect(said.plan.map((p) => p.stepId)).toEqual(read.plan.map((p) => p.stepId));
    }
  });

  it('keeps the English summaries (the CLI’s) true to the source as well', () => {
    const d = diagnose(withSource('outage', 'user'), { now: NOW });
    const summaries = [
      ...d.causes.flatMap((c) => c.evidence.filter((e) => e.id === 'status_outage')),
      ...d.notices,
    ].map((x) => x.summary);
    expect(summaries.some((s) => /^Apple reports/.test(s))).toBe(false);
  });

  // The plan's reasons for waiting and for holding resets back rest on the same fact.
  const PAGE_SHOWS: Record<string, RegExp> = {
    en: /^(Held back for now: )?Apple's System Status page shows/,
    de: /^(Vorerst zurückgestellt: )?Apples Systemstatus-Seite zeigt/,
    es: /^(Aplazado por ahora: )?la página Estado del sistema de Apple muestra/i,
    fr: /^(En attente pour le moment\s: )?la page État du système d’Apple indique/i,
    it: /^(Messo da parte per ora: )?la pagina Stato del sistema di Apple mostra/i,
    ja: /^(今は保留中です。)?Appleのシステム状況ページでiCloudバックアップに/,
    zh: /^(暂缓进行：)?Apple 的“系统状态”页面显示/,
  };
  const planReasons = (d: Diagnosis, locale: string) =>
    d.plan
      .flatMap((p) => [
        ...(p.kind === 'wait' ? [p.reason] : []),
        ...(p.heldBackReason ? [p.heldBackReason] : []),
      ])
      .map((ref) => render(locale as never, ref));

  for (const locale of LOCALES)
    for (const status of ['outage', 'maintenance'] as const) {
      // Unstable Wi-Fi brings the network resets, which an outage holds back.
      const extra: Partial<Facts> = { alertText: 'iCloud Backup failed', wifi: 'unstable' };
      it(`${locale} ${status}: the plan's waiting and holding back say whose word it is`, () => {
        const said = planReasons(diagnose(withSource(status, 'user', extra), { now: NOW }), locale);
        expect(said.length).toBeGreaterThanOrEqual(2);
        for (const t of said) {
          expect(t).not.toMatch(PAGE_SHOWS[locale]!);
          expect(t).toMatch(ANSWERED[locale]!);
        }
        const read = planReasons(
          diagnose(withSource(status, 'apple-status', extra), { now: NOW }),
          locale,
        );
        for (const t of read) expect(t).toMatch(PAGE_SHOWS[locale]!);
      });
    }
});
