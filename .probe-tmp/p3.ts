import { parsePayload } from '../src/report/payload';
import { fullReport } from '../test/fixtures/full-report';
const r = fullReport();
console.log(JSON.stringify(parsePayload({ ...r, values: { ...r.values, a1: 'x'.repeat(100001) } })));
console.log(JSON.stringify(parsePayload({ ...r, values: { ...r.values, a1: { x: 1 } } })));
console.log(JSON.stringify(parsePayload({ ...r, tables: { okonomi: 5 } })));
