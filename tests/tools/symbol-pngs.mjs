// Writes a PNG beside each Mulberry symbol in src/assets/symbols/mulberry (the easy read PDF embeds these;
// drawing the symbols' SVG in pdf-lib would need every shape and transform converted to paths).
// 480 px square on white: sharp over librsvg, so the PNGs look as the SVGs do in a browser.
// Usage: node tests/tools/symbol-pngs.mjs   (after adding or changing a symbol; commit the PNGs)
import { readdirSync } from 'node:fs';
import sharp from 'sharp';

const DIR = new URL('../../src/assets/symbols/mulberry/', import.meta.url);
const SIZE = 480;

for (const file of readdirSync(DIR).filter((name) => name.endsWith('.svg'))) {
  await sharp(new URL(file, DIR).pathname, { density: 300 })
    .resize(SIZE, SIZE, { fit: 'contain', background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .png({ compressionLevel: 9, palette: true })
    .toFile(new URL(file.replace(/\.svg$/, '.png'), DIR).pathname);
}
console.log('wrote the PNGs of src/assets/symbols/mulberry');
