import type { Lang } from '@/lib/i18n/lang';
import type { AuditAction } from '@/lib/team/types';

/** Text of the admin pages: users and the audit log. */
export interface AdminStrings {
  readonly usersTitle: string;
  readonly usersIntro: string;
  readonly auditLink: string;
  readonly addUser: string;
  readonly name: string;
  readonly role: string;
  readonly password: string;
  readonly state: string;
  readonly actions: string;
  readonly active: string;
  readonly disabled: string;
  readonly disable: (name: string) => string;
  readonly enable: (name: string) => string;
  readonly resetPassword: (name: string) => string;
  readonly newPasswordFor: (name: string) => string;
  readonly save: string;
  readonly cancel: string;
  readonly created: (name: string) => string;
  readonly updated: (name: string) => string;
  readonly passwordReset: (name: string) => string;
  readonly changeRole: (name: string) => string;
  readonly usersCaption: string;
  readonly auditTitle: string;
  readonly auditIntro: string;
  readonly auditCaption: string;
  readonly when: string;
  readonly who: string;
  readonly what: string;
  readonly target: string;
  readonly detail: string;
  readonly nobody: string;
  readonly auditEmpty: string;
  readonly auditCount: (shown: string, total: string) => string;
  readonly olderPage: string;
  readonly newerPage: string;
  readonly backToUsers: string;
  readonly actionWords: Readonly<Record<AuditAction, string>>;
}

export const ADMIN_STRINGS: Readonly<Record<Lang, AdminStrings>> = {
  vi: {
    usersTitle: 'Quản trị tài khoản',
    usersIntro: 'Thêm người dùng, đổi vai trò, khoá tài khoản và đặt lại mật khẩu. Người xem chỉ đọc; người soát tải lên, lưu và ghi quyết định; quản trị viên quản lý tài khoản.',
    auditLink: 'Nhật ký thao tác',
    addUser: 'Thêm người dùng',
    name: 'Tên đăng nhập',
    role: 'Vai trò',
    password: 'Mật khẩu (ít nhất 10 ký tự)',
    state: 'Trạng thái',
    actions: 'Thao tác',
    active: 'đang dùng',
    disabled: 'đã khoá',
    disable: (n) => `Khoá ${n}`,
    enable: (n) => `Mở khoá ${n}`,
    resetPassword: (n) => `Đặt lại mật khẩu của ${n}`,
    newPasswordFor: (n) => `Mật khẩu mới của ${n}`,
    save: 'Lưu',
    cancel: 'Huỷ',
    created: (n) => `Đã thêm ${n}.`,
    updated: (n) => `Đã cập nhật ${n}.`,
    passwordReset: (n) => `Đã đặt lại mật khẩu của ${n}.`,
    changeRole: (n) => `Vai trò của ${n}`,
    usersCaption: 'Các tài khoản',
    auditTitle: 'Nhật ký thao tác',
    auditIntro: 'Mọi thao tác ghi (đăng nhập, tải lên, đổi tên, xoá, kiểm tra lại, quyết định, quản trị tài khoản): ai, làm gì, lúc nào. Mới nhất ở trên.',
    auditCaption: 'Nhật ký thao tác, mới nhất trước',
    when: 'Thời điểm',
    who: 'Người làm',
    what: 'Thao tác',
    target: 'Đối tượng',
    detail: 'Chi tiết',
    nobody: '(không đăng nhập)',
    auditEmpty: 'Chưa có thao tác nào.',
    auditCount: (shown, total) => `${shown} / ${total} dòng`,
    olderPage: 'Trang cũ hơn',
    newerPage: 'Trang mới hơn',
    backToUsers: 'Quản trị tài khoản',
    actionWords: {
      'sign-in': 'đăng nhập',
      'sign-out': 'đăng xuất',
      'dataset.create': 'tải lên bộ dữ liệu',
      'dataset.rename': 'đổi tên bộ dữ liệu',
      'dataset.reference': 'đánh dấu số liệu gốc',
      'indicator.synonym': 'sửa bảng từ đồng nghĩa',
      'indicator.answer': 'trả lời câu hỏi chỉ tiêu',
      'dataset.delete': 'xoá bộ dữ liệu',
      'dataset.recheck': 'kiểm tra lại bộ dữ liệu',
      'document.save': 'lưu tài liệu',
      'document.recheck': 'kiểm tra lại tài liệu',
      decision: 'ghi quyết định',
      'decision.carry': 'chuyển quyết định sang phiên bản mới',
      'user.create': 'thêm tài khoản',
      'user.disable': 'khoá tài khoản',
      'user.enable': 'mở khoá tài khoản',
      'user.role': 'đổi vai trò',
      'user.password': 'đổi mật khẩu',
    },
  },
  en: {
    usersTitle: 'User administration',
    usersIntro: 'Add users, change roles, disable accounts and reset passwords. Viewers read; reviewers upload, save and decide; admins manage accounts.',
    auditLink: 'Audit log',
    addUser: 'Add a user',
    name: 'User name',
    role: 'Role',
    password: 'Password (at least 10 characters)',
    state: 'State',
    actions: 'Actions',
    active: 'active',
    disabled: 'disabled',
    disable: (n) => `Disable ${n}`,
    enable: (n) => `Enable ${n}`,
    resetPassword: (n) => `Reset the password of ${n}`,
    newPasswordFor: (n) => `New password for ${n}`,
    save: 'Save',
    cancel: 'Cancel',
    created: (n) => `${n} was added.`,
    updated: (n) => `${n} was updated.`,
    passwordReset: (n) => `The password of ${n} was reset.`,
    changeRole: (n) => `Role of ${n}`,
    usersCaption: 'Accounts',
    auditTitle: 'Audit log',
    auditIntro: 'Every write (sign-in, upload, rename, delete, re-check, decision, account administration): who did what, when. Newest first.',
    auditCaption: 'Audit log, newest first',
    when: 'When',
    who: 'Who',
    what: 'Action',
    target: 'Target',
    detail: 'Detail',
    nobody: '(not signed in)',
    auditEmpty: 'Nothing has been written yet.',
    auditCount: (shown, total) => `${shown} of ${total} entries`,
    olderPage: 'Older entries',
    newerPage: 'Newer entries',
    backToUsers: 'User administration',
    actionWords: {
      'sign-in': 'sign-in',
      'sign-out': 'sign-out',
      'dataset.create': 'dataset uploaded',
      'dataset.rename': 'dataset renamed',
      'dataset.reference': 'reference marked',
      'indicator.synonym': 'synonym table changed',
      'indicator.answer': 'indicator question answered',
      'dataset.delete': 'dataset deleted',
      'dataset.recheck': 'dataset re-checked',
      'document.save': 'document saved',
      'document.recheck': 'document re-checked',
      decision: 'decision recorded',
      'decision.carry': 'decisions carried to a new version',
      'user.create': 'account added',
      'user.disable': 'account disabled',
      'user.enable': 'account enabled',
      'user.role': 'role changed',
      'user.password': 'password changed',
    },
  },
};
