"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { Notice } from "@/components/ui/notice";

// A form that disappears after its action (publish, archive, cancel, remove …: the page no
// longer offers it) takes its success message with it. ActionForm hands such a message to this
// page-level region instead, which the internal layout renders above every page.

interface Flash {
  message: string;
  /** The page it belongs to (its path); on another page it is not shown. */
  path: string;
  id: number;
  /** When the action that reported it succeeded (ms). */
  at: number;
}

let current: Flash | null = null;
const listeners = new Set<() => void>();

/**
 * Shows the message in the page's confirmation region (until the next one or another page).
 * `at` is when its action succeeded: several forms may disappear in the same commit (approving
 * minutes removes the comment forms too, whose last success may be seconds old), and the region
 * keeps the newest success of the page, whatever the order in which they hand their messages over.
 */
export function flash(message: string, at: number = Date.now()): void {
  const path = window.location.pathname;
  if (current && current.path === path && current.at > at) return;
  current = { message, path, id: (current?.id ?? 0) + 1, at };
  for (const listener of listeners) listener();
}

/** The message the region shows on `path` (for tests). */
export function flashedOn(path: string): string | null {
  return current && current.path === path ? current.message : null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live region for confirmations of forms that are gone; takes the focus if the form had it. */
export function FlashRegion() {
  const shown = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const path = usePathname();
  const visible = shown && shown.path === path ? shown : null;
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (visible && (!active || active === document.body)) notice.current?.focus();
  }, [visible]);
  return (
    <div role="status" aria-live="polite">
      {visible && (
        <div ref={notice} tabIndex={-1} className="mb-4" data-testid="bestaetigung">
          <Notice tone="success">{visible.message}</Notice>
        </div>
      )}
    </div>
  );
}
