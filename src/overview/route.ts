/**
 * The page's views as addresses: query strings of /oversikt/, so every view can be bookmarked and
 * shared. `?ar=2013` the year, `?ar=2013&vis=totaler` the national totals, `?rapport=<id>` one report
 * (one version), `?rapport=<id>&mot=<id>` what changed from another version to that one.
 */
export type Route =
  | { readonly view: 'ar'; readonly ar: number }
  | { readonly view: 'totaler'; readonly ar: number }
  | { readonly view: 'rapport'; readonly id: string; readonly mot?: string };

/** The year the municipalities report for now: the one before this. */
export const currentReportYear = (today: Date): number => today.getFullYear() - 1;

export const FIRST_YEAR = 2009;

export function routeOf(search: string, today: Date): Route {
  const query = new URLSearchParams(search);
  const rapport = query.get('rapport');
  if (rapport) {
    const mot = query.get('mot');
    return mot ? { view: 'rapport', id: rapport, mot } : { view: 'rapport', id: rapport };
  }
  const year = Number(query.get('ar'));
  const ar = Number.isInteger(year) && year >= FIRST_YEAR && year <= today.getFullYear() ? year : currentReportYear(today);
  return query.get('vis') === 'totaler' ? { view: 'totaler', ar } : { view: 'ar', ar };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'ar':
      return `?ar=${route.ar}`;
    case 'totaler':
      return `?ar=${route.ar}&vis=totaler`;
    case 'rapport':
      return `?rapport=${encodeURIComponent(route.id)}${route.mot === undefined ? '' : `&mot=${encodeURIComponent(route.mot)}`}`;
  }
}
