/**
 * Text widths for laying out chart labels so that none overlap. SVG text can only be measured once it
 * is in the document, which would need a second render; a canvas measures the same font beforehand.
 */

export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** Wider than any Latin glyph's average advance, so the fallback errs towards more space, not overlap. */
const FALLBACK_EM_PER_CHARACTER = 0.68;

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

/**
 * A measurer for `fontFamily` (the chart's computed font); falls back to an estimate without a canvas,
 * and always estimates with `estimate` (a server render, and the browser's hydration of it).
 */
export function textMeasurer(fontFamily: string, estimate = false): MeasureText {
  const cache = new Map<string, number>();
  return (text, fontSize, bold = false) => {
    const key = `${fontSize}|${bold ? 'b' : ''}|${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const canvas = estimate ? null : canvasContext();
    let width = text.length * fontSize * FALLBACK_EM_PER_CHARACTER * (bold ? 1.1 : 1);
    if (canvas !== null) {
      canvas.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily || 'sans-serif'}`;
      width = canvas.measureText(text).width;
    }
    cache.set(key, width);
    return width;
  };
}
