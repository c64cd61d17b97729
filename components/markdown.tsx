import ReactMarkdown from "react-markdown";

/**
 * Markdown typed by the office, rendered safely: raw HTML is dropped, javascript: and other
 * unsafe link targets are removed (react-markdown's default URL transform), no
 * dangerouslySetInnerHTML anywhere.
 */
export function Markdown({ text }: { text: string }) {
  if (!text.trim()) return <p className="text-muted">(kein Text)</p>;
  return (
    <div className="space-y-2 [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown skipHtml disallowedElements={["img"]} unwrapDisallowed components={{ a: ({ href, children }) => <a href={href} rel="noopener noreferrer nofollow">{children}</a> }}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
