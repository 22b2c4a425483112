import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { convertLegacyFont, detectLegacyFont, toUnicodeText, type LegacyFont } from './legacy-fonts';

/*
 * Test sentences are ours, with figures of the Cao Bằng report (GDP bình quân đầu người 10,6 → 39,8
 * triệu đồng, 2009–2022). The TCVN3 table is checked against iconv-lite's TCVN 5712 decoder, an
 * independent table; the VNI encoder below is written from the VNI-Windows layout (letter, then mark).
 */

const RUNS = Number(process.env.SOATSO_PROPERTY_RUNS ?? 200);

/** Unicode → TCVN3 characters, by inverting iconv-lite's table on the lower-case plane. */
function toTcvn3(text: string): string {
  const reverse = new Map<string, string>();
  for (let code = 0xa1; code <= 0xfe; code++) reverse.set(iconv.decode(Buffer.from([code]), 'tcvn'), String.fromCharCode(code));
  return [...text.normalize('NFC')].map((ch) => reverse.get(ch) ?? ch).join('');
}

const VNI_TONES: Readonly<Record<string, string>> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Readonly<Record<string, string>> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Readonly<Record<string, string>> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };

/** Unicode → VNI-Windows (lower case), letter by letter from the decomposed form. */
function toVni(text: string): string {
  let out = '';
  for (const letter of text.normalize('NFC')) {
    if (letter === 'đ') {
      out += 'ñ';
      continue;
    }
    const [base = '', ...marks] = [...letter.normalize('NFD')];
    const tone = marks.find((m) => m in VNI_TONES) ?? '';
    if (marks.includes('\u031b')) out += (base === 'o' ? 'ô' : 'ö') + (tone ? VNI_TONES[tone] : '');
    else if (marks.includes('\u0302')) out += base + (VNI_CIRCUMFLEX[tone] ?? '');
    else if (marks.includes('\u0306')) out += base + (VNI_BREVE[tone] ?? '');
    else if (base === 'i' && tone) out += VNI_I[tone];
    else if (base === 'y' && tone === '\u0323') out += 'î';
    else out += base + (tone ? VNI_TONES[tone] : '');
  }
  return out;
}

const WORDS = 'tổng sản phẩm trên địa bàn tăng trưởng kinh tế bình quân đầu người đạt triệu đồng năm so với cùng kỳ dịch vụ công nghiệp xây dựng nông lâm thủy sản thu ngân sách vượt kế hoạch giảm lần ước tính huyện thành phố'.split(' ');

describe('the TCVN3 table', () => {
  it('agrees with an independent TCVN 5712 table on every lower-case code', () => {
    for (let code = 0xa1; code <= 0xfe; code++) {
      const ch = String.fromCharCode(code);
      const mine = convertLegacyFont(ch, 'tcvn3');
      if (mine !== ch) expect([code.toString(16), mine]).toEqual([code.toString(16), iconv.decode(Buffer.from([code]), 'tcvn')]);
    }
  });
});

describe('detectLegacyFont and convertLegacyFont', () => {
  it.each<[string, string, LegacyFont | null, string]>([
    ['TCVN3 sentence', 'GDP b×nh qu©n ®Çu ng­êi t¨ng tõ 10,6 lªn 39,8 triÖu ®ång', 'tcvn3', 'GDP bình quân đầu người tăng từ 10,6 lên 39,8 triệu đồng'],
    ['VNI sentence', 'GDP bình quaân ñaàu ngöôøi taêng töø 10,6 leân 39,8 trieäu ñoàng', 'vni', 'GDP bình quân đầu người tăng từ 10,6 lên 39,8 triệu đồng'],
    ['Unicode sentence', 'GDP bình quân đầu người tăng từ 10,6 lên 39,8 triệu đồng', null, 'GDP bình quân đầu người tăng từ 10,6 lên 39,8 triệu đồng'],
    ['old-style tone places in Unicode', 'hoà thuận, toàn quân, quê nhà', null, 'hoà thuận, toàn quân, quê nhà'],
  ])('%s', (_, text, font, unicode) => {
    expect(detectLegacyFont(text)).toBe(font);
    expect(toUnicodeText(text)).toEqual({ text: unicode, font });
  });

  describe('edge cases', () => {
    it.each([
      ['English with Latin-1 symbols', 'Café © 2023 · ® ª 100 µg'],
      ['plain ASCII', 'GDP 10,6 -> 39,8'],
      ['empty', ''],
      ['two TCVN3 letters only', 'T¨ng 3,8 lÇn'],
    ])('%s is left alone', (_, text) => {
      expect(toUnicodeText(text)).toEqual({ text, font: null });
    });

    it('a Windows-1258 file whose Latin-1 reading looks like VNI stays Windows-1258 (its reading has no foreign letters)', () => {
      const decoded = decodeText(iconv.encode('Thu ngân sách aƠ, aă, aƠ', 'windows1258'));
      expect(decoded).toEqual({ ok: true, encoding: 'windows-1258', text: 'Thu ngân sách aƠ, aă, aƠ' });
    });

    it('never fires on the seed report (Unicode) nor on it saved as Windows-1258', () => {
      const seed = readFileSync(join(import.meta.dirname, '../../../shared/seed/000_240dbfc099c0156e.txt'), 'utf8');
      expect(detectLegacyFont(seed)).toBeNull();
      const decoded = decodeText(iconv.encode(seed.slice(0, 20_000).normalize('NFD'), 'windows-1258'));
      expect(decoded.ok && detectLegacyFont(decoded.text)).toBe(null);
    });
  });
});

describe('legacy fonts (property)', () => {
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 30 }).map((w) => w.join(' '));

  it('a Vietnamese sentence typed in TCVN3 or VNI is detected and converted back; in Unicode it is left alone', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(detectLegacyFont(text)).toBeNull();
        const tcvn3 = toTcvn3(text);
        if (detectLegacyFont(tcvn3) !== null) expect(toUnicodeText(tcvn3)).toEqual({ text, font: 'tcvn3' });
        const vni = toVni(text);
        if (detectLegacyFont(vni) !== null) expect(toUnicodeText(vni)).toEqual({ text, font: 'vni' });
      }),
      { numRuns: RUNS },
    );
  });

  it('a sentence with enough marked letters is always detected', () => {
    const long = fc.array(fc.constantFrom('tăng trưởng', 'đầu người', 'bình quân', 'triệu đồng', 'địa bàn'), { minLength: 3, maxLength: 10 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(long, (text) => {
        expect(detectLegacyFont(toTcvn3(text))).toBe('tcvn3');
        expect(detectLegacyFont(toVni(text))).toBe('vni');
      }),
      { numRuns: RUNS },
    );
  });
});
