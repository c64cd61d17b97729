import Link from "next/link";
import type { AnchorHTMLAttributes, ComponentProps } from "react";
import { cx } from "./cx";

interface Emphasis {
  /** Bold: the link a paragraph leads up to. */
  strong?: boolean;
}

function textLinkClass(strong: boolean | undefined, className: string | undefined) {
  return cx(strong && "font-semibold", "text-brand-700 underline", className);
}

/** An underlined link in running text or a list, navigating with next/link. */
export function TextLink({ strong, className, children, ...props }: ComponentProps<typeof Link> & Emphasis) {
  return (
    <Link {...props} className={textLinkClass(strong, className)}>
      {children}
    </Link>
  );
}

/**
 * The same link as a plain <a>: for the public reading pages seen from the App Router (a
 * next/link would prefetch them as RSC), files, feeds and e-mail addresses.
 */
export function TextAnchor({
  strong,
  className,
  children,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & Emphasis) {
  return (
    <a {...props} className={textLinkClass(strong, className)}>
      {children}
    </a>
  );
}
