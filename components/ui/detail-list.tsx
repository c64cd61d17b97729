import type { HTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

/**
 * Facts as term and value in two columns (a <dl>); its rows are Detail. The value column may shrink
 * below its longest word (minmax(0,1fr)), which then breaks: no sideways scroll at 320 px.
 */
export function DetailList({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <dl className={cx("grid grid-cols-[auto_minmax(0,1fr)] gap-x-detail-x gap-y-detail-y", className)}>{children}</dl>
  );
}

/** One row of a DetailList: the term, and the value with any attributes for its <dd>. */
export function Detail({ term, children, ...dd }: HTMLAttributes<HTMLElement> & { term: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd {...dd}>{children}</dd>
    </>
  );
}
