import { useTexts } from '../locale-context';
import { sourceLinks } from '../sources';

/** "Sources" on demand: links to the pages named (opening one is the user's own request). */
export function Sources({ ids, open = false }: { ids: readonly string[]; open?: boolean }) {
  const { t } = useTexts();
  const links = sourceLinks(ids, t);
  if (links.length === 0) return null;
  const list = (
    <ul>
      {links.map((s) => (
        <li key={s.id}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.kind && <span class="muted">{t('aside', { text: s.kind })}</span>}
        </li>
      ))}
    </ul>
  );
  if (open) return <div class="sources">{list}</div>;
  return (
    <details class="sources">
      <summary>{t('sources.show')}</summary>
      {list}
    </details>
  );
}
