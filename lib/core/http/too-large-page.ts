import { UPLOAD_TOO_LARGE } from "@/lib/core/files/upload-limit.ts";

// A request larger than the portal takes is answered by the proxy before Next reads its body
// (lib/core/files/upload-limit.ts). Without JavaScript the browser shows that answer as the
// page: so it is a German page of its own — what happened, the limit, the way back to the
// form — not a line of plain text. It cannot be a message next to the field: the form's
// action never runs for a body that is not read.

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** No script, no outside resource; the page's own small style only. */
export const TOO_LARGE_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The 413 page. `formPath` is the address the form was sent to — for the portal's forms the
 * page that shows the form (a server action posts to its page) — and is offered as the way back.
 */
export function tooLargePage(formPath: string): string {
  const back = escapeHtml(formPath.startsWith("/") && !formPath.startsWith("//") ? formPath : "/");
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Die Datei ist zu groß – Bildungsnetz NRW</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 2rem 1rem; color: #1a1a1a; }
main { max-width: 40rem; margin: 0 auto; }
h1 { font-size: 1.75rem; line-height: 1.2; }
a { color: #0b4f8a; font-weight: 600; }
a:focus { outline: 3px solid #f2b705; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>Die Datei ist zu groß</h1>
<p>${escapeHtml(UPLOAD_TOO_LARGE)} Das Formular wurde deshalb nicht angenommen; es wurde nichts gespeichert.</p>
<p>Eine Datei darf höchstens 10 MB groß sein. Bitte verkleinern Sie die Datei (zum Beispiel als PDF mit geringerer Bildqualität) oder teilen Sie sie auf, und senden Sie das Formular dann noch einmal.</p>
<p><a href="${back}">Zurück zum Formular</a></p>
</main>
</body>
</html>
`;
}
