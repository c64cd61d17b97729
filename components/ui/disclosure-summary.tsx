import type { ReactNode } from "react";
import { cx } from "./cx";

/** The always-visible line of a <details> disclosure, styled like a link so it reads as clickable. */
export function DisclosureSummary({
  small = false,
  className,
  children,
}: {
  small?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <summary className={cx("cursor-pointer", small && "text-sm", "text-brand-800 underline", className)}>
      {children}
    </summary>
  );
}
