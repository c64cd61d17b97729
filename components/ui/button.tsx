import type { ButtonHTMLAttributes } from "react";
import { cx } from "./cx";

const VARIANT = {
  /** the main action of a form */
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  /** an action next to content, such as in a table row */
  secondary: "border border-brand-700 text-brand-800 hover:bg-brand-50",
  /** the confirming step of a destructive action */
  danger: "bg-danger-800 text-white hover:bg-danger-900",
} as const;

const SIZE = {
  small: "px-control-sm-x py-control-sm-y text-sm",
  medium: "px-control-x py-control-y",
  large: "px-control-lg-x py-control-y",
} as const;

export type ButtonVariant = keyof typeof VARIANT;
export type ButtonSize = keyof typeof SIZE;

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** The classes of a button, for a button rendered by another component (such as LogoutButton). */
export function buttonClass({ variant = "primary", size = "medium" }: ButtonStyle = {}): string {
  return cx("rounded font-semibold disabled:opacity-70", VARIANT[variant], SIZE[size]);
}

/** A button; `type` is required because a form's default ("submit") is rarely what a bare button means. */
export function Button({
  variant,
  size,
  className,
  type,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle & { type: "submit" | "button" | "reset" }) {
  return (
    <button {...props} type={type} className={cx(buttonClass({ variant, size }), className)}>
      {children}
    </button>
  );
}
