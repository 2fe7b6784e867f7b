import { type Block, type Inline, parseMarkdown } from './markdown';

function Text({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) => {
        const key = `${i}-${p.kind}`;
        if (p.kind === 'strong') return <strong key={key}>{p.text}</strong>;
        if (p.kind === 'em') return <em key={key}>{p.text}</em>;
        if (p.kind === 'code') return <code key={key}>{p.text}</code>;
        return <span key={key}>{p.text}</span>;
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'heading') {
    const Tag = block.level === 1 ? 'h1' : block.level === 2 ? 'h2' : 'h3';
    return (
      <Tag className={block.level === 1 ? 'tg-title' : undefined}>
        <Text parts={block.text} />
      </Tag>
    );
  }
  if (block.kind === 'list')
    return (
      <ul>
        {block.items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document; items never move.
          <li key={i}>
            <Text parts={item} />
          </li>
        ))}
      </ul>
    );
  return (
    <p>
      <Text parts={block.text} />
    </p>
  );
}

/** The privacy policy, from the Markdown file that ships with the extension. */
export function PolicyText({ markdown }: { markdown: string }) {
  return (
    <article data-testid="privacy-policy">
      {parseMarkdown(markdown).map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document; blocks never move.
        <BlockView key={i} block={block} />
      ))}
    </article>
  );
}
