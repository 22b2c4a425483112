import { escapeSource } from '../finding/figure-grammar';

/*
 * Which province a text is about, so that one province's series never check another's report: the bundled Cao Bằng
 * tables said nothing of Quảng Trị's GRDP per head, yet gave it a false mismatch (Quảng Trị, 2023; GSO's national
 * releases likewise, "GDP" being a synonym of "GRDP").
 */

/**
 * The provinces and centrally run cities as reports print them: the 63 before the 2025 merger, whose names the 34
 * after it keep. A few have a second printed form (a part of a joined name, a short form).
 */
const PROVINCES: readonly (readonly [name: string, ...forms: string[]])[] = [
  ['An Giang'], ['Bà Rịa - Vũng Tàu', 'Bà Rịa', 'Vũng Tàu'], ['Bắc Giang'], ['Bắc Kạn', 'Bắc Cạn'], ['Bạc Liêu'], ['Bắc Ninh'],
  ['Bến Tre'], ['Bình Định'], ['Bình Dương'], ['Bình Phước'], ['Bình Thuận'], ['Cà Mau'], ['Cần Thơ'], ['Cao Bằng'], ['Đà Nẵng'],
  ['Đắk Lắk', 'Đắc Lắc', 'Đăk Lăk'], ['Đắk Nông', 'Đăk Nông'], ['Điện Biên'], ['Đồng Nai'], ['Đồng Tháp'], ['Gia Lai'], ['Hà Giang'],
  ['Hà Nam'], ['Hà Nội'], ['Hà Tĩnh'], ['Hải Dương'], ['Hải Phòng'], ['Hậu Giang'], ['Hòa Bình'], ['Hưng Yên'], ['Khánh Hòa'],
  ['Kiên Giang'], ['Kon Tum'], ['Lai Châu'], ['Lâm Đồng'], ['Lạng Sơn'], ['Lào Cai'], ['Long An'], ['Nam Định'], ['Nghệ An'],
  ['Ninh Bình'], ['Ninh Thuận'], ['Phú Thọ'], ['Phú Yên'], ['Quảng Bình'], ['Quảng Nam'], ['Quảng Ngãi'], ['Quảng Ninh'],
  ['Quảng Trị'], ['Sóc Trăng'], ['Sơn La'], ['Tây Ninh'], ['Thái Bình'], ['Thái Nguyên'], ['Thanh Hóa'],
  ['Thừa Thiên Huế', 'Huế'], ['Tiền Giang'], ['Hồ Chí Minh', 'TP.HCM', 'TP. HCM', 'TPHCM'], ['Trà Vinh'], ['Tuyên Quang'],
  ['Vĩnh Long'], ['Vĩnh Phúc'], ['Yên Bái'],
];

