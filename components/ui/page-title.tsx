import type { HTMLAttributes } from "react";
import { cx } from "./cx";

/**
 * The one h1 of a page. Long German compounds ("Berufsorientierungsmesse") are hyphenated or,
 * where the browser has no dictionary, broken, so a title never scrolls a 320 px screen sideways.
 */
export function PageTitle({ className, children, ...props }: HTMLAttributes<HTMLHeadingElement>) {
  return (
    <h1 {...props} className={cx("text-title font-bold text-brand-900 break-words hyphens-auto", className)}>
      {children}
    </h1>
  );
}
