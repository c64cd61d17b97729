import { beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../../lib/core/errors.ts";
import { saveRegionLogo } from "../../lib/regions/region-logo.ts";
import type { Actor } from "../../lib/tenancy/actor.ts";
import { actorFor } from "../support/actors.ts";
import { twoRegions } from "../support/regions.ts";

// Attack on the logo upload: a small SVG whose rendering costs minutes of CPU blocks the
// whole portal (resvg renders synchronously on the server's only JavaScript thread).

const svgFile = (content: string) => new File([new Uint8Array(Buffer.from(content))], "logo.svg");
const svg = (inner: string, size = `width="100" height="100"`) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${size}>${inner}</svg>`;

/** Levels of ten <use> each, every one referencing the level below: 10^levels rectangles. */
function nestedUses(levels: number, attribute = "href") {
  let defs = `<g id="l0"><rect width="10" height="10" fill="#06352a"/></g>`;
  for (let i = 1; i <= levels; i++) defs += `<g id="l${i}">${`<use ${attribute}="#l${i - 1}"/>`.repeat(10)}</g>`;
  return svg(`<defs>${defs}</defs><use ${attribute}="#l${levels}"/>`);
}

let lead: Actor;
const refusal = async (content: string) => {
  const error = await saveRegionLogo(lead, svgFile(content)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors.file![0];
};

beforeAll(async () => {
  const regions = await twoRegions();
  lead = await actorFor(regions.a.region.id, regions.a.user.id);
});

describe("attack2: hostile SVG logos are refused before rendering", () => {
  it("nested <use> that multiply to 100,000 shapes (billion laughs without entities) are refused", async () => {
    expect(await refusal(nestedUses(5))).toMatch(/zu aufwendig/);
    expect(await refusal(nestedUses(5, "xlink:href"))).toMatch(/zu aufwendig/);
  });

  it("a <use> cycle is refused", async () => {
    expect(await refusal(svg(`<g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g>`))).toMatch(/zu aufwendig/);
  });

  it("filter effects (feTurbulence with many octaves costs minutes of CPU) are refused", async () => {
    const turbulence = svg(
      `<filter id="f"><feTurbulence baseFrequency="0.9" numOctaves="3"/></filter><rect width="100" height="100" filter="url(#f)"/>`,
    );
    expect(await refusal(turbulence)).toMatch(/Filtereffekte/);
    expect(await refusal(turbulence.replaceAll("filter", "svg:filter").replace("svg:filter=", "filter="))).toMatch(
      /Filtereffekte/,
    );
  });

  it("an ordinary logo with a few <use> of a symbol and a comment with tags is still accepted", async () => {
    const logo = svg(
      `<!-- <use href="#s"/> <g> exported --><defs><symbol id="s"><circle cx="10" cy="10" r="8" fill="#1f6f43"/></symbol></defs>` +
        `<use href="#s" x="0"/><use href="#s" x="30"/><use xlink:href="#s" x="60"/>`,
      `width="120" height="40" viewBox="0 0 120 40"`,
    );
    const saved = await saveRegionLogo(lead, svgFile(logo));
    expect(saved).toMatchObject({ uploadedType: "image/svg+xml", width: 800 });
  });
});
