/**
 * What Excel refuses, as a value with a Norwegian message that says what to do. The real runtime throws
 * `RichApi.Error` with a `code`; a sync that hangs (big files on the web, office-js #4805) is given up
 * after 20 seconds. Anything that is not Excel's error is a programming error and is thrown on.
 */
import type { HostFailure, HostFailureReason, HostResult } from './api';

export const SYNC_TIMEOUT_MS = 20_000;

const MESSAGES: Readonly<Record<HostFailureReason, string>> = {
  redigeringsmodus: 'Du redigerer en celle. Trykk Enter eller Esc for å gjøre ferdig, og prøv igjen.',
  mangler:
    'Et ark, et navn eller en tabell i rapporten er slettet eller har fått nytt navn. Angre endringen (Ctrl+Z) eller gi arket navnet tilbake, og prøv igjen.',
  forStor:
    'Excel på nettet tar ikke imot så mye på én gang (grensen er 5 MB). Åpne arbeidsboken i Excel for Windows eller Mac og prøv der.',
  tidsavbrudd: 'Excel svarte ikke innen 20 sekunder. Lagre arbeidsboken, vent litt og prøv igjen.',
  beskyttet: 'Cellen er låst på et beskyttet ark. Skriv bare i de gule feltene.',
  forGammelExcel:
    'Denne Excel-versjonen er for gammel for BOSO-rapport. Bruk Excel 2019 eller nyere, Microsoft 365 eller Excel på nettet.',
  ukjent: 'Excel avviste handlingen. Prøv igjen; skjer det igjen, lagre arbeidsboken og start Excel på nytt.',
};

const REASONS: Readonly<Record<string, HostFailureReason>> = {
  InvalidOperationInCellEditMode: 'redigeringsmodus',
  ItemNotFound: 'mangler',
  InvalidReference: 'mangler',
  RequestPayloadSizeLimitExceeded: 'forStor',
  ResponsePayloadSizeLimitExceeded: 'forStor',
  AccessDenied: 'beskyttet',
};

export function failure(reason: HostFailureReason, code?: string, message: string = MESSAGES[reason]): HostFailure {
  return { ok: false, reason, message, ...(code === undefined ? {} : { code }) };
}

function excelCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

class Timeout extends Error {}

/** The work's result, or Excel's refusal or silence as a failure. */
export async function attempt<T>(work: () => Promise<T>, timeoutMs: number): Promise<HostResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), timeoutMs);
  });
  const running = work();
  // Given up on, the batch may still fail later: that is no longer anyone's to handle.
  running.catch(() => undefined);
  try {
    return { ok: true, value: await Promise.race([running, silence]) };
  } catch (error) {
    if (error instanceof Timeout) return failure('tidsavbrudd');
    const code = excelCode(error);
    if (code === undefined) throw error;
    return failure(REASONS[code] ?? 'ukjent', code);
  } finally {
    clearTimeout(timer);
  }
}
