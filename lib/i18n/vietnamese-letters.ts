/*
 * Grammar: one Latin letter that only Vietnamese writes: a vowel with a Vietnamese tone mark
 * (grave, acute, hook above, tilde, dot below), one of â ê ô ă ơ ư, or đ, in either case.
 * Example: "Tăng 3,8 lần" has "ă" and "ầ"; "Growth 3.8 times" has none. Text is NFC.
 */
const VIETNAMESE_LETTER =
  /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]/u;

/**
 * The first Vietnamese letter in a text and its surroundings, or null when there is none.
 *
 * @example
 * findVietnamese('Growth 3.8 times') // null
 * findVietnamese('bang.csv: dòng 5') // 'bang.csv: dòng 5' (the letter "ò" with up to 20 characters either side)
 */
export function findVietnamese(text: string): string | null {
  const normalized = text.normalize('NFC');
  const match = VIETNAMESE_LETTER.exec(normalized);
  if (match === null) return null;
  return normalized.slice(Math.max(0, match.index - 20), match.index + 21);
}
