import type { Lang } from '@/lib/i18n/lang';

/** Text around a storage fault: the banner and the overview's list of uploads. */
export interface StoreStatusStrings {
  readonly bannerTitle: string;
  /** The overview when the uploads cannot be read: they are not gone. */
  readonly listUnavailable: string;
}

export const STORE_STATUS_STRINGS: Readonly<Record<Lang, StoreStatusStrings>> = {
  vi: {
    bannerTitle: 'Máy chủ đang gặp sự cố lưu trữ',
    listUnavailable:
      'Không liệt kê được các bộ dữ liệu đã tải lên vì máy chủ không đọc được nơi lưu trữ. Các bộ dữ liệu không bị xoá; hãy báo quản trị viên.',
  },
  en: {
    bannerTitle: 'The server has a storage problem',
    listUnavailable:
      'The uploaded datasets cannot be listed because the server cannot read its storage. They have not been deleted; please tell the administrator.',
  },
};
