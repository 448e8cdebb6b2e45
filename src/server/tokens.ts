/**
 * Access tokens: 32 random bytes, shown once, stored only as a SHA-256 hash. The `boso_` prefix lets
 * people and secret scanners recognise a leaked token.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './storage/store';

const PREFIX = 'boso_';

export interface IssuedToken {
  readonly id: string;
  /** The secret, to be shown to the person who asked for it and never again. */
  readonly token: string;
  readonly hash: string;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function issueToken(): IssuedToken {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  return { id: randomBytes(6).toString('hex'), token, hash: sha256Hex(token) };
}

/** A new token for one municipality, or for Husbanken (admin) when `kommunenummer` is null. */
export async function createToken(store: Store, kommunenummer: string | null, navn: string | null, now: Date): Promise<IssuedToken> {
  const issued = issueToken();
  await store.addToken({ id: issued.id, hash: issued.hash, kind: kommunenummer === null ? 'admin' : 'kommune', kommunenummer, navn, opprettet: now });
  return issued;
}

/** The token of an `Authorization: Bearer …` header, if the header has that form. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  return match?.[1];
}
