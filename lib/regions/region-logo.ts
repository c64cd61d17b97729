import "@/lib/core/server-only.ts";
import { createHash } from "node:crypto";
import { Resvg } from "@resvg/resvg-js";
import PDFDocument from "pdfkit";
import { recordAudit } from "@/lib/core/audit/record-audit.ts";
import { withRegion } from "@/lib/core/db/client.ts";
import { safeFileName, sniffType } from "@/lib/core/files/file-store.ts";
import { ValidationError } from "@/lib/core/errors.ts";
import { fontFile } from "@/lib/core/pdf/fonts.ts";
import { authorize, type Actor } from "@/lib/tenancy/actor.ts";

export const MAX_LOGO_BYTES = 1024 * 1024;
export const LOGO_TOO_LARGE = "Das Logo ist zu groß: höchstens 1 MB.";
const MAX_PIXELS = 4000;
const SVG_WIDTH_PX = 800;

const refuse = (message: string): never => {
  throw new ValidationError({ file: [message] });
};

/** An SVG as text if the bytes are one (an <svg> root, optionally after an XML declaration, comments, a DOCTYPE). */
function svgText(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes)
    .toString("utf8")
    .replace(/^\ufeff/, "");
  const head = text.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>\s*)*/i, "");
  return /^<svg[\s>]/i.test(head) ? text : null;
}

/**
 * An uploaded SVG as PNG, rasterised by resvg (no scripts, no network). Refused: DOCTYPE or
 * entities (entity expansion), and any reference that is not inside the file itself (href or
 * url() to files or web addresses), so a logo can never pull in a file of the server.
 */
function rasterise(svg: string): Buffer {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg))
    refuse("Das SVG enthält eine DOCTYPE-Angabe. Bitte speichern Sie es ohne oder laden Sie ein PNG hoch.");
  const references = [
    ...svg.matchAll(/\bhref\s*=\s*["']\s*([^"']*)["']/gi),
    ...svg.matchAll(/url\(\s*["']?\s*([^"')]*)/gi),
    ...svg.matchAll(/@import/gi),
  ];
  if (references.some((m) => !(m[1] ?? "").startsWith("#")))
    refuse(
      "Das SVG verweist auf andere Dateien oder Webadressen. Bitte betten Sie alles ins SVG ein oder laden Sie ein PNG hoch.",
    );
  if (/<(?:[\w.-]+:)?filter[\s>/]/i.test(svg))
    refuse("Das SVG enthält Filtereffekte. Bitte speichern Sie es ohne Filter oder laden Sie ein PNG hoch.");
  if (expandedElements(svg) > MAX_SVG_ELEMENTS)
    refuse("Das SVG ist zu aufwendig (zu viele Elemente). Bitte vereinfachen Sie es oder laden Sie ein PNG hoch.");
  let png: Buffer;
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: SVG_WIDTH_PX },
      font: { loadSystemFonts: false, fontFiles: [fontFile("regular")], defaultFontFamily: "Noto Sans" },
    });
    const { width, height } = resvg;
    if (!(width > 0 && height > 0) || width / height > 20 || height / width > 20)
      refuse("Das SVG hat keine brauchbare Größe (Breite und Höhe fehlen oder sind sehr ungleich).");
    // Checked before rendering: the canvas is SVG_WIDTH_PX wide, so a tall SVG would be rendered large first.
    if (Math.ceil((SVG_WIDTH_PX * height) / width) > MAX_PIXELS)
      refuse(`Das Bild ist zu groß: höchstens ${MAX_PIXELS} × ${MAX_PIXELS} Pixel.`);
    png = resvg.render().asPng();
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    return refuse("Das SVG kann nicht gelesen werden. Bitte prüfen Sie die Datei oder laden Sie ein PNG hoch.");
  }
  return png;
}

const MAX_SVG_ELEMENTS = 20_000;

/**
 * How many elements the SVG has once every <use> is replaced by what it references (nested
 * <use> multiply: ten levels of ten <use> are 10^10 shapes in a file of one kilobyte, which
 * would keep the server busy). A rough tag scan, enough to bound the work; a reference cycle
 * counts as infinite.
 */
function expandedElements(svg: string): number {
  interface Element {
    own: number;
    uses: Map<string, number>;
  }
  const byId = new Map<string, Element>();
  const root: Element = { own: 0, uses: new Map() };
  const stack: Element[] = [root];
  // No "<" inside a tag (XML allows none in attribute values): every match attempt ends at the next "<".
  for (const [, closing, name, attributes = "", selfClosing] of withoutComments(svg).matchAll(
    /<(\/?)([A-Za-z_][\w.:-]*)((?:"[^"<]*"|'[^'<]*'|[^'"<>])*?)(\/?)>/g,
  )) {
    if (closing) {
      const done = stack.length > 1 ? stack.pop()! : null;
      if (done) mergeInto(stack[stack.length - 1]!, done);
      continue;
    }
    const element: Element = { own: 1, uses: new Map() };
    const id = /(?:^|\s)id\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
    if (id !== undefined) byId.set(id, element);
    if (/^(?:[\w.-]+:)?use$/i.test(name!)) {
      const href = /(?:^|\s)(?:[\w.-]+:)?href\s*=\s*["']\s*#([^"']*)["']/.exec(attributes)?.[1];
      if (href !== undefined) element.uses.set(href, 1);
    }
    if (selfClosing) mergeInto(stack[stack.length - 1]!, element);
    else stack.push(element);
  }
  while (stack.length > 1) mergeInto(stack[stack.length - 2]!, stack.pop()!);
  const memo = new Map<Element, number>();
  const size = (element: Element): number => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    memo.set(element, Infinity); // a cycle while counting
    let total = element.own;
    for (const [id, times] of element.uses) {
      const target = byId.get(id);
      if (target) total += times * size(target);
      if (total > MAX_SVG_ELEMENTS) break;
    }
    memo.set(element, total);
    return total;
  };
  try {
    return size(root);
  } catch {
    return Infinity; // <use> chained deeper than the stack
  }
}

