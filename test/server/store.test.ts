import type { PayloadV1 } from '../../src/report/payload';
import type { History, Judgement, ReportKey, Store, SubmissionDraft } from '../../src/server/storage/store';
import { draftOf } from './helpers/server';
import { sqliteFactory, storeFactories, type TestDatabase } from './helpers/stores';

const TOKEN = 'tok-0502';
const KEY: ReportKey = { kommunenummer: '0502', bydel: '', ar: 2013 };

function draft(key: ReportKey = KEY, marker = 'a', idempotencyKey: string | null = null): SubmissionDraft {
  const payload: PayloadV1 = {
    template: { id: 'boso-arsrapport', version: '2013' },
    values: { kommunenummer: key.kommunenummer, rapporteringsar: key.ar, bydel: key.bydel, programnavn: marker },
    tables: {},
  };
  return draftOf(payload, key, { tokenId: TOKEN, idempotencyKey, mottatt: new Date('2014-02-20T10:00:00.000Z') });
}

const accept = (): Judgement => ({ accepted: true, findings: [] });

/**
 * The message a promise is rejected with, or undefined when it resolves. Not `rejects.toThrow`:
 * better-sqlite3's native part keeps the error class of the first test file that loaded it in this
 * jest worker, so its errors come from another realm and are not `instanceof Error` here.
 */
const rejection = (promise: Promise<unknown>): Promise<string | undefined> =>
  promise.then(
    () => undefined,
    (error: unknown) => String((error as { message?: unknown }).message),
  );

