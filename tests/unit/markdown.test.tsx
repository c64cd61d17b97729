import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "../../components/markdown.tsx";

describe("markdown in minutes and offers", () => {
  it("renders formatting", () => {
    const html = renderToStaticMarkup(<Markdown text={"Die Vorsitzende **begrüßt** alle.\n\n- eins\n- zwei"} />);
    expect(html).toContain("<strong>begrüßt</strong>");
    expect(html).toContain("<li>eins</li>");
  });

  it("drops raw HTML, scripts, images and unsafe link targets", () => {
    const html = renderToStaticMarkup(
      <Markdown
        text={
          '<script>alert(1)</script>\n\nText <b onclick="x()">fett</b> [klick](javascript:alert(1)) ![bild](https://evil.example/x.png) [ok](https://www.nrw.de)'
        }
      />,
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://www.nrw.de" rel="noopener noreferrer nofollow">ok</a>');
    expect(html).toContain("Text ");
  });

  it("shows a text parsed once the same way again, and each text as its own", () => {
    const text = "Erste **Fassung** mit [Link](https://www.nrw.de)";
    const first = renderToStaticMarkup(<Markdown text={text} />);
    expect(renderToStaticMarkup(<Markdown text={text} />)).toBe(first);
    const changed = renderToStaticMarkup(<Markdown text={text.replace("Erste", "Zweite")} />);
    expect(changed).toContain("Zweite <strong>Fassung</strong>");
    expect(changed).not.toContain("Erste");
    // the second rendering reuses the parsed tree instead of parsing again
    const a = Markdown({ text });
    const b = Markdown({ text });
    expect(a.props.children).toBe(b.props.children);
  });
});
