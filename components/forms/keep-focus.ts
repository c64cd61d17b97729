// After a form's action the page is re-rendered: a form whose stored values changed is mounted
// afresh (see form-revision.ts), a list item that moved is taken out of the document and put
// back, a button that no longer applies disappears. Each of these drops the keyboard focus to
// the start of the page. The form remembers which control sent it (and where focus may go
// instead) and every ActionForm puts the focus back once the page has been updated.

let wanted: { ids: string[]; until: number } | null = null;

/** Called when a form is submitted: the ids to focus after the update, in order of preference. */
export function rememberFocus(ids: (string | null | undefined)[]): void {
  const usable = ids.filter((id): id is string => Boolean(id));
  wanted = usable.length ? { ids: usable, until: Date.now() + 60_000 } : null;
}

/** Forget it (the form failed and the error summary takes the focus). */
export function forgetFocus(): void {
  wanted = null;
}

/** After an update: if the focus was lost, move it to the first remembered control still there. */
export function restoreFocus(): void {
  if (!wanted) return;
  const active = document.activeElement;
  const lost = !active || active === document.body || !active.isConnected;
  if (!lost || Date.now() > wanted.until) {
    wanted = null;
    return;
  }
  for (const id of wanted.ids) {
    const element = document.getElementById(id);
    if (element) {
      element.focus();
      wanted = null;
      return;
    }
  }
}