describe.each(storeFactories)('$name store', (factory) => {
  let db: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    db = await factory.create();
    store = db.open();
    await store.migrate();
    await store.addToken({ id: TOKEN, hash: 'h0502', kind: 'kommune', kommunenummer: '0502', navn: null, opprettet: new Date() });
  });
  afterEach(async () => {
    await store.close();
    await db.drop();
  });

  describe('migrations', () => {
    it('run once when several processes start at the same time, and again as a no-op', async () => {
      const others = [db.open(), db.open(), db.open()];
      await Promise.all(others.map((s) => s.migrate()));
      await others[0]?.migrate();
      await Promise.all(others.map((s) => s.close()));
      expect(await db.query('SELECT versjon FROM skjemaversjoner ORDER BY versjon')).toEqual([{ versjon: 1 }, { versjon: 2 }, { versjon: 3 }]);
    });
  });

  describe('tokens', () => {
    it('finds a token by hash and stops accepting it once revoked', async () => {
      await store.addToken({ id: 'adm', hash: 'hadm', kind: 'admin', kommunenummer: null, navn: 'Husbanken', opprettet: new Date() });
      expect(await store.tokenByHash('hadm')).toMatchObject({ id: 'adm', kind: 'admin', tilbakekalt: null });
      expect(await store.tokenByHash('ukjent')).toBeUndefined();
      expect(await store.revokeToken('adm', new Date())).toBe(true);
      expect(await store.revokeToken('adm', new Date())).toBe(false);
      expect((await store.tokenByHash('hadm'))?.tilbakekalt).toBeInstanceOf(Date);
      expect((await store.listTokens()).map((t) => t.id).sort()).toEqual(['adm', TOKEN]);
    });

    it('refuses a municipality token without a number', async () => {
      expect(await rejection(store.addToken({ id: 'x', hash: 'hx', kind: 'kommune', kommunenummer: null, navn: null, opprettet: new Date() }))).toMatch(/check/i);
    });
  });

  describe('versions', () => {
    it('numbers each accepted report of a municipality and year 1, 2, 3, and keeps bydeler and years apart', async () => {
      const versions = [];
      for (const d of [draft(), draft(), draft({ ...KEY, bydel: 'Bydel Alna' }), draft({ ...KEY, ar: 2014 }), draft()]) {
        const outcome = await store.submit(d, accept);
        versions.push(outcome.kind === 'lagret' ? outcome.submission.versjon : outcome.kind);
      }
      expect(versions).toEqual([1, 2, 1, 1, 3]);
    });

    it('gives concurrent submissions of one report distinct, contiguous versions', async () => {
      const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => store.submit(draft(KEY, `m${i}`), accept)));
      const versions = outcomes.map((o) => (o.kind === 'lagret' ? o.submission.versjon : 0)).sort((a, b) => a - b);
      expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('stores nothing that the judge refuses', async () => {
      const refused = await store.submit(draft(), () => ({ accepted: false, findings: [{ rule: 'GEN-01', severity: 'feil', fields: ['epost'], message: 'm' }] }));
      expect(refused).toMatchObject({ kind: 'avvist', findings: [{ rule: 'GEN-01' }] });
      expect(await store.submissions({})).toHaveLength(0);
      expect(await store.submit(draft(), accept)).toMatchObject({ kind: 'lagret', submission: { versjon: 1 } });
    });
  });

  describe('history for HIS-01 and HIS-02', () => {
    it('hands the judge the latest report of the year before and the number accepted this year', async () => {
      const seen: History[] = [];
      const judge = (h: History): Judgement => (seen.push(h), accept());
      await store.submit(draft({ ...KEY, ar: 2012 }, 'første'), judge);
      await store.submit(draft({ ...KEY, ar: 2012 }, 'andre'), judge);
      await store.submit(draft(KEY), judge);
      await store.submit(draft(KEY), judge);
      await store.submit(draft({ ...KEY, bydel: 'Bydel Alna' }), judge);
      expect(seen.map((h) => [h.previous?.values.programnavn, h.acceptedVersions])).toEqual([
        [undefined, 0],
        [undefined, 1],
        ['andre', 0],
        ['andre', 1],
        [undefined, 0],
      ]);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retry with the first submission and stores nothing new', async () => {
      const first = await store.submit(draft(KEY, 'a', 'k1'), accept);
      const retry = await store.submit(draft(KEY, 'a', 'k1'), accept);
      expect(retry.kind).toBe('gjentatt');
      expect(retry.kind === 'gjentatt' && first.kind === 'lagret' && retry.submission.id).toBe(first.kind === 'lagret' && first.submission.id);
      expect(await store.submissions({})).toHaveLength(1);
    });

    it('stores one version for concurrent requests with the same key', async () => {
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.submit(draft(KEY, 'a', 'k2'), accept)));
      expect(outcomes.filter((o) => o.kind === 'lagret')).toHaveLength(1);
      expect(new Set(outcomes.map((o) => (o.kind === 'avvist' ? '' : o.submission.id))).size).toBe(1);
      expect(await store.submissions({})).toHaveLength(1);
    });

    it('stores one of two concurrent requests that reuse a key for different reports', async () => {
      const outcomes = await Promise.all([store.submit(draft(KEY, 'a', 'k3'), accept), store.submit(draft({ ...KEY, ar: 2014 }, 'b', 'k3'), accept)]);
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['gjentatt', 'lagret']);
      expect(await store.submissions({})).toHaveLength(1);
    });

    it('keeps keys per token', async () => {
      await store.addToken({ id: 'other', hash: 'hother', kind: 'kommune', kommunenummer: '0502', navn: null, opprettet: new Date() });
      await store.submit(draft(KEY, 'a', 'k4'), accept);
      const other = await store.submit({ ...draft(KEY, 'a', 'k4'), tokenId: 'other' }, accept);
      expect(other).toMatchObject({ kind: 'lagret', submission: { versjon: 2 } });
    });
  });

  describe('payload', () => {
    it('is kept once for a JSON submission, as its body, and beside the bytes of a workbook', async () => {
      const json = await store.submit(draft(KEY, 'json'), accept);
      const workbook = draft(KEY, 'xlsx');
      const xlsx = await store.submit({ ...workbook, body: Buffer.from('PK\x03\x04 en arbeidsbok'), payloadIsBody: false }, accept);
      if (json.kind !== 'lagret' || xlsx.kind !== 'lagret') throw new Error('ikke lagret');
      expect(await db.query('SELECT payload IS NULL AS fra_body FROM innsendinger ORDER BY versjon')).toEqual([
        { fra_body: factory.name === 'SQLite' ? 1 : true },
        { fra_body: factory.name === 'SQLite' ? 0 : false },
      ]);
      expect((await store.submission(json.submission.id))?.payload).toEqual(draft(KEY, 'json').payload);
      expect((await store.submission(xlsx.submission.id))?.payload).toEqual(workbook.payload);
      expect((await store.latestOfEach({ ar: KEY.ar }))[0]?.payload).toEqual(workbook.payload);
    });
  });

  describe('reading', () => {
    it('returns a submission with its payload, lists newest first and finds the latest of each report', async () => {
      const a = await store.submit(draft(KEY, 'v1'), accept);
      await store.submit(draft(KEY, 'v2'), accept);
      await store.submit(draft({ ...KEY, kommunenummer: '0301' }), accept);
      await store.submit(draft({ ...KEY, ar: 2012 }), accept);
      if (a.kind !== 'lagret') throw new Error('ikke lagret');

      const stored = await store.submission(a.submission.id);
      expect(stored).toMatchObject({ versjon: 1, sha256: a.submission.sha256, payload: { values: { programnavn: 'v1' } } });
      expect(stored?.mottatt.toISOString()).toBe('2014-02-20T10:00:00.000Z');
      expect(await store.submission('finnes-ikke')).toBeUndefined();

      expect((await store.submissions({ kommunenummer: '0502', ar: 2013 })).map((s) => s.versjon)).toEqual([2, 1]);
      expect(await store.submissions({ kommunenummer: '0502' })).toHaveLength(3);
      expect((await store.latest(KEY))?.payload.values.programnavn).toBe('v2');
      expect(await store.latest({ ...KEY, ar: 2011 })).toBeUndefined();

      const latest = await store.latestOfEach({ ar: 2013 });
      expect(latest.map((s) => [s.key.kommunenummer, s.versjon])).toEqual([
        ['0301', 1],
        ['0502', 2],
      ]);
      expect(await store.latestOfEach({})).toHaveLength(3);
    });

    it('sums up a year’s series in one query: latest version, its advarsler, the first one’s time and the count', async () => {
      const at = (iso: string) => ({ ...draft(KEY), mottatt: new Date(iso) });
      const warn = (): Judgement => ({ accepted: true, findings: [{ rule: 'GEN-09', severity: 'advarsel', fields: ['telefon'], message: 'm' }, { rule: 'HIS-02', severity: 'advarsel', fields: [], message: 'm' }] });
      await store.submit(at('2014-02-10T10:00:00.000Z'), accept);
      const latest = await store.submit(at('2014-03-10T10:00:00.000Z'), warn);
      await store.submit({ ...draft({ ...KEY, bydel: 'Alna', kommunenummer: '0301' }), mottatt: new Date('2014-02-01T00:00:00.000Z') }, accept);
      await store.submit(draft({ ...KEY, ar: 2014 }), accept);
      if (latest.kind !== 'lagret') throw new Error('ikke lagret');
      expect(await store.seriesOfYear(2013)).toEqual([
        {
          key: { kommunenummer: '0301', bydel: 'Alna', ar: 2013 },
          latest: { id: expect.any(String), versjon: 1, mottatt: new Date('2014-02-01T00:00:00.000Z'), advarsler: 0 },
          firstReceived: new Date('2014-02-01T00:00:00.000Z'),
          versions: 1,
        },
        {
          key: KEY,
          latest: { id: latest.submission.id, versjon: 2, mottatt: new Date('2014-03-10T10:00:00.000Z'), advarsler: 2 },
          firstReceived: new Date('2014-02-10T10:00:00.000Z'),
          versions: 2,
        },
      ]);
      expect(await store.seriesOfYear(2012)).toEqual([]);
      expect((await store.submissions({ kommunenummer: '0301', bydel: 'Alna', ar: 2013 })).map((s) => s.key.bydel)).toEqual(['Alna']);
      expect(await store.submissions({ kommunenummer: '0301', bydel: '', ar: 2013 })).toEqual([]);
    });

    it('changes its stamp when a submission or token is added or a token revoked, and only then', async () => {
      const stamps = [await store.changeStamp()];
      expect(await store.changeStamp()).toBe(stamps[0]);
      await store.submit(draft(), accept);
      stamps.push(await store.changeStamp());
      await store.submit(draft(), () => ({ accepted: false, findings: [] }));
      expect(await store.changeStamp()).toBe(stamps[1]);
      await store.addToken({ id: 'ny', hash: 'hny', kind: 'admin', kommunenummer: null, navn: null, opprettet: new Date() });
      stamps.push(await store.changeStamp());
      await store.revokeToken('ny', new Date());
      stamps.push(await store.changeStamp());
      expect(new Set(stamps).size).toBe(4);
    });

    it('keeps the body bytes exactly as received', async () => {
      const d = draft();
      await store.submit(d, accept);
      const [row] = (await db.query('SELECT body, sha256 FROM innsendinger')) as { body: Buffer; sha256: string }[];
      expect(Buffer.compare(row?.body ?? Buffer.alloc(0), Buffer.from(d.body))).toBe(0);
      expect(row?.sha256).toBe(d.sha256);
    });
  });

  describe('append-only', () => {
    it('refuses to update or delete a submission, even with SQL', async () => {
      await store.submit(draft(), accept);
      expect(await rejection(db.query('UPDATE innsendinger SET versjon = 7'))).toMatch(/endres/);
      expect(await rejection(db.query('DELETE FROM innsendinger'))).toMatch(/slettes/);
      expect(await store.submissions({})).toHaveLength(1);
    });
  });
});

