import type { Lang } from '@/lib/i18n/lang';
import type { Role } from '@/lib/team/types';

/** Text of sign-in, the account menu and the password change. */
export interface AccountStrings {
  readonly signInTitle: string;
  readonly signInIntro: string;
  readonly userName: string;
  readonly password: string;
  readonly signIn: string;
  readonly signingIn: string;
  readonly signOut: string;
  readonly signedInAs: (name: string, role: string) => string;
  readonly accountMenu: string;
  readonly myAccount: string;
  readonly admin: string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly networkError: string;
  readonly unreadableResponse: string;
  readonly accountTitle: string;
  readonly accountIntro: string;
  readonly changePassword: string;
  readonly currentPassword: string;
  readonly newPassword: string;
  readonly passwordRule: string;
  readonly passwordChanged: string;
  readonly saving: string;
  readonly needsReviewer: string;
  readonly signInToWrite: string;
  readonly alreadySignedIn: (name: string) => string;
  readonly needsAdmin: string;
}

export const ACCOUNT_STRINGS: Readonly<Record<Lang, AccountStrings>> = {
  vi: {
    signInTitle: 'Đăng nhập',
    signInIntro: 'Đăng nhập để tải lên, lưu và ghi quyết định về các phát hiện. Kiểm tra văn bản không cần đăng nhập.',
    userName: 'Tên đăng nhập',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    signOut: 'Đăng xuất',
    signedInAs: (name, role) => `${name} (${role})`,
    accountMenu: 'Tài khoản',
    myAccount: 'Tài khoản của tôi',
    admin: 'Quản trị',
    roles: { viewer: 'người xem', reviewer: 'người soát', admin: 'quản trị viên' },
    networkError: 'Không kết nối được máy chủ. Hãy thử lại.',
    unreadableResponse: 'Máy chủ trả lời không đọc được. Hãy thử lại.',
    accountTitle: 'Tài khoản của tôi',
    accountIntro: 'Đổi mật khẩu của bạn. Sau khi đổi, các phiên đăng nhập khác của bạn bị đóng.',
    changePassword: 'Đổi mật khẩu',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    passwordRule: 'Ít nhất 10 ký tự.',
    passwordChanged: 'Đã đổi mật khẩu.',
    saving: 'Đang lưu…',
    needsReviewer: 'Tài khoản của bạn chỉ được xem. Cần quyền người soát để tải lên, lưu hay ghi quyết định.',
    signInToWrite: 'Đăng nhập với quyền người soát để tải lên và lưu.',
    alreadySignedIn: (name) => `Bạn đang đăng nhập với tên ${name}.`,
    needsAdmin: 'Trang này chỉ dành cho quản trị viên.',
  },
  en: {
    signInTitle: 'Sign in',
    signInIntro: 'Sign in to upload, save and record decisions on findings. Checking a text needs no sign-in.',
    userName: 'User name',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signedInAs: (name, role) => `${name} (${role})`,
    accountMenu: 'Account',
    myAccount: 'My account',
    admin: 'Administration',
    roles: { viewer: 'viewer', reviewer: 'reviewer', admin: 'admin' },
    networkError: 'The server could not be reached. Try again.',
    unreadableResponse: 'The server gave an answer that cannot be read. Try again.',
    accountTitle: 'My account',
    accountIntro: 'Change your password. Your other sessions are closed when you do.',
    changePassword: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    passwordRule: 'At least 10 characters.',
    passwordChanged: 'The password was changed.',
    saving: 'Saving…',
    needsReviewer: 'Your account may only read. Uploading, saving and deciding need the reviewer role.',
    signInToWrite: 'Sign in as a reviewer to upload and save.',
    alreadySignedIn: (name) => `You are signed in as ${name}.`,
    needsAdmin: 'This page is for admins only.',
  },
};
