/**
 * How many distinct colours a PNG holds — the test's proof that a chart or the WebGL state graph
 * was drawn: their pixels cannot be read back from the page (a WebGL canvas keeps no drawing
 * buffer), but an element screenshot can. A blank or single-colour area has one or two colours;
 * a drawn chart has dozens (axes, series, anti-aliasing).
 *
 * Decodes 8-bit, non-interlaced truecolour PNGs (colour types 2 and 6), as chromium writes them:
 * chunks per the PNG specification (W3C, 2nd ed., 2003, §5, §11), zlib-inflated IDAT, scanlines
 * un-filtered per §9 (None, Sub, Up, Average, Paeth).
 */
import { inflateSync } from 'node:zlib';

export function distinctColors(png: Buffer): number {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const previous = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    unfilter(raw[start]!, raw.subarray(start + 1, start + 1 + stride), previous, line, channels);
    for (let x = 0; x < stride; x += channels) {
      colours.add((line[x]! << 16) | (line[x + 1]! << 8) | line[x + 2]!);
    }
    previous.set(line);
  }
  return colours.size;
}

function unfilter(
  filter: number,
  input: Uint8Array,
  up: Uint8Array,
  out: Uint8Array,
  bpp: number,
): void {
  for (let i = 0; i < input.length; i++) {
    const a = i >= bpp ? out[i - bpp]! : 0;
    const b = up[i]!;
    const c = i >= bpp ? up[i - bpp]! : 0;
    let predictor = 0;
    if (filter === 1) predictor = a;
    else if (filter === 2) predictor = b;
    else if (filter === 3) predictor = (a + b) >>> 1;
    else if (filter === 4) predictor = paeth(a, b, c);
    out[i] = (input[i]! + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
