// Writes the toneless Mandarin readings of the 6,763 characters of GB 2312 (levels 1 and 2), one
// "<character>\t<reading> <reading>…" per line, from npm pinyin-pro (MIT). Run by the dialogs project's build;
// the output is embedded, never committed. Usage: node pinyin-readings.mjs <output file>
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(resolve(process.cwd(), 'package.json'));
const { pinyin } = require('pinyin-pro');
const output = process.argv[2];
if (!output) {
  console.error('usage: node pinyin-readings.mjs <output file>');
  process.exit(2);
}

const gb2312 = new TextDecoder('gb18030');
const lines = [];
for (let row = 0xb0; row <= 0xf7; row++) {
  for (let cell = 0xa1; cell <= 0xfe; cell++) {
    const character = gb2312.decode(new Uint8Array([row, cell]));
    if (character.length !== 1 || character.charCodeAt(0) < 0x4e00) {
      continue;
    }
    const readings = pinyin(character, { toneType: 'none', multiple: true, type: 'array', v: true })
      .map(reading => reading.toLowerCase())
      .filter(reading => /^[a-z]+$/.test(reading));
    if (readings.length > 0) {
      lines.push(`${character}\t${[...new Set(readings)].join(' ')}`);
    }
  }
}

mkdirSync(dirname(resolve(output)), { recursive: true });
writeFileSync(output, lines.join('\n') + '\n');
console.log(`pinyin-readings: ${lines.length} characters -> ${output}`);
