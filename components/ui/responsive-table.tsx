import { useId, type ReactNode } from "react";
import { cx } from "./cx";

/**
 * How the cells look, set once on the table so the rows stay plain <th>/<td>:
 * - lined: a line under every cell (lists of records with a visible caption)
 * - rows: a line between rows, small text, top-aligned (registers with forms in their cells)
 * - grid: every cell boxed (numbers, matrices)
 * Row headers (<th scope="row">) are normal weight in lined and rows tables.
 */
const VARIANT = {
  lined: {
    table: "w-full border-collapse text-left",
    cells: "[&_td]:border-b [&_th]:border-b [&_tbody_th]:font-normal",
    normal: "[&_td]:p-cell [&_th]:p-cell",
    dense: "text-sm [&_td]:p-cell-sm [&_th]:p-cell-sm",
  },
  rows: {
    table: "w-full text-left text-sm",
    cells:
      "[&_thead_tr]:border-b [&_tbody_tr]:border-b [&_tbody_tr]:border-gray-200 [&_tbody_tr]:align-top [&_tbody_th]:font-normal [&_thead_th]:py-cell-sm",
    normal: "[&_tbody_td]:py-cell [&_tbody_th]:py-cell",
    dense: "[&_tbody_td]:py-cell-sm [&_tbody_th]:py-cell-sm",
  },
  grid: {
    table: "border-collapse text-left",
    cells: "[&_td]:border [&_th]:border [&_td]:py-cell-sm [&_th]:py-cell-sm",
    normal: "[&_td]:px-cell-wide [&_th]:px-cell-wide",
    dense: "text-sm [&_td]:px-cell [&_th]:px-cell",
  },
} as const;

export type TableVariant = keyof typeof VARIANT;

/**
 * A table in a container that scrolls sideways when the table is wider than the screen (320 px
 * and up, WCAG 1.4.10), named by the table's caption. The container is a focusable region so
 * keyboard users can scroll it too (WCAG 2.1.1). It is `relative` because screen-reader-only
 * text (sr-only is absolutely positioned) would otherwise escape it and widen the whole page.
 * Children are the table's <thead>/<tbody>.
 */
export function ResponsiveTable({
  caption,
  captionClassName = "text-left font-semibold",
  hideCaption = false,
  variant,
  dense = false,
  className,
  children,
}: {
  caption: ReactNode;
  captionClassName?: string;
  /** Caption for screen readers only (the heading above already says what the table is). */
  hideCaption?: boolean;
  variant: TableVariant;
  /** Smaller cells (and text) for tables inside other content. */
  dense?: boolean;
  /** Layout of the container, such as its top margin. */
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  const style = VARIANT[variant];
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={cx("relative overflow-x-auto", className)}>
      <table className={cx(style.table, style.cells, dense ? style.dense : style.normal)}>
        <caption id={captionId} className={hideCaption ? "sr-only" : captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
