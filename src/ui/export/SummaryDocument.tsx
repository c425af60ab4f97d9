import type { Block, Summary } from '../../report';

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'rows':
      return (
        <dl class="report__rows">
          {block.rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>
                {row.value}
                {row.note && <span class="report__note"> ({row.note})</span>}
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

/** The summary as a document, in its own language (which may differ from the page's). */
export function SummaryDocument({ summary }: { summary: Summary }) {
  return (
    <article class="report__doc" lang={summary.language} aria-labelledby="report-title">
      <h1 id="report-title">{summary.title}</h1>
      {summary.sections.map((section) => (
        <section key={section.id} class="report__section" aria-labelledby={`report-${section.id}`}>
          <h2 id={`report-${section.id}`}>{section.heading}</h2>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
