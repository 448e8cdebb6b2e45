/** What the server answers for a stored submission, in the shape of the receipt schemas (src/api). */
import type { Receipt, SubmissionReply } from '../api/receipt';
import type { Submission, SubmissionWithPayload } from './storage/store';

export { receiptListSchema, receiptSchema, submissionReplySchema, type Receipt, type SubmissionReply } from '../api/receipt';

export function receiptOf(s: Submission): Receipt {
  return {
    id: s.id,
    kommunenummer: s.key.kommunenummer,
    bydel: s.key.bydel === '' ? null : s.key.bydel,
    ar: s.key.ar,
    versjon: s.versjon,
    mottatt: s.mottatt.toISOString(),
    sha256: s.sha256,
    findings: [...s.findings],
  };
}

export function replyOf(s: SubmissionWithPayload): SubmissionReply {
  return { ...receiptOf(s), payload: s.payload };
}
