import "@/lib/core/server-only.ts";
import type { Nodes, PhrasingContent, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Block, Run } from "./model.ts";

// The parser of the web pages (react-markdown is remark-parse) with GFM for tables, as there.
const parser = unified().use(remarkParse).use(remarkGfm);

const SAFE_LINK = /^(https?:|mailto:)/i;

function runsOf(nodes: PhrasingContent[], style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        runs.push({ text: node.value, ...style });
        break;
      case "inlineCode":
        runs.push({ text: node.value, ...style });
        break;
      case "break":
        runs.push({ text: "\n", ...style });
        break;
      case "strong":
        runs.push(...runsOf(node.children, { ...style, bold: true }));
        break;
      case "emphasis":
        runs.push(...runsOf(node.children, { ...style, italic: true }));
        break;
      case "delete":
        runs.push(...runsOf(node.children, style));
        break;
      case "link": {
        const link = SAFE_LINK.test(node.url) ? node.url : undefined;
        const inner = runsOf(node.children, { ...style, link });
        runs.push(...inner);
        const shown = inner.map((r) => r.text).join("");
        // Printed, a link is its text and its address.
        if (node.url && shown !== node.url && shown !== node.url.replace(/^mailto:/, ""))
          runs.push({ text: ` (${node.url})`, ...style, link });
        break;
      }
      // Raw HTML, images and footnote marks are dropped, as on the web pages.
      default:
        break;
    }
  }
  return runs;
}

const plain = (runs: Run[]) => runs.map((r) => r.text).join("");

function blocksOf(nodes: RootContent[] | Nodes[], headingLevel: number): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        blocks.push({
          kind: "heading",
          // "#" and "##" (what people type most) open a section at headingLevel, deeper ones below it.
          level: Math.min(4, headingLevel + Math.max(0, node.depth - 2)) as 2 | 3 | 4,
          text: plain(runsOf(node.children)),
          bookmark: false,
        });
        break;
      case "paragraph": {
        const runs = runsOf(node.children);
        if (plain(runs).trim()) blocks.push({ kind: "paragraph", runs });
        break;
      }
      case "list":
        blocks.push({
          kind: "list",
          ordered: node.ordered ?? false,
          items: node.children.map((item) => blocksOf(item.children, headingLevel)),
        });
        break;
      case "blockquote":
        blocks.push({ kind: "quote", blocks: blocksOf(node.children, headingLevel) });
        break;
      case "table": {
        const [head, ...body] = node.children;
        blocks.push({
          kind: "table",
          header: head ? head.children.map((cell) => plain(runsOf(cell.children))) : [],
          rows: body.map((row) => row.children.map((cell) => runsOf(cell.children))),
        });
        break;
      }
      case "code":
        blocks.push({ kind: "paragraph", runs: [{ text: node.value }] });
        break;
      case "thematicBreak":
        blocks.push({ kind: "rule" });
        break;
      default:
        // html (dropped, as on the web), definitions, footnotes.
        break;
    }
  }
  return blocks;
}

/** Markdown as blocks of the document model; headings start at `headingLevel`. */
export function markdownBlocks(text: string, headingLevel = 3): Block[] {
  const tree = parser.parse(text.replace(/\r\n?/g, "\n"));
  return blocksOf(tree.children, headingLevel);
}