// Grammar: old-tone := "o" ( "à" | "á" | "ả" | "ã" | "ạ" ) — the tone written on the "a" of "oa" by the older rule
// Example: "Khánh Hoà" → "Khánh Hòa", "Thanh Hoá" → "Thanh Hóa": one spelling to compare.
const OLD_TONE = /o([àáảãạ])/gu;
const NEW_TONE: Readonly<Record<string, string>> = { à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa' };

function withNewTones(text: string): string {
  return text.replace(OLD_TONE, (_all, a: string) => NEW_TONE[a] ?? a);
}

// Grammar: province-name := one printed form of PROVINCES, as written (capitals included), as whole words, not after
//   "Thái" space and not followed by space+ "Dương" (the Pacific, "Thái Bình Dương"); the forms longest first
// Example: "tỉnh Quảng Trị" names Quảng Trị; "Thành phố Hồ Chí Minh" and "TP.HCM" name Hồ Chí Minh; "hòa bình" (peace)
//          and "Thái Bình Dương" name no province (neither Thái Bình nor Bình Dương).
const FORMS = PROVINCES.flatMap(([name, ...forms]) => [name, ...forms].map((form) => [withNewTones(form), name] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const PROVINCE_NAME = new RegExp(`(?<![\\p{L}\\p{M}])(?<!Thái\\s)(?:${FORMS.map(([form]) => escapeSource(form)).join('|')})(?![\\p{L}\\p{M}])(?!\\s+Dương)`, 'gu');
const NAME_OF_FORM = new Map(FORMS);

// Grammar: national := "cả nước" | "toàn quốc" | "tổng sản phẩm trong nước", any case, as words
// Example: "Diện tích gieo cấy lúa đông xuân cả nước đạt …" speaks of the whole country.
const NATIONAL = /(?<![\p{L}\p{M}])(?:cả\s+nước|toàn\s+quốc|tổng\s+sản\s+phẩm\s+trong\s+nước)(?![\p{L}\p{M}])/giu;

// Grammar: provincial-self := ( "toàn" | "cả" ) space+ "tỉnh" | "trên địa bàn tỉnh" | "tỉnh ta" | "của tỉnh" | "GRDP", any
//   case, as words — a province speaking of itself without its name
// Example: "GRDP bình quân đầu người của tỉnh bằng 40% mức bình quân cả nước" is a province's text that names the
//          country once, in a comparison: never the whole country's.
const PROVINCIAL_SELF = /(?<![\p{L}\p{M}])(?:(?:toàn|cả)\s+tỉnh|trên\s+địa\s+bàn\s+tỉnh|tỉnh\s+ta|của\s+tỉnh|grdp)(?![\p{L}\p{M}])/iu;

/** What a text is about: one province, the whole country, or nothing it says. */
export type DocumentPlace = { readonly kind: 'province'; readonly name: string } | { readonly kind: 'national' } | { readonly kind: 'unknown' };

/**
 * How many times a text names each province (by its name in PROVINCES).
 *
 * @example
 * provincesNamed('Tỉnh Khánh Hoà và TP.HCM; Khánh Hòa tăng 5%') // Map { 'Khánh Hòa' => 2, 'Hồ Chí Minh' => 1 }
 */
export function provincesNamed(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of withNewTones(text.normalize('NFC')).matchAll(PROVINCE_NAME)) {
    const name = NAME_OF_FORM.get(m[0].replace(/\s+/gu, ' '));
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * The place a text is about: the province it names most (the first named, on a tie), unless it speaks of the whole
 * country more often than of that province and never of a province as itself ("toàn tỉnh", "GRDP"); `unknown` when it
 * names neither.
 *
 * @example
 * documentPlace('Năm 2023, GRDP tỉnh Quảng Trị tăng 6,68%.') // { kind: 'province', name: 'Quảng Trị' }
 * documentPlace('Diện tích lúa cả nước đạt 3.123,9 nghìn ha; riêng An Giang giảm 2,5 tạ/ha; cả nước giảm 0,7 tạ/ha.') // { kind: 'national' }
 * documentPlace('GRDP tăng 6,68%.') // { kind: 'unknown' }
 */
export function documentPlace(text: string): DocumentPlace {
  const nfc = text.normalize('NFC');
  return placeOfCounts(provincesNamed(nfc), nfc);
}

/** documentPlace of an NFC text whose provinces are counted already. */
function placeOfCounts(named: ReadonlyMap<string, number>, nfc: string): DocumentPlace {
  let best: [string, number] | null = null;
  for (const entry of named) if (best === null || entry[1] > best[1]) best = entry;
  const national = [...nfc.matchAll(NATIONAL)].length;
  if (national > (best?.[1] ?? 0) && !PROVINCIAL_SELF.test(nfc)) return { kind: 'national' };
  return best === null ? { kind: 'unknown' } : { kind: 'province', name: best[0] };
}

/**
 * The province a title or name speaks of (`null` when it names none, or several equally).
 *
 * @example
 * provinceOfName('Niên giám thống kê tỉnh Quảng Trị 2022') // 'Quảng Trị'
 * provinceOfName('Bảng số liệu') // null
 */
export function provinceOfName(name: string): string | null {
  const named = [...provincesNamed(name)];
  return named.length === 1 ? (named[0]?.[0] ?? null) : null;
}

/** A place as PROVINCES names it ("Khánh Hoà" → "Khánh Hòa", "TP.HCM" → "Hồ Chí Minh"); itself when unlisted. */
function nameOf(place: string): string {
  return NAME_OF_FORM.get(withNewTones(place.normalize('NFC'))) ?? place;
}

/** A set of known values left out because its figures are another place's, and why, in both languages. */
export interface SetAsideSource {
  readonly label: string;
  readonly labelEn: string;
  readonly id?: string;
  readonly place: string;
  readonly message: { readonly vi: string; readonly en: string };
}

function aboutText(place: Exclude<DocumentPlace, { kind: 'unknown' }>, lang: 'vi' | 'en'): string {
  switch (place.kind) {
    case 'national':
      return lang === 'vi' ? 'cả nước' : 'the whole country';
    case 'province':
      return place.name;
  }
}

/**
 * The sets of known values that may check a text, and those set aside because they hold another place's figures: a
 * set of a province the text never names, for a text about another province or about the whole country. `what` names
 * the text in the message: a report's text, or a dataset's name, files and titles.
 *
 * @example
 * const { used, setAside } = sourcesForPlace('Năm 2023, GRDP tỉnh Quảng Trị …', [bundledCaoBang]);
 * used // []
 * setAside[0]?.message.vi // 'Không dùng Bảng số liệu kèm theo (Cao Bằng): đó là số liệu của Cao Bằng, còn văn bản nói về Quảng Trị'
 */
export function sourcesForPlace<S extends { readonly label: string; readonly labelEn: string; readonly id?: string; readonly place?: string }>(
  text: string,
  sources: readonly S[],
  what: 'text' | 'dataset' = 'text',
): { used: S[]; setAside: SetAsideSource[] } {
  if (sources.every((s) => s.place === undefined)) return { used: [...sources], setAside: [] };
  const nfc = text.normalize('NFC');
  const named = provincesNamed(nfc);
  const place = placeOfCounts(named, nfc);
  const used: S[] = [];
  const setAside: SetAsideSource[] = [];
  for (const source of sources) {
    // A text that names the set's province at all may speak of it: only a text that never does is another's.
    if (place.kind === 'unknown' || source.place === undefined || named.has(nameOf(source.place))) {
      used.push(source);
      continue;
    }
    setAside.push({
      label: source.label,
      labelEn: source.labelEn,
      ...(source.id === undefined ? {} : { id: source.id }),
      place: source.place,
      message: {
        vi: `Không dùng ${source.label}: đó là số liệu của ${source.place}, còn ${what === 'text' ? 'văn bản' : 'bộ số liệu này'} nói về ${aboutText(place, 'vi')}`,
        en: `${source.labelEn.charAt(0).toUpperCase()}${source.labelEn.slice(1)} was not used: its figures are for ${source.place}, and ${what === 'text' ? 'the text' : 'this dataset'} is about ${aboutText(place, 'en')}`,
      },
    });
  }
  return { used, setAside };
}
