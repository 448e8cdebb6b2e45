/**
 * One report as the form shows it, with the versions of it and what changed between two of them. The
 * print layout (A4, a page per section) gives the copy for the archive.
 */
import { Badge, Button, Field, Select, Spinner, mergeClasses } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportView as Report } from '../api/oversikt';
import { formatNumber } from '../report/numbers';
import { findTemplate } from '../report/templates';
import { formatDateTime } from '../ui/format';
import type { Api } from './api';
import { ChangesTable } from './ChangesTable';
import { m } from './messages';
import { Problem, RouteLink } from './navigation';
import { ReportSections } from './ReportSections';
import { usePageStyles, useTableStyles } from './styles';
import { useDownload } from './use-download';
import { useLoad } from './use-load';
import { dayText } from './YearView';

function Versions({ report, mot }: { readonly report: Report; readonly mot: string | undefined }): JSX.Element {
  const t = useTableStyles();
  const page = usePageStyles();
  const current = report.innsending.id;
  const others = report.versjoner.filter((v) => v.id !== current);
  const [other, setOther] = useState(mot ?? others.at(-1)?.id ?? '');
  return (
    <section aria-labelledby="versjoner" className={page.noPrint}>
      <h2 id="versjoner">{m.report.versions}</h2>
      <table className={t.table} aria-label={m.report.versionsLabel}>
        <thead>
          <tr>
            {[m.report.versionColumn, m.report.receivedColumn, m.year.columns.advarsler, m.report.show].map((h, i) => (
              <th key={i} scope="col" className={mergeClasses(t.cell, t.head)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.versjoner.map((v) => (
            <tr key={v.id}>
              <th scope="row" className={t.cell}>
                {m.report.version(v.versjon)}
              </th>
              <td className={t.cell}>
                {formatDateTime(new Date(v.mottatt))} {v.forSent ? <Badge appearance="tint" color="warning">{m.report.late}</Badge> : null}
              </td>
              <td className={mergeClasses(t.cell, t.number)}>{formatNumber(v.advarsler)}</td>
              <td className={t.cell}>{v.id === current ? m.report.thisVersion : <RouteLink to={{ view: 'rapport', id: v.id }}>{m.report.show}</RouteLink>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others.length > 0 ? (
        <div className={page.row}>
          <Field label={m.report.compareWith}>
            <Select value={other} onChange={(_, d) => setOther(d.value)}>
              {others.map((v) => (
                <option key={v.id} value={v.id}>
                  {m.report.version(v.versjon)}
                </option>
              ))}
            </Select>
          </Field>
          <RouteLink to={{ view: 'rapport', id: current, mot: other }}>{m.report.compare}</RouteLink>
        </div>
      ) : null}
    </section>
  );
}

function Findings({ report }: { readonly report: Report }): JSX.Element {
  const { findings } = report.innsending;
  return (
    <section aria-labelledby="funn">
      <h2 id="funn">{m.report.findings}</h2>
      {findings.length === 0 ? (
        <p>{m.report.noFindings}</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i}>
              <strong>{f.rule}</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ReportViewProps {
  readonly api: Promise<Api>;
  readonly id: string;
  readonly mot: string | undefined;
  /** Told the report's year once it is known, so the menu goes to that year. */
  readonly onYear: (ar: number) => void;
}

export function ReportView({ api, id, mot, onYear }: ReportViewProps): JSX.Element {
  const page = usePageStyles();
  const loaded = useLoad(() => api.then((a) => a.visning(id)), [api, id]);
  const ar = loaded.state === 'ok' ? loaded.value.innsending.ar : undefined;
  useEffect(() => {
    if (ar !== undefined) onYear(ar);
  }, [ar, onYear]);
  const changes = useLoad(() => (mot === undefined ? Promise.resolve(undefined) : api.then((a) => a.endringer(id, mot))), [api, id, mot]);
  const download = useDownload(api);

  if (loaded.state === 'laster') return <Spinner label={m.loading} />;
  if (loaded.state === 'feil') return <Problem message={loaded.message} />;
  const report = loaded.value;
  const { innsending } = report;
  const template = findTemplate(innsending.payload.template.id, innsending.payload.template.version);
  const latest = report.versjoner.find((v) => v.id === innsending.id);
  const kommune = `${report.kommunenavn} (${innsending.kommunenummer})${innsending.bydel === null ? '' : `, bydel ${innsending.bydel}`}`;

  return (
    <article>
      <p className={page.noPrint}>
        <RouteLink to={{ view: 'ar', ar: innsending.ar }}>{m.report.back(innsending.ar)}</RouteLink>
      </p>
      <h1>{m.report.heading(innsending.ar, kommune)}</h1>
      <p>
        {m.report.version(innsending.versjon)} · {m.report.received(formatDateTime(new Date(innsending.mottatt)))} · {m.year.deadline(dayText(report.frist))}{' '}
        {latest?.forSent ? <Badge appearance="tint" color="warning">{m.report.late}</Badge> : null}
      </p>
      <div className={mergeClasses(page.row, page.noPrint)}>
        <Button appearance="primary" onClick={() => window.print()}>
          {m.report.print}
        </Button>
        <Button onClick={() => download.start(`/api/v1/innsendinger/${encodeURIComponent(innsending.id)}/rapport.xlsx`)}>{m.report.download}</Button>
      </div>
      <Problem message={download.problem} />
      <Versions report={report} mot={mot} />
      {mot !== undefined && changes.state === 'laster' ? <Spinner label={m.loading} /> : null}
      <Problem message={changes.state === 'feil' ? changes.message : undefined} />
      {changes.state === 'ok' && changes.value !== undefined && template ? (
        <>
          <ChangesTable changes={changes.value} template={template} />
          <p className={page.noPrint}>
            <RouteLink to={{ view: 'rapport', id: innsending.id }}>{m.changes.whole}</RouteLink>
          </p>
        </>
      ) : (
        <>
          <Findings report={report} />
          {template ? <ReportSections template={template} payload={innsending.payload} computed={report.beregnet} year={innsending.ar} /> : null}
        </>
      )}
    </article>
  );
}
