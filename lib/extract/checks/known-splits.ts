/*
 * The splits of a whole that reports name part by part: the economic sectors (with the product taxes for a GDP or GRDP),
 * the types of ownership, the domestic and the foreign-invested economy, thành thị / nông thôn, nam / nữ, international
 * and domestic visitors, the central and the local level, exports and imports. The words before each
 * figure name one part each, folded.
 */

// Grammar: gdp := "gdp" | "grdp" | "tổng sản phẩm" (folded, whole words)
// Example: "GRDP năm 2019 đạt 16.186 tỷ đồng" is a GDP: its sectors leave out product taxes.
export const GDP = /(?<![\p{L}\p{M}])(?:gdp|grdp|tong san pham)(?![\p{L}\p{M}])/u;

// Grammar (each folded, whole words):
//   agriculture := "nông" " nghiệp"? ( " "? ( "," | "-" | "–" ) " "? | " " ) "lâm" | "khu vực nông nghiệp"            industry := "công nghiệp" ( " và" | " "? ( "-" | "–" | "," ) " "? ) " xây dựng"
//   services := "dịch vụ"      product-taxes := "thuế" ( " và trợ cấp" )? " sản phẩm"      urban := "thành thị"      rural := "nông thôn"
//   male := "nam"      female := "nữ"
// Example: ", nông, lâm nghiệp và thủy sản 2.029 doanh nghiệp" names agriculture, and so does "Khu vực nông nghiệp đóng góp
//          thấp nhất" (Bình Định, first half of 2024), and "khu vực nông - lâm nghiệp - thủy sản" (Hà Tĩnh, first half of
//          2025); "khu vực dịch vụ có" names services;
//          "thuế và trợ cấp sản phẩm" (Hải Dương, 2021) names the product taxes.
const AGRICULTURE = /(?<![\p{L}\p{M}])(?:nong(?: nghiep)?(?: ?[,–-] ?| )lam|khu vuc nong nghiep)(?![\p{L}\p{M}])/u;
const INDUSTRY = /(?<![\p{L}\p{M}])cong nghiep(?: va| ?[-–,] ?) ?xay dung(?![\p{L}\p{M}])/u;
const SERVICES = /(?<![\p{L}\p{M}])dich vu(?![\p{L}\p{M}])/u;
const PRODUCT_TAXES = /(?<![\p{L}\p{M}])thue(?: va tro cap)? san pham(?![\p{L}\p{M}])/u;
const URBAN = /(?<![\p{L}\p{M}])thanh thi(?![\p{L}\p{M}])/u;
const RURAL = /(?<![\p{L}\p{M}])nong thon(?![\p{L}\p{M}])/u;
// Grammar (folded, whole words): state := "nha nuoc" not after "ngoai "; non-state := "ngoai nha nuoc"; foreign := ( "von" | "khu
//   vuc" ) " dau tu nuoc ngoai" | "fdi"
// Example: "kinh tế nhà nước ước đạt 553,9 tỷ đồng; kinh tế ngoài nhà nước … ; kinh tế có vốn đầu tư nước ngoài …" (Thái
//          Bình's industry of July 2018) names the three types of ownership.
const STATE = /(?<![\p{L}\p{M}])(?<!ngoai )nha nuoc(?![\p{L}\p{M}])/u;
const NON_STATE = /(?<![\p{L}\p{M}])ngoai nha nuoc(?![\p{L}\p{M}])/u;
const FOREIGN = /(?<![\p{L}\p{M}])(?:(?:von|khu vuc) dau tu nuoc ngoai|fdi)(?![\p{L}\p{M}])/u;
// Grammar (folded, whole words): international := "quoc te"; domestic := "noi dia" | "trong nuoc"
// Example: "khách quốc tế 100 nghìn lượt …; khách nội địa 2,48 triệu lượt" (Hòa Bình's visitors of 2022) splits all visitors.
const INTERNATIONAL = /(?<![\p{L}\p{M}])quoc te(?![\p{L}\p{M}])/u;
const DOMESTIC = /(?<![\p{L}\p{M}])(?:noi dia|trong nuoc)(?![\p{L}\p{M}])/u;
// Grammar (folded, whole words): exports := "xuat khau"; imports := "nhap khau" not after "xuat" and a space, comma or
//   dash ("xuất nhập khẩu", "xuất, nhập khẩu" are the whole)
// Example: "Kim ngạch xuất nhập khẩu 9 tháng ước đạt 5,12 tỷ USD. Trong đó, xuất khẩu đạt 3,14 tỷ USD, nhập khẩu đạt 1,98 tỷ
//          USD" (Bình Phước's trade, nine months) splits the trade into its two flows.
const EXPORTS = /(?<![\p{L}\p{M}])xuat khau(?![\p{L}\p{M}])/u;
const IMPORTS = /(?<![\p{L}\p{M}])(?<!xuat ?[,–-]? ?)nhap khau(?![\p{L}\p{M}])/u;
// Grammar (folded, whole words): central := "trung uong"; local := "dia phuong"
// Example: "thu ngân sách Trung ương đạt 8.696,2 tỷ đồng, thu ngân sách địa phương đạt 31.541 tỷ đồng" (Đà Nẵng, nine
//          months of 2025) splits the budget revenue collected in the city.
const CENTRAL = /(?<![\p{L}\p{M}])trung uong(?![\p{L}\p{M}])/u;
const LOCAL = /(?<![\p{L}\p{M}])dia phuong(?![\p{L}\p{M}])/u;
const MALE = /(?<![\p{L}\p{M}])nam(?![\p{L}\p{M}])/u;
const FEMALE = /(?<![\p{L}\p{M}])nu(?![\p{L}\p{M}])/u;

