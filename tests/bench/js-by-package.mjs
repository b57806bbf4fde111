// Attributes a built JavaScript file's bytes to the packages they came from, using its source map.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export function packageOf(source) {
  const match = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (match) return match[1];
  if (source.includes('/src/')) return 'app: ' + source.slice(source.indexOf('/src/') + 5).split('/')[0];
  return 'other';
}

/** { package: { raw, gzip } } for one JS file with a sibling .map. */
export function bytesByPackage(jsFile) {
  const code = readFileSync(jsFile, 'utf8');
  const map = JSON.parse(readFileSync(jsFile + '.map', 'utf8'));
  const lines = code.split('\n');
  const pieces = {};
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    const segments = lineMappings ? lineMappings.split(',').map(decodeVlq) : [];
    segments.forEach((segment, i) => {
      column += segment[0];
      if (segment.length > 1) sourceIndex += segment[1];
      const nextColumn = i + 1 < segments.length ? column + segments[i + 1][0] : line.length;
      const pkg = packageOf(map.sources[sourceIndex] ?? '');
      (pieces[pkg] ??= []).push(line.slice(column, nextColumn));
    });
  });
  return Object.fromEntries(
    Object.entries(pieces).map(([pkg, parts]) => {
      const text = parts.join('');
      return [pkg, { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }];
    }),
  );
}
