import { LRUCache } from "lru-cache";
import type { ReactElement } from "react";
import renderMarkdown, { type Options } from "react-markdown";
import remarkGfm from "remark-gfm";

const OPTIONS: Omit<Options, "children"> = {
  // GFM (tables, strikethrough) as in the PDFs (lib/core/pdf/markdown.ts).
  remarkPlugins: [remarkGfm],
  skipHtml: true,
  disallowedElements: ["img"],
  unwrapDisallowed: true,
  components: {
    a: ({ href, children }) => (
      <a href={href} rel="noopener noreferrer nofollow">
        {children}
      </a>
    ),
  },
};

/**
 * Parsed texts, by text. Parsing is the costly part of showing markdown (the legal pages and
 * offer descriptions are shown far more often than they change), and a rendered React element
 * tree is immutable, so it can be shown again as it is. Bounded by count and by characters.
 */
const parsed = new LRUCache<string, ReactElement>({
  max: 2_000,
  maxSize: 20_000_000,
  sizeCalculation: (_value, key) => key.length + 1,
});

/**
 * Markdown typed by the office, rendered safely: raw HTML is dropped, javascript: and other
 * unsafe link targets are removed (react-markdown's default URL transform), no
 * dangerouslySetInnerHTML anywhere.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="text-muted">(kein Text)</p>;
  let tree = parsed.get(text);
  if (!tree) {
    tree = renderMarkdown({ ...OPTIONS, children: text });
    parsed.set(text, tree);
  }
  return (
    <div className="space-y-2 [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      {tree}
    </div>
  );
}
