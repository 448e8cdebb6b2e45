import { loadConfig } from '../../src/server/config';

describe('configuration from the environment', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: { host: '127.0.0.1', port: 8787, database: { kind: 'sqlite', file: 'data/boso.db' }, allowedOrigins: [], logLevel: 'info' },
    });
  });

  it('uses DATABASE_URL over BOSO_DB, and reads the origins', () => {
    const loaded = loadConfig({
      HOST: '0.0.0.0',
      PORT: '9000',
      BOSO_DB: '/var/lib/boso/boso.db',
      DATABASE_URL: 'postgres://boso@db.internal:5432/boso',
      BOSO_ALLOWED_ORIGINS: 'https://tillegg.example.no, https://localhost:3000',
    });
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        host: '0.0.0.0',
        port: 9000,
        database: { kind: 'postgres', url: 'postgres://boso@db.internal:5432/boso' },
        allowedOrigins: ['https://tillegg.example.no', 'https://localhost:3000'],
      },
    });
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: ' ' })).toMatchObject({ ok: true, config: { port: 8787, database: { kind: 'sqlite' } } });
  });

  it.each([
    ['PORT', 'åtte'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['BOSO_ALLOWED_ORIGINS', 'https://tillegg.example.no/'],
    ['BOSO_LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const loaded = loadConfig({ [name]: value });
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.message).toContain(name);
  });
});
