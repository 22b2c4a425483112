import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_FALLBACK_ROUTE, API_ROUTES, apiRoute, isApiPath } from './api-route';

/** Every route.ts under app/api, as its URL pattern. */
function routesOnDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routesOnDisk(path);
    return entry.name === 'route.ts' ? [`/${relative('app', dir).split(sep).join('/')}`] : [];
  });
}

describe('apiRoute', () => {
  it('lists exactly the routes of app/api', () => {
    expect([...API_ROUTES, API_FALLBACK_ROUTE].sort()).toEqual(routesOnDisk(join('app', 'api')).sort());
  });

  it.each([
    ['/api/datasets', '/api/datasets'],
    ['/api/datasets/cao-bang', '/api/datasets/[id]'],
    ['/api/datasets/cao-bang/decisions', '/api/datasets/[id]/decisions'],
    ['/api/documents/d1/versions', '/api/documents/[id]/versions'],
    ['/api/users/lan', '/api/users/[id]'],
    ['/api/export/csv', '/api/export/csv'],
  ])('%s → %s', (path, route) => {
    expect(apiRoute(path)).toBe(route);
  });
});

describe('edge cases', () => {
  it.each([
    ['/api/datasets/', '/api/datasets'],
    ['/api/khong-co', API_FALLBACK_ROUTE],
    ['/api/datasets/a/b/c/d', API_FALLBACK_ROUTE],
    ['/api', API_FALLBACK_ROUTE],
  ])('%s → %s', (path, route) => {
    expect(apiRoute(path)).toBe(route);
  });

  it.each([
    ['/api', true],
    ['/api/health', true],
    ['/apis', false],
    ['/', false],
  ])('isApiPath(%s) is %s', (path, api) => {
    expect(isApiPath(path)).toBe(api);
  });
});