function withoutComments(svg: string): string {
  let out = "";
  let at = 0;
  for (let start = svg.indexOf("<!--"); start >= 0; start = svg.indexOf("<!--", at)) {
    out += svg.slice(at, start);
    const end = svg.indexOf("-->", start + 4);
    if (end < 0) return out;
    at = end + 3;
  }
  return out + svg.slice(at);
}

function mergeInto(parent: { own: number; uses: Map<string, number> }, child: typeof parent) {
  parent.own += child.own;
  for (const [id, times] of child.uses) parent.uses.set(id, (parent.uses.get(id) ?? 0) + times);
}

/** Width and height of a PNG or JPEG as pdfkit reads it (what the letterhead will embed). */
function imageSize(bytes: Buffer): { width: number; height: number } {
  try {
    const doc = new PDFDocument({ autoFirstPage: false }) as unknown as {
      openImage(src: Buffer): { width: number; height: number };
    };
    const image = doc.openImage(bytes);
    return { width: image.width, height: image.height };
  } catch {
    return refuse("Die Bilddatei ist beschädigt oder kein gültiges PNG oder JPEG.");
  }
}

/**
 * Sets the office's logo for the letterhead of every PDF of the region (replacing the one
 * before): PNG or JPEG by content, or SVG rasterised to PNG; at most 1 MB and 4000 px a side.
 */
export async function saveRegionLogo(actor: Actor, file: unknown) {
  authorize(actor, "region.manage");
  if (!(file instanceof Blob) || file.size === 0) refuse("Bitte wählen Sie eine Bilddatei.");
  const blob = file as Blob;
  if (blob.size > MAX_LOGO_BYTES) refuse(LOGO_TOO_LARGE);
  const fileName = safeFileName("name" in blob && typeof blob.name === "string" ? blob.name : "", "logo");
  const uploaded = new Uint8Array(await blob.arrayBuffer());
  const sniffed = sniffType(uploaded);
  const svg = sniffed ? null : svgText(uploaded);
  if (sniffed !== "image/png" && sniffed !== "image/jpeg" && !svg)
    refuse("Dieser Dateityp ist nicht erlaubt. Erlaubt sind PNG, JPEG und SVG.");
  const bytes = svg ? rasterise(svg) : Buffer.from(uploaded);
  const { width, height } = imageSize(bytes);
  if (width > MAX_PIXELS || height > MAX_PIXELS)
    refuse(`Das Bild ist zu groß: höchstens ${MAX_PIXELS} × ${MAX_PIXELS} Pixel.`);
  const mimeType = svg ? "image/png" : sniffed!;
  const uploadedType = svg ? "image/svg+xml" : sniffed!;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const data = {
      mimeType,
      bytes: new Uint8Array(bytes),
      sha256,
      uploadedType,
      fileName,
      uploadedById: actor.userId,
      createdAt: new Date(),
    };
    const logo = await tx.regionLogo.upsert({
      where: { regionId },
      create: { regionId, ...data },
      update: data,
      select: { id: true, fileName: true, uploadedType: true, sha256: true },
    });
    await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "region.logo.saved",
      entityType: "RegionLogo",
      entityId: logo.id,
      details: { fileName, uploadedType, sha256, width, height },
    });
    return { ...logo, width, height };
  });
}

/** Removes the logo: the letterhead shows the region's name only. */
export async function removeRegionLogo(actor: Actor) {
  authorize(actor, "region.manage");
  return withRegion(actor.regionId, async (tx) => {
    const { regionId } = actor;
    const logo = await tx.regionLogo.findUnique({ where: { regionId }, select: { id: true, sha256: true } });
    if (!logo) return null;
    await tx.regionLogo.delete({ where: { regionId } });
    const audit = await recordAudit(tx, {
      regionId,
      actorId: actor.userId,
      action: "region.logo.removed",
      entityType: "RegionLogo",
      entityId: logo.id,
      details: { sha256: logo.sha256 },
    });
    return { ...logo, auditId: audit.id };
  });
}

/** The logo as stored, for the office's page and its preview. */
export async function getRegionLogo(actor: Actor) {
  authorize(actor, "region.manage");
  return withRegion(actor.regionId, (tx) =>
    tx.regionLogo.findUnique({
      where: { regionId: actor.regionId },
      select: { bytes: true, mimeType: true, fileName: true, uploadedType: true, sha256: true, createdAt: true },
    }),
  );
}
