import type { Finding } from '../report/findings';
import { sectionOfField } from '../report/fields';
import { formatNumber } from '../report/numbers';
import type { Template } from '../report/template';
import type { ValidationResult } from '../report/validate';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { feil: 'FEIL', advarsel: 'Advarsel' };

function where(finding: Finding, addresses: Readonly<Record<string, string>>): string {
  const first = finding.fields[0];
  if (first === undefined) return '';
  return addresses[first] ?? first;
}

/** The readable report `boso validate` prints: findings grouped by the form's sections. */
export function formatTextReport(
  template: Template,
  result: ValidationResult,
  addresses: Readonly<Record<string, string>>,
): string {
  const lines: string[] = [];
  for (const section of template.sections) {
    const inSection = result.findings.filter((f) => sectionOfField(template, f.fields[0] ?? '') === section.id);
    if (inSection.length === 0) continue;
    lines.push(section.title);
    for (const finding of inSection) {
      const place = where(finding, addresses);
      lines.push(`  ${SEVERITY_LABEL[finding.severity]} ${finding.rule}${place ? ` (${place})` : ''}: ${finding.message}`);
    }
    lines.push('');
  }
  const unplaced = result.findings.filter((f) => sectionOfField(template, f.fields[0] ?? '') === undefined);
  if (unplaced.length > 0) {
    lines.push('Øvrig');
    for (const f of unplaced) lines.push(`  ${SEVERITY_LABEL[f.severity]} ${f.rule}: ${f.message}`);
    lines.push('');
  }
  const errors = result.findings.filter((f) => f.severity === 'feil').length;
  const warnings = result.findings.length - errors;
  lines.push(summaryLine(errors, warnings));
  return lines.join('\n');
}

function summaryLine(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'Ingen feil eller advarsler. Rapporten kan sendes inn.';
  const counts = `${formatNumber(errors)} feil og ${formatNumber(warnings)} advarsler.`;
  return errors > 0
    ? `${counts} Rett feilene før rapporten sendes inn.`
    : `${counts} Rapporten kan sendes inn; forklar gjerne advarslene i kommentarfeltene.`;
}
