import type { HTMLAttributes } from "react";
import { cx } from "./cx";

/** The one h1 of a page. */
export function PageTitle({ className, children, ...props }: HTMLAttributes<HTMLHeadingElement>) {
  return (
    <h1 {...props} className={cx("text-title font-bold text-brand-900", className)}>
      {children}
    </h1>
  );
}
