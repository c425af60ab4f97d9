import { alertNames } from './alert-names.ts';
import { formatBytes } from '../engine/storage-math.ts';
import { devices } from '../knowledge/index.ts';
import { ageText } from '../knowledge/text.ts';
import {
  summaryFactText,
  summaryValueText,
  isKnownValue,
  isApproximate,
  isReported,
  sourceNote,
} from './fact-values.ts';
import type { Block, Row, SummaryContext } from './summary-types.ts';

const DAY_MS = 86_400_000;

/** Whole days from an ISO date or time to `now`; undefined when unreadable or in the future. */
export function daysSince(iso: string, now: Date): number | undefined {
  const elapsed = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(elapsed) || elapsed < 0) return undefined;
  return Math.floor(elapsed / DAY_MS);
}

/**
 * The message in one line: its known name, or a pointer to the exact wording, which the problem
 * section quotes in a fence so that typed text can never format the document.
 */
function messageValue(ctx: SummaryContext): string {
  const { t, facts, input } = ctx;
  const names = alertNames(ctx);
  const also = (names?.also ?? []).map((alert) => `; ${t('support.messageAlso', { alert })}`);
  if (facts.alertPicked && names) {
    return t('support.messagePicked', { alert: names.alert }) + also.join('');
  }
  if (ctx.leaveOutFreeText && input.facts.alertText !== undefined) {
    return names
      ? t('support.messageLeftOut', { alert: names.alert }) + also.join('')
      : t('support.messageLeftOutUnknown');
  }
  if (facts.alertText === undefined) return t('support.noMessage');
  return names
    ? t('support.messageKnown', { alert: names.alert }) + also.join('')
    : t('support.messageUnknown');
}

function backupRows(ctx: SummaryContext): Row[] {
  const { t } = ctx;
  const last = ctx.facts.lastSuccessfulBackup;
  const days = last === undefined ? undefined : daysSince(last, ctx.input.createdAt);
  return [
    {
      label: t('support.lastBackup'),
      value: last ? summaryFactText(ctx, 'lastSuccessfulBackup') : t('support.notKnown'),
    },
    {
      label: t('support.failingFor'),
      value:
        days === undefined
          ? t('support.notKnown')
          : t('support.failingValue', {
              age: ageText(ctx.language, days, isApproximate(ctx.facts, 'lastSuccessfulBackup')),
            }),
    },
  ];
}

function storageRows(ctx: SummaryContext): Row[] {
  const { t, facts, language } = ctx;
  const size = (bytes: number | undefined) =>
    bytes === undefined ? t('support.notKnown') : formatBytes(bytes, language);
  const { storageUsedBytes: used, storageTotalBytes: total, storageStatus } = facts;
  // Without figures, how full the user said it is still answers the question.
  const seen =
    storageStatus === undefined
      ? t('support.notKnown')
      : t('support.storageSeen', {
          status: summaryValueText('storageStatus', storageStatus, language, ctx.time),
        });
  return [
    {
      label: t('support.storage'),
      value:
        used !== undefined && total !== undefined
          ? t('support.storageValue', { used: size(used), total: size(total) })
          : seen,
    },
    { label: t('support.nextBackup'), value: size(facts.backupSizeBytes) },
  ];
}

/**
 * What an Apple Support agent asks first, at the top of the summary, each row present even when
 * unknown (an agent learns from "not known" too). The model is named as the device table names
 * it, whatever spelling was typed.
 */
export function supportSection(ctx: SummaryContext): Block[] {
  const { t, facts } = ctx;
  const model = facts.deviceModel;
  const unsure = (facts.unsure ?? []).map((name) =>
    isReported(name) || name === 'symptom' ? t(`fact.${name}`) : name,
  );
  const status = facts.appleBackupStatus;
  const rows: Row[] = [
    {
      label: t('support.device'),
      value: model === undefined ? t('support.notKnown') : (devices.resolve(model)?.name ?? model),
    },
    { label: t('support.ios'), value: facts.iosVersion ?? t('support.notKnown') },
    ...backupRows(ctx),
    ...storageRows(ctx),
    { label: t('support.message'), value: messageValue(ctx) },
    {
      label: t('support.appleStatus'),
      value: !isKnownValue('appleBackupStatus', status)
        ? t('support.notKnown')
        : summaryValueText('appleBackupStatus', status, ctx.language, ctx.time),
      // Whether the user said so or the page was read: the row names a page, not who saw it.
      ...(isKnownValue('appleBackupStatus', status) && sourceNote(ctx, 'appleBackupStatus')),
    },
    {
      label: t('support.unsure'),
      value: unsure.length > 0 ? unsure.join(t('listSeparator')) : t('support.none'),
    },
  ];
  return [{ kind: 'rows', rows }];
}
