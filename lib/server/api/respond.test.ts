import { describe, expect, it } from 'vitest';
import { errorResponse, guard, refuse, requestLang } from './respond';

const MESSAGE = { vi: 'bang.csv: tệp rỗng, không có dữ liệu nào.', en: 'bang.csv: the file is empty; it holds no data.' };

function request(query: string, acceptLanguage?: string): Request {
  return new Request(`http://localhost/api/verify${query}`, acceptLanguage ? { headers: { 'accept-language': acceptLanguage } } : {});
}

describe('requestLang', () => {
  it.each<[string, string, string | undefined, 'vi' | 'en']>([
    ['no hint', '', undefined, 'vi'],
    ['?lang=en', '?lang=en', undefined, 'en'],
    ['?lang=vi over an English header', '?lang=vi', 'en-US,en;q=0.9', 'vi'],
    ['?lang=en over a Vietnamese header', '?lang=en', 'vi-VN', 'en'],
    ['English first in Accept-Language', '', 'en-GB,en;q=0.9,vi;q=0.8', 'en'],
    ['plain "en"', '', 'en', 'en'],
    ['Vietnamese first', '', 'vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
  ])('%s → %s', (_name, query, header, lang) => {
    expect(requestLang(request(query, header))).toBe(lang);
  });

  describe('edge cases', () => {
    it.each<[string, string, string | undefined, 'vi' | 'en']>([
      ['an unknown ?lang falls back to the header', '?lang=fr', 'en-US', 'en'],
      ['an unknown ?lang and no header', '?lang=fr', undefined, 'vi'],
      ['a language that only starts with "en" is not English', '', 'eo,en;q=0.5', 'vi'],
      ['upper case', '', 'EN-us', 'en'],
    ])('%s', (_name, query, header, lang) => {
      expect(requestLang(request(query, header))).toBe(lang);
    });
  });
});

describe('errorResponse', () => {
  it.each<['vi' | 'en', string]>([
    ['vi', MESSAGE.vi],
    ['en', MESSAGE.en],
  ])('answers { error } in %s', async (lang, text) => {
    const refused = refuse(400, MESSAGE);
    if (refused.ok) throw new Error('expected a refusal');
    const response = errorResponse(refused.error, lang);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: text });
  });

  it('guard answers a thrown error with a 400 in the request language', async () => {
    const handler = guard(async (_request: Request) => {
      throw new Error('boom');
    });
    const response = await handler(request('?lang=en'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string };
    expect(body.error).toMatch(/^The server could not handle this request/);
  });
});
