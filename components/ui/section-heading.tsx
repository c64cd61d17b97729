import type { HTMLAttributes } from "react";
import { cx } from "./cx";

const SIZE = {
  /** a section of the page */
  large: "text-section font-semibold text-brand-800",
  /** a smaller section, typically one form */
  medium: "text-subsection font-semibold text-brand-800",
  /** a group inside a section */
  small: "text-minor font-semibold",
} as const;

export type SectionHeadingSize = keyof typeof SIZE;

/**
 * The heading of a section: h2 (large unless told) or h3 (small unless told). The level
 * follows the outline of the page, the size only how prominent it looks.
 */
export function SectionHeading({
  level = 2,
  size = level === 2 ? "large" : "small",
  className,
  children,
  ...props
}: HTMLAttributes<HTMLHeadingElement> & { level?: 2 | 3; size?: SectionHeadingSize }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading {...props} className={cx(SIZE[size], className)}>
      {children}
    </Heading>
  );
}
