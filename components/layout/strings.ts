import type { Lang } from '@/lib/i18n/lang';

/** Text of the site shell (header, skip link, error and not-found pages). */
export interface LayoutStrings {
  readonly appName: string;
  readonly tagline: string;
  readonly skipLink: string;
  readonly navLabel: string;
  readonly navOverview: string;
  readonly navReport: string;
  readonly navProse: string;
  readonly navUpload: string;
  readonly languageLabel: string;
  readonly footer: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly backHome: string;
  readonly errorTitle: string;
  readonly errorBody: string;
  readonly retry: string;
}

export const LAYOUT_STRINGS: Readonly<Record<Lang, LayoutStrings>> = {
  vi: {
    appName: 'soát số',
    tagline: 'Soát số liệu tăng trưởng trong báo cáo thống kê',
    skipLink: 'Bỏ qua, đến nội dung chính',
    navLabel: 'Điều hướng chính',
    navOverview: 'Tổng quan',
    navReport: 'Kiểm tra',
    navProse: 'Văn bản',
    navUpload: 'Tải lên',
    languageLabel: 'Ngôn ngữ',
    footer: 'Mọi phép tính được làm lại từ số liệu in trong tài liệu; số hiển thị đúng như tài liệu in.',
    notFoundTitle: 'Không tìm thấy trang',
    notFoundBody: 'Đường dẫn này không có trong bộ số liệu. Có thể bảng hoặc chỉ tiêu đã đổi tên.',
    backHome: 'Về trang Tổng quan',
    errorTitle: 'Đã có lỗi khi hiển thị trang',
    errorBody: 'Trang chưa hiển thị được. Số liệu gốc không bị thay đổi. Bạn có thể thử lại.',
    retry: 'Thử lại',
  },
  en: {
    appName: 'soát số',
    tagline: 'Proof-reading the growth figures in statistical reports',
    skipLink: 'Skip to main content',
    navLabel: 'Main navigation',
    navOverview: 'Overview',
    navReport: 'Verification',
    navProse: 'Text',
    navUpload: 'Upload',
    languageLabel: 'Language',
    footer: 'Every figure is recomputed from the values printed in the document; numbers are shown as printed.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address is not in the dataset. The table or indicator may have been renamed.',
    backHome: 'Back to the overview',
    errorTitle: 'Something went wrong while showing this page',
    errorBody: 'The page could not be shown. The source figures are unchanged. You can try again.',
    retry: 'Try again',
  },
};
