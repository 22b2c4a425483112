import { describe, expect, it } from 'vitest';
import { sameIndicator } from './same-indicator';

describe('sameIndicator', () => {
  it.each<[string, string, boolean]>([
    ['Tổng giá trị xuất khẩu nông sản qua địa bàn', 'Tổng xuất khẩu hàng hóa nông sản', true],
    ['Tổng vốn đầu tư công', 'vốn đầu tư công trên địa bàn', true],
    ['doanh thu bưu chính', 'Doanh thu bưu chính', true],
    ['tỉ lệ hộ dùng điện', 'Tỷ lệ hộ dùng điện', true],
    ['Sản lượng chè', 'Sản lượng chè búp tươi', true],
    ['doanh thu bưu chính', 'doanh thu bưu chính từ dịch vụ chuyển phát quốc tế', false],
    ['doanh thu lữ hành', 'thu ngân sách', false],
    ['Tỷ lệ hộ nghèo', 'Tỷ lệ trẻ em suy dinh dưỡng', false],
    // A measure alone says what is measured, not of what (Thanh Hóa's "sản lượng 625,1 nghìn tấn" after a glued name)
    ['sản lượng', 'Sản lượng lương thực', false],
    ['năng suất', 'Năng suất lúa', false],
    ['doanh thu', 'Doanh thu lữ hành', false],
    ['Diện tích gieo trồng', 'diện tích gieo trồng lúa', false],
    // one measure of two crops or herds, named by their list headings ("- Cây lúa: …; - Cây ngô: …"), is two series
    ['sản lượng cây lúa', 'sản lượng cây ngô', false],
    ['sản lượng cây lúa', 'Sản lượng lúa', true],
    ['tổng đàn trâu', 'tổng đàn bò', false],
    ['Sản lượng', 'sản lượng', true],
    // the near-poor are not the poor (Cà Mau's poverty review of 2023, our words); women are not everyone
    ['hộ cận nghèo', 'hộ nghèo', false],
    ['Số hộ thoát nghèo', 'Số hộ nghèo', false],
    ['lao động nữ', 'lao động', false],
    ['Dân số nam', 'Dân số', false],
    ['Tỷ lệ hộ cận nghèo', 'tỷ lệ hộ cận nghèo của tỉnh', true],
    // exports are not imports, nor both together (provincial trade paragraphs); production and income are no trade
    ['kim ngạch xuất khẩu', 'kim ngạch nhập khẩu', false],
    ['Kim ngạch xuất khẩu hàng hóa', 'kim ngạch nhập khẩu hàng hóa', false],
    ['kim ngạch xuất nhập khẩu', 'kim ngạch xuất khẩu', false],
    ['Kim ngạch xuất, nhập khẩu', 'kim ngạch xuất nhập khẩu', true],
    ['Giá trị sản xuất công nghiệp', 'giá trị sản xuất ngành công nghiệp', true],
    ['Thu nhập bình quân đầu người', 'thu nhập bình quân đầu người một tháng', true],
    // one level of the budget is not another (Thanh Hóa's state investment, July 2021: cấp tỉnh, cấp huyện, cấp xã)
    ['vốn ngân sách Nhà nước cấp tỉnh', 'vốn ngân sách Nhà nước cấp huyện', false],
    ['vốn ngân sách Nhà nước cấp xã', 'Vốn ngân sách nhà nước cấp xã', true],
    // the budget's outlay on investment is not all the investment in the province (Hưng Yên's yearbook of 2018)
    ['chi đầu tư phát triển', 'vốn đầu tư phát triển trên địa bàn tỉnh', false],
    // Long An's first quarter of 2018: the IIP is no output value
    ['chỉ số sản xuất công nghiệp của tỉnh', 'Giá trị sản xuất công nghiệp (giá hiện hành)', false],
    ['chỉ số sản xuất công nghiệp', 'chỉ số sản xuất công nghiệp của tỉnh', true],
    ['Chi đầu tư phát triển', 'chi đầu tư phát triển của địa phương', true],
    ['Vốn đầu tư phát triển', 'vốn đầu tư phát triển trên địa bàn', true],
    // revenue is not spending, nor the state budget the local one (Đại Lộc, Q1 2023: our words)
    ['Tổng thu ngân sách Nhà nước trên địa bàn huyện', 'chi ngân sách huyện', false],
    ['Tổng thu ngân sách Nhà nước trên địa bàn huyện', 'thu ngân sách địa phương', false],
    ['thu ngân sách địa phương', 'Tổng chi ngân sách địa phương', false],
    ['thu ngân sách trên địa bàn', 'Thu ngân sách nhà nước trên địa bàn', true],
    // a place is no sex: "Việt Nam", "Quảng Nam" keep a name what it is
    ['khách quốc tế đến Việt Nam', 'khách quốc tế đến Việt Nam năm 2023', true],
    ['Kim ngạch xuất khẩu của Quảng Nam', 'kim ngạch xuất khẩu Quảng Nam', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameIndicator(a, b)).toBe(expected);
    expect(sameIndicator(b, a)).toBe(expected);
  });
});

describe('edge cases', () => {
  it.each<[string | null, string | null]>([
    [null, 'doanh thu'],
    ['doanh thu', null],
    [null, null],
    ['tổng giá trị', 'tổng giá trị trên địa bàn'],
    ['', ''],
  ])('%s ~ %s is no match: nothing to compare', (a, b) => {
    expect(sameIndicator(a, b)).toBe(false);
  });

  it('is NFC-insensitive', () => {
    expect(sameIndicator('Sản lượng chè'.normalize('NFD'), 'sản lượng chè búp')).toBe(true);
  });
});
