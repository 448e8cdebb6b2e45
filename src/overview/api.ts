/**
 * The API the page reads, same-origin, with Husbanken's token. Replies are parsed with the schemas the
 * server serialises with (src/api); loaded after the first render, with zod.
 */
import { z } from 'zod';
import { changesSchema, reportViewSchema, totalsSchema, yearOverviewSchema, type Changes, type ReportView, type Totals, type YearOverview } from '../api/oversikt';

/** A reply that is not what the page asked for, with the server's own Norwegian words when it gave some. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const problemSchema = z.object({ detail: z.string() });

async function request(path: string, token: string, onRefused: () => void): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, 'Får ikke kontakt med serveren. Sjekk nettverket og prøv igjen.');
  }
  if (response.ok) return response;
  // The token is unknown or revoked (401): the page asks for one again.
  if (response.status === 401) onRefused();
  const problem = problemSchema.safeParse(await response.json().catch(() => undefined));
  throw new ApiError(response.status, problem.success ? problem.data.detail : `Serveren svarte ${response.status}. Prøv igjen senere.`);
}

async function json<T>(response: Promise<Response>, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await (await response).json());
  if (!parsed.success) throw new ApiError(0, 'Serveren svarte noe siden ikke forstår. Last siden på nytt; hjelper ikke det, si fra til den som drifter tjenesten.');
  return parsed.data;
}

export interface Api {
  oversikt(ar: number): Promise<YearOverview>;
  totaler(ar: number): Promise<Totals>;
  visning(id: string): Promise<ReportView>;
  endringer(id: string, fra: string): Promise<Changes>;
  /** A file the API gives, such as a report's .xlsx or the export, with the name the server gives it. */
  file(path: string): Promise<{ readonly blob: Blob; readonly name: string }>;
}

/** `onRefused`: the server no longer takes the token (revoked while the tab was open). */
export function apiFor(token: string, onRefused: () => void = () => undefined): Api {
  const id = encodeURIComponent;
  const get = (path: string): Promise<Response> => request(path, token, onRefused);
  return {
    oversikt: (ar) => json(get(`/api/v1/oversikt?ar=${ar}`), yearOverviewSchema),
    totaler: (ar) => json(get(`/api/v1/totaler?ar=${ar}`), totalsSchema),
    visning: (rapport) => json(get(`/api/v1/innsendinger/${id(rapport)}/visning`), reportViewSchema),
    endringer: (rapport, fra) => json(get(`/api/v1/innsendinger/${id(rapport)}/endringer?fra=${id(fra)}`), changesSchema),
    file: async (path) => {
      const response = await get(path);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? path.split('/').pop()?.split('?')[0] ?? 'fil';
      return { blob: await response.blob(), name };
    },
  };
}
