/** Errors as the real runtime throws them: named `RichApi.Error`, with a `code` and where it happened. */

export type ErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'GeneralException';

export class RichApiError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { readonly code: ErrorCode; readonly message: string; readonly errorLocation?: string };

  constructor(code: ErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }
}
