import { keys } from '../knowledge/index.ts';
import type { SummaryContext } from './summary-types.ts';

/**
 * The names of the alerts recognised in the pasted text: the leading one, and the others
 * pasted with it; undefined when none was.
 */
export function alertNames({
  diagnosis,
  t,
}: SummaryContext): { alert: string; also: string[] } | undefined {
  const alert = diagnosis.alert;
  if (!alert?.id) return undefined;
  const name = (id: string) => t(keys.alert(id).title);
  return { alert: name(alert.id), also: (alert.also ?? []).map(name) };
}
