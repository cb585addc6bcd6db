import { Dexie } from 'dexie';
import { IDS } from './ids';
import { migrateRow } from './migrations';
import { SharedStore } from './shared';
import type { SeedConfig } from './seed';

const SMALL: SeedConfig = { caseCount: 30, seed: 7 };

describe('migration 6 → 7: members’ mobile numbers become E.164 (issue 8)', () => {
  it.each<[stored: string, migrated: string]>([
    ['+47 922 33 444', '+4792233444'],
    ['92233444', '+4792233444'], // the old form allowed no country code: the portal's default, +47
    ['0046 70 123 45 67', '+46701234567'],
    ['', ''],
  ])('%j → %j', (stored, migrated) => {
    expect(migrateRow(6, 'users', { id: 'u-1', mobile: stored, securityMobile: stored })).toEqual({
      id: 'u-1',
      mobile: migrated,
      securityMobile: migrated,
    });
  });

  it('leaves other tables as they are', () => {
    const row = { id: 'case-1', customerPhone: '0111111111' };
    expect(migrateRow(6, 'cases', row)).toEqual(row);
  });

  it('a change stored under version 6 is migrated on load, and a number that cannot be E.164 drops its row', async () => {
    const names = {
      name: `migrate-test-${Math.random().toString(36).slice(2)}`,
      channelName: `migrate-test-ch-${Math.random()}`,
    };
    const first = await SharedStore.open({ ...names, seed: SMALL });
    const jorn = first.db.users.get(IDS.jornService)!;
    const craftsman = first.db.users.get(IDS.craftsman)!;
    first.close();
    const raw = new Dexie(names.name);
    raw.version(1).stores({ changes: '&k, rev', meta: '&id' });
    await raw.table('changes').bulkPut([
      {
        k: `users/${jorn.id}`,
        rev: 1,
        t: 'users',
        id: jorn.id,
        row: { ...jorn, mobile: '+47 922 33 444', securityMobile: '900 11 222' },
      },
      { k: `users/${craftsman.id}`, rev: 1, t: 'users', id: craftsman.id, row: { ...craftsman, mobile: 'ring meg' } },
    ]);
    const meta = await raw.table('meta').get('meta');
    await raw.table('meta').put({ ...meta, rev: 1, schemaVersion: 6 });
    raw.close();

    const s = await SharedStore.open({ ...names, seed: SMALL });
    try {
      expect(s.db.users.get(jorn.id)).toMatchObject({ mobile: '+4792233444', securityMobile: '+4790011222' });
      expect(s.dropped).toEqual([{ table: 'users', id: craftsman.id, reason: 'invalid' }]);
    } finally {
      s.close();
    }
  });
});
