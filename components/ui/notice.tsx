import type { HTMLAttributes } from "react";
import { cx } from "./cx";

const TONE = {
  success: "border-brand-700 bg-brand-50",
  error: "border-danger-700 bg-danger-50 text-danger-800",
} as const;

/**
 * A boxed message: the outcome of an action or an error. Where it appears after an action it
 * belongs in a live region (role="status" on it or on its container).
 */
export function Notice({
  tone,
  className,
  children,
  ...props
}: HTMLAttributes<HTMLParagraphElement> & { tone: keyof typeof TONE }) {
  return (
    <p {...props} className={cx("rounded border p-notice", TONE[tone], className)}>
      {children}
    </p>
  );
}
