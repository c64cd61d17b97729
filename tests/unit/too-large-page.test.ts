// Issue 19 (remainder): a request above the body limit (a file far over 10 MB, sent without
// JavaScript, so the browser shows the answer as the page) got one line of plain text. Now
// a German page: what happened, the limit, a link back to the form.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BYTES } from "../../lib/core/files/upload-limit.ts";
import { tooLargePage } from "../../lib/core/http/too-large-page.ts";
import { proxy } from "../../proxy.ts";

const PORTAL = "http://127.0.0.1:3100";

function oversizedPost(path: string) {
  return proxy(
    new NextRequest(`${PORTAL}${path}`, {
      method: "POST",
      headers: {
        "content-length": String(MAX_REQUEST_BYTES + 1),
        "content-type": "multipart/form-data; boundary=x",
        origin: PORTAL,
        host: "127.0.0.1:3100",
        cookie: "bn.session=x",
      },
    }),
  );
}

describe("the page for a request above the body limit", () => {
  it("is a German HTML page with 413: what happened, the limit, the way back to the form", async () => {
    const response = oversizedPost("/kreis-mettmann/intern/sitzungen/0b6f1b1e-2f1d-4c1a-9d0e-1c2b3a4d5e6f");
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain("<h1>Die Datei ist zu groß</h1>");
    expect(html).toContain("Die Datei ist größer als 10 MB.");
    expect(html).toContain("es wurde nichts gespeichert");
    expect(html).toContain(
      '<a href="/kreis-mettmann/intern/sitzungen/0b6f1b1e-2f1d-4c1a-9d0e-1c2b3a4d5e6f">Zurück zum Formular</a>',
    );
  });

  it("keeps the form's query in the link, escaped for HTML", async () => {
    const html = await oversizedPost("/bielefeld/intern/verwaltung/vertrag?tab=1&x=%22%3E").text();
    expect(html).toContain('<a href="/bielefeld/intern/verwaltung/vertrag?tab=1&amp;x=%22%3E">');
    expect(tooLargePage('/a?b="><script>')).toContain('href="/a?b=&quot;&gt;&lt;script&gt;"');
    expect(tooLargePage("//evil.example/")).toContain('<a href="/">');
  });
});
