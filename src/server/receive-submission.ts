/**
 * POST /api/v1/innsendinger without the HTTP: read the body (JSON or .xlsx) with the same schemas and
 * rules as the add-in, check that the token may submit for the municipality, and let the store judge
 * and keep it as the next version. Problems leave as `HttpProblem`s for the error handler.
 */
import { isUtf8 } from 'node:buffer';
import { parse as parseSecureJson } from 'secure-json-parse';
import type { PayloadV1 } from '../report/payload';
import { parsePayload } from '../report/parse-payload';
import type { Template } from '../report/template';
import { findingsOf, hasErrors } from '../report/validate';
import { readXlsx } from '../workbook/read-xlsx';
import { requireReach, type Caller } from './auth';
import { SEND_AS, type ReceivedBody } from './body-parsers';
import { osloToday } from './oslo-date';
import { HttpProblem, type ProblemKind } from './problem';
import { kommunenummerOf, reportKeyOf } from '../report/report-key';
import type { History, Judgement, Store, Submission } from './storage/store';
import { jsonMayHoldUnstorable, unstorableText } from './storable-text';
import { sha256Hex } from './tokens';

export interface SubmissionRequest {
  readonly body: ReceivedBody;
  readonly contentType: string;
  readonly caller: Caller;
  readonly idempotencyKey: string | null;
  readonly now: Date;
}

export interface Accepted {
  readonly submission: Submission;
  /** True when this is a retry answered with the receipt of the first request. */
  readonly replayed: boolean;
}

const xlsxProblems: Readonly<Record<'ikkeArbeidsbok' | 'forStor' | 'ukjentMal' | 'ikkeMal', ProblemKind>> = {
  ikkeArbeidsbok: 'ikke-arbeidsbok',
  forStor: 'for-stor',
  ukjentMal: 'ukjent-mal',
  ikkeMal: 'ukjent-mal',
};

/** A body read as JSON, and whether any of its strings may be one a database cannot keep. */
interface ReadBody {
  readonly json: unknown;
  readonly mayHoldUnstorable: boolean;
}

/**
 * JSON must be UTF-8 (RFC 8259): read leniently, a Latin-1 body would get U+FFFD in place of æøå and be
 * stored as accepted. Parsed as Fastify parses JSON, refusing `__proto__` and `constructor.prototype`.
 */
function parseJsonBody(bytes: Uint8Array): ReadBody {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length === 0) throw new HttpProblem('ugyldig-json', `Forespørselen er tom. ${SEND_AS}`);
  if (!isUtf8(buffer)) {
    throw new HttpProblem('ikke-utf8', 'Innholdet er ikke UTF-8. Lagre eller send JSON-filen med tegnkoding UTF-8 (ikke Latin-1 eller Windows-1252) og prøv igjen.');
  }
  const text = buffer.toString('utf8');
  try {
    return {
      json: parseSecureJson(text, undefined, { protoAction: 'error', constructorAction: 'error' }),
      mayHoldUnstorable: jsonMayHoldUnstorable(text),
    };
  } catch {
    throw new HttpProblem('ugyldig-json', 'Innholdet kan ikke leses som JSON. Kontroller at rapporten er gyldig JSON (innsendingsformat v1) og send den på nytt.');
  }
}

async function readBody(body: ReceivedBody): Promise<ReadBody> {
  if (body.kind === 'json') return parseJsonBody(body.bytes);
  const read = await readXlsx(body.bytes);
  if (!read.ok) throw new HttpProblem(xlsxProblems[read.reason], read.message);
  return { json: read.payload, mayHoldUnstorable: true };
}

async function reportOf(body: ReceivedBody): Promise<{ template: Template; payload: PayloadV1 }> {
  const { json, mayHoldUnstorable } = await readBody(body);
  const parsed = parsePayload(json);
  const problems = !parsed.ok ? parsed.problems : mayHoldUnstorable ? unstorableText(parsed.payload) : [];
  if (!parsed.ok || problems.length > 0) {
    throw new HttpProblem('ugyldig-innhold', 'Rapporten følger ikke innsendingsformatet v1: se «problems». Rett feltene og send på nytt.', {
      problems: [...problems],
    });
  }
  return parsed;
}

/** Receives one submission: accepted, or refused with an `HttpProblem`. */
export type Receive = (request: SubmissionRequest) => Promise<Accepted>;

export async function receiveSubmission(store: Store, request: SubmissionRequest): Promise<Accepted> {
  const { body, caller, now } = request;
  const { template, payload } = await reportOf(body);
  const key = reportKeyOf(payload);
  const named = kommunenummerOf(payload);
  // Checked before anything is judged or stored: a token never learns about another municipality.
  if (named !== '') requireReach(caller, named);

  const today = osloToday(now);
  const judge = (history: History): Judgement => {
    const findings = findingsOf(template, payload, { today, ...history });
    return { accepted: !hasErrors({ findings }), findings };
  };
  if (key === undefined) {
    const judgement = judge({ acceptedVersions: 0 });
    if (judgement.accepted) throw new Error('Validering godtok en rapport uten kommunenummer eller rapporteringsår.');
    throw rejected(judgement.findings);
  }

  const sha256 = sha256Hex(body.bytes);
  const outcome = await store.submit(
    {
      key,
      template: { id: template.id, version: template.version },
      payload,
      body: body.bytes,
      payloadIsBody: body.kind === 'json',
      contentType: request.contentType,
      sha256,
      tokenId: caller.tokenId,
      idempotencyKey: request.idempotencyKey,
      mottatt: now,
    },
    judge,
  );
  switch (outcome.kind) {
    case 'avvist':
      throw rejected(outcome.findings);
    case 'lagret':
      return { submission: outcome.submission, replayed: false };
    case 'gjentatt':
      if (outcome.submission.sha256 !== sha256) {
        throw new HttpProblem(
          'idempotens-konflikt',
          'Denne Idempotency-Key er brukt før for en innsending med annet innhold. Bruk en ny nøkkel for en ny innsending.',
        );
      }
      return { submission: outcome.submission, replayed: true };
  }
}

function rejected(findings: Judgement['findings']): HttpProblem {
  return new HttpProblem('rapporten-har-feil', 'Rapporten har feil og er ikke tatt imot. Rett feilene i «findings» og send på nytt.', {
    findings: [...findings],
  });
}
