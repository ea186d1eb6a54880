// Draws the toolbar and store icons (a shield with "!": waspada = be alert) as PNGs, with Node
// built-ins only: `node extension/icons/make-icons.mjs`. The PNGs are committed; run this again
// only to change the drawing. Not shipped (assemble.mjs skips *.mjs).
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const GREEN = [15, 61, 46]; // #0f3d2e, the popup's header colour
const WHITE = [255, 255, 255];

// The same 24×24 drawing as the in-page icon (content/alert.js): shield, then the "!".
function cubic(p0, p1, p2, p3, steps = 24) {
  const pts = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    pts.push([0, 1].map((k) => u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k]));
  }
  return pts;
}
const SHIELD = [
  [12, 1.5], [20.5, 4.6], [20.5, 11],
  ...cubic([20.5, 11], [20.5, 16.5], [16.9, 21], [12, 22.5]),
  ...cubic([12, 22.5], [7.1, 21], [3.5, 16.5], [3.5, 11]),
  [3.5, 4.6],
];
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inMark = (x, y) => inRect(x, y, 10.6, 6, 13.4, 14.2) || inRect(x, y, 10.6, 15.8, 13.4, 18.4);

function inPolygon(x, y, poly) {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function render(size, ss = 8) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let mark = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) / size) * 24;
          const y = ((py + (sy + 0.5) / ss) / size) * 24;
          if (!inPolygon(x, y, SHIELD)) continue;
          if (inMark(x, y)) mark++;
          else shield++;
        }
      }
      const n = ss * ss;
      const a = (shield + mark) / n;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = a ? Math.round((GREEN[c] * shield + WHITE[c] * mark) / (shield + mark)) : 0;
      }
      rgba[o + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, import.meta.url);
  writeFileSync(file, png(size, render(size)));
  console.log(`icons/icon-${size}.png`);
}
