import { describe, expect, it } from 'vitest';
import { DELETE as signOut, GET as whoAmI, POST as signInRoute } from '@/app/api/session/route';
import { PATCH as rename } from '@/app/api/datasets/[id]/route';
import { POST as create } from '@/app/api/datasets/route';
import { getTeamStore } from '../store/default-store';
import { useTempDataDir } from '../testing/temp-data-dir';
import { SAMPLE_CSV } from '../testing/sample-tables';
import { hashPassword } from './password';

useTempDataDir('soatso-session-');

const PASSWORD = 'một mật khẩu đủ dài';
const HOST = '127.0.0.1:3000';

async function addUser(name: string, role: 'viewer' | 'reviewer' | 'admin'): Promise<void> {
  const created = await getTeamStore().createUser({ name, role, passwordHash: await hashPassword(PASSWORD) });
  expect(created.ok).toBe(true);
}

function post(path: string, body: string, headers: Record<string, string> = {}, contentType = 'application/json'): Request {
  return new Request(`http://${HOST}${path}`, { method: 'POST', body, headers: { host: HOST, 'content-type': contentType, ...headers } });
}

/** Signs in and returns the Cookie header to send back. */
async function cookieOf(name: string, password = PASSWORD, client = '10.1.0.1'): Promise<string> {
  const response = await signInRoute(post('/api/session', JSON.stringify({ name, password }), { 'x-forwarded-for': client }));
  expect(response.status).toBe(200);
  const setCookie = response.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Lax/);
  return setCookie.split(';')[0] ?? '';
}

describe('POST, GET and DELETE /api/session', () => {
  it('signs in, says who is signed in, and signs out on the server too', async () => {
    await addUser('lan', 'reviewer');
    const cookie = await cookieOf('LAN');
    const me = await whoAmI(new Request(`http://${HOST}/api/session`, { headers: { cookie } }));
    expect(await me.json()).toMatchObject({ user: { name: 'lan', role: 'reviewer' } });
    const out = await signOut(new Request(`http://${HOST}/api/session`, { method: 'DELETE', headers: { cookie, host: HOST } }));
    expect(out.status).toBe(204);
    expect((await whoAmI(new Request(`http://${HOST}/api/session`, { headers: { cookie } }))).status).toBe(401);
  });

  it.each([
    ['a wrong password', 'lan', 'sai mật khẩu rồi', 401],
    ['an unknown name', 'khong-co', PASSWORD, 401],
  ])('refuses %s with 401', async (_label, name, password, status) => {
    const response = await signInRoute(post('/api/session', JSON.stringify({ name, password }), { 'x-forwarded-for': '10.1.0.2' }));
    expect(response.status).toBe(status);
  });

  it('slows down the sixth failed sign-in in a row: 429 with Retry-After, even with the right password', async () => {
    await addUser('hung', 'viewer');
    const attempt = (password: string) =>
      signInRoute(post('/api/session', JSON.stringify({ name: 'hung', password }), { 'x-forwarded-for': '10.1.0.3' }));
    for (let i = 0; i < 5; i++) expect((await attempt('đoán sai mãi thôi')).status).toBe(401);
    const sixth = await attempt(PASSWORD);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  describe('edge cases', () => {
    it('refuses a sign-in posted from another site', async () => {
      const response = await signInRoute(post('/api/session', JSON.stringify({ name: 'lan', password: PASSWORD }), { origin: 'http://evil.example' }));
      expect(response.status).toBe(403);
    });
    it('refuses a disabled user', async () => {
      await addUser('cu', 'reviewer');
      const store = getTeamStore();
      const cookie = await cookieOf('cu', PASSWORD, '10.1.0.4');
      const user = await store.userByName('cu');
      await store.updateUser(user?.id ?? '', { disabled: true });
      expect((await whoAmI(new Request(`http://${HOST}/api/session`, { headers: { cookie } }))).status).toBe(401);
      const again = await signInRoute(post('/api/session', JSON.stringify({ name: 'cu', password: PASSWORD }), { 'x-forwarded-for': '10.1.0.4' }));
      expect(again.status).toBe(401);
    });
  });
});

describe('writes need a signed-in reviewer from this site', () => {
  it.each([
    ['no session', async () => ({}), 401],
    ['a viewer', async () => ({ cookie: await viewerCookie() }), 403],
    ['a reviewer posting from another site', async () => ({ cookie: await reviewerCookie(), origin: 'http://evil.example' }), 403],
    ['a reviewer', async () => ({ cookie: await reviewerCookie(), origin: `http://${HOST}` }), 201],
  ])('an upload with %s answers %d', async (_label, headersOf, status) => {
    const response = await create(post('/api/datasets?filename=bang.csv', SAMPLE_CSV, await headersOf(), 'text/csv'));
    expect(response.status).toBe(status);
  });

  it('a viewer cannot rename', async () => {
    const response = await rename(
      new Request(`http://${HOST}/api/datasets/0123456789abcdef0123456789abcdef`, {
        method: 'PATCH',
        body: JSON.stringify({ name: 'Mới' }),
        headers: { host: HOST, 'content-type': 'application/json', cookie: await viewerCookie() },
      }),
      { params: Promise.resolve({ id: '0123456789abcdef0123456789abcdef' }) },
    );
    expect(response.status).toBe(403);
  });
});

let viewer: string | null = null;
let reviewer: string | null = null;
async function viewerCookie(): Promise<string> {
  if (viewer === null) {
    await addUser('xem', 'viewer');
    viewer = await cookieOf('xem', PASSWORD, '10.1.0.5');
  }
  return viewer;
}
async function reviewerCookie(): Promise<string> {
  if (reviewer === null) {
    await addUser('soat', 'reviewer');
    reviewer = await cookieOf('soat', PASSWORD, '10.1.0.6');
  }
  return reviewer;
}