/** A known split of a whole: the names of its parts; `notForGdp` when a GDP has a part it leaves out (product taxes). */
export interface Partition {
  readonly members: readonly RegExp[];
  readonly notForGdp: boolean;
}

export const PARTITIONS: readonly Partition[] = [
  { members: [AGRICULTURE, INDUSTRY, SERVICES], notForGdp: true },
  { members: [AGRICULTURE, INDUSTRY, SERVICES, PRODUCT_TAXES], notForGdp: false },
  { members: [URBAN, RURAL], notForGdp: false },
  { members: [STATE, NON_STATE, FOREIGN], notForGdp: true },
  { members: [STATE, NON_STATE, FOREIGN, PRODUCT_TAXES], notForGdp: false },
  { members: [MALE, FEMALE], notForGdp: false },
  { members: [INTERNATIONAL, DOMESTIC], notForGdp: false },
  // The domestic economy and the foreign-invested sector ("khu vực kinh tế trong nước" and "khu vực kinh tế có vốn đầu tư
  // nước ngoài": Bình Dương's retail of May 2017).
  { members: [DOMESTIC, FOREIGN], notForGdp: true },
  // The central and the local level (the budget collected in a province; state enterprises).
  { members: [CENTRAL, LOCAL], notForGdp: false },
  // Exports and imports, the two flows of trade.
  { members: [EXPORTS, IMPORTS], notForGdp: false },
];


/**
 * Whether each label names exactly one member of a partition and every member is named once.
 *
 * @example
 * namesPartition(['nam', 'nu'], PARTITIONS[5]) // true (men and women)
 */
export function namesPartition(labels: readonly string[], partition: Partition): boolean {
  if (labels.length !== partition.members.length) return false;
  const named = labels.map((label) => partition.members.filter((member) => member.test(label)));
  return named.every((m) => m.length === 1) && partition.members.every((member) => named.some((m) => m[0] === member));
}

/**
 * Whether the words before each of three figures name the three economic sectors, each once (no product taxes).
 *
 * @example
 * namesThreeSectors(['khu vuc nong, lam nghiep va thuy san', 'khu vuc cong nghiep - xay dung', 'khu vuc dich vu']) // true
 */
export function namesThreeSectors(labels: readonly string[]): boolean {
  const [sectors] = PARTITIONS;
  return sectors !== undefined && namesPartition(labels, sectors);
}

/**
 * Whether the words before each of four figures name a GDP's or GRDP's four components, each once: the three economic
 * sectors and the product taxes, which add up to it by definition.
 *
 * @example
 * namesFourComponents(['khu vuc nong, lam nghiep va thuy san', 'khu vuc cong nghiep - xay dung', 'khu vuc dich vu', 'thue san pham']) // true
 */
export function namesFourComponents(labels: readonly string[]): boolean {
  const components = PARTITIONS[1];
  return components !== undefined && namesPartition(labels, components);
}

// Grammar (folded, whole words): mining := "khai khoang"; manufacturing := "che bien" ( "," | " va" )? " che tao";
//   electricity := "phan phoi dien" | "nganh dien" | "san xuat dien"; water := "cung cap nuoc"
// Example: "ngành khai khoáng tăng 1,1%, đóng góp 0,2 điểm phần trăm", "ngành chế biến, chế tạo …", "ngành sản xuất và phân
//          phối điện …", "ngành cung cấp nước và xử lý rác thải, nước thải …" (GSO's industrial production index).
const MINING = /(?<![\p{L}\p{M}])khai khoang(?![\p{L}\p{M}])/u;
const MANUFACTURING = /(?<![\p{L}\p{M}])che bien(?:,| va)? che tao(?![\p{L}\p{M}])/u;
const ELECTRICITY = /(?<![\p{L}\p{M}])(?:phan phoi dien|nganh dien|san xuat dien)(?![\p{L}\p{M}])/u;
const WATER = /(?<![\p{L}\p{M}])cung cap nuoc(?![\p{L}\p{M}])/u;
const INDUSTRY_SECTIONS: Partition = { members: [MINING, MANUFACTURING, ELECTRICITY, WATER], notForGdp: false };

/**
 * Whether the words before each of four figures name the four sections of industry (mining, manufacturing, electricity,
 * water), each once: all of an industrial production index.
 *
 * @example
 * namesIndustrySections(['nganh che bien, che tao', 'nganh san xuat va phan phoi dien', 'nganh cung cap nuoc', 'nganh khai khoang']) // true
 */
export function namesIndustrySections(labels: readonly string[]): boolean {
  return namesPartition(labels, INDUSTRY_SECTIONS);
}
