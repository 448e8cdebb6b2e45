/** What the event loop and the receiver thread say to each other (receiver-thread.ts). */
import type { DatabaseConfig } from './config';
import type { Extras, ProblemKind } from './problem';
import type { Accepted, SubmissionRequest } from './receive-submission';

export interface ReceiverData {
  readonly database: DatabaseConfig;
}

/** The thread's first message: its database is open, or why not. */
export type ReceiverStarted = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** A submission to receive; `'close'` asks the thread to finish and end. */
export interface ReceiverRequest {
  readonly id: number;
  readonly request: SubmissionRequest;
}

export interface ReceiverReply {
  readonly id: number;
  readonly outcome:
    | { readonly kind: 'accepted'; readonly accepted: Accepted }
    | {
        readonly kind: 'problem';
        readonly problem: ProblemKind;
        readonly detail: string;
        readonly extras: Extras;
        readonly headers: Readonly<Record<string, string>>;
      }
    /** A bug or a database failure: the server answers 500 and logs it. */
    | { readonly kind: 'error'; readonly stack: string };
}