describe('SQLite migration 2 (payload kept once)', () => {
  it('moves the submissions of a version-1 database over as they were, still append-only', async () => {
    const db = await sqliteFactory.create();
    const before = db.open();
    await before.migrate(1);
    await before.close();
    await db.query("INSERT INTO tokens (id, hash, kind, kommunenummer, opprettet) VALUES ('tok-0502', 'h', 'kommune', '0502', '2014-01-01T00:00:00.000Z')");
    const old = draft(KEY, 'før migrering');
    await db.query(
      'INSERT INTO innsendinger (id, kommunenummer, bydel, ar, versjon, template_id, template_version, mottatt, sha256, content_type, token_id, body, payload, findings) ' +
        `VALUES ('11111111-1111-1111-1111-111111111111', '0502', '', 2013, 1, 'boso-arsrapport', '2013', '2014-02-20T10:00:00.000Z', '${old.sha256}', 'application/json', 'tok-0502', X'${Buffer.from(old.body).toString('hex')}', '${JSON.stringify(old.payload)}', '[]')`,
    );
    const store = db.open();
    try {
      await store.migrate();
      expect((await store.submission('11111111-1111-1111-1111-111111111111'))?.payload).toEqual(old.payload);
      const next = await store.submit(draft(KEY, 'etter'), accept);
      expect(next).toMatchObject({ kind: 'lagret', submission: { versjon: 2 } });
      expect(await rejection(db.query('DELETE FROM innsendinger'))).toMatch(/slettes/);
      expect(await db.query('SELECT versjon FROM skjemaversjoner ORDER BY versjon')).toEqual([{ versjon: 1 }, { versjon: 2 }, { versjon: 3 }]);
    } finally {
      await store.close();
      await db.drop();
    }
  });
});
