import type { ReactNode } from "react";
import { TextLink } from "./text-link";
import { cx } from "./cx";

/** What an empty list says: that it is empty, and – where there is one – the link to the next step. */
export function EmptyState({
  next,
  className,
  children,
}: {
  next?: { href: string; label: string } | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <p className={cx("mt-4", className)}>
      {children}
      {next && (
        <>
          {" "}
          <TextLink strong href={next.href}>
            {next.label}
          </TextLink>
        </>
      )}
    </p>
  );
}
