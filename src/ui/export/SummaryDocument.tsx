import type { Block, Summary } from '../../report';
import { rowNote } from '../../report/words';
import { htmlLang } from '../../knowledge/ids';

function BlockView({ block, language }: { block: Block; language: Summary['language'] }) {
  switch (block.kind) {
    case 'rows':
      return (
        <dl class="report__rows">
          {block.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>
                {row.value}
                {row.note && <span class="report__note">{rowNote(language, row.note)}</span>}
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              {item.text}
              {item.details.length > 0 && (
                <ul>
                  {item.details.map((detail, j) => (
                    <li key={j}>{detail}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return <blockquote class="report__quote">{block.text}</blockquote>;
    case 'paragraph':
      return <p>{block.text}</p>;
  }
}

type Level = 1 | 2 | 3 | 4 | 5;

/**
 * The summary as a document, in its own language (which may differ from the page's). `level` is
 * its title's heading level: 1 on the print page, deeper inside the export screen's preview.
 */
export function SummaryDocument({ summary, level = 1 }: { summary: Summary; level?: Level }) {
  const Title = `h${level}` as const;
  const Heading = `h${level + 1}` as 'h2';
  return (
    <article class="report__doc" lang={htmlLang(summary.language)} aria-labelledby="report-title">
      <Title id="report-title">{summary.title}</Title>
      {summary.sections.map((section) => (
        <section key={section.id} class="report__section" aria-labelledby={`report-${section.id}`}>
          <Heading id={`report-${section.id}`}>{section.heading}</Heading>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} language={summary.language} />
          ))}
        </section>
      ))}
    </article>
  );
}
