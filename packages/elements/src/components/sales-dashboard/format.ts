/**
 * How the dashboard writes its numbers in the page's language: money from minor units in its
 * currency's own number of decimals (cents, none for yen), counts and UTC days.
 */
export interface DashboardFormat {
  money(minor: number, currency: string): string;
  count(value: number): string;
  /** A day in full, for the tables and the chart's tooltip: "31 Mar 2026". */
  day(day: string): string;
  /** A day on the chart's axis: "31 Mar". */
  shortDay(day: string): string;
}

function withFallback<T>(make: (locale: string | undefined) => T, locale: string): T {
  try {
    return make(locale);
  } catch {
    // A language tag Intl does not know: the browser's own formatting.
    return make(undefined);
  }
}

export function dashboardFormat(locale: string): DashboardFormat {
  const currencies = new Map<string, { format: Intl.NumberFormat; unit: number }>();
  const moneyIn = (currency: string) => {
    let found = currencies.get(currency);
    if (!found) {
      const format = withFallback((l) => new Intl.NumberFormat(l, { style: 'currency', currency }), locale);
      found = { format, unit: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
      currencies.set(currency, found);
    }
    return found;
  };
  const counts = withFallback((l) => new Intl.NumberFormat(l), locale);
  const full = withFallback((l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }), locale);
  const short = withFallback((l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', timeZone: 'UTC' }), locale);
  const instant = (day: string) => new Date(`${day}T00:00:00Z`);
  return {
    money(minor, currency) {
      const { format, unit } = moneyIn(currency);
      return format.format(minor / unit);
    },
    count: (value) => counts.format(value),
    day: (day) => full.format(instant(day)),
    shortDay: (day) => short.format(instant(day)),
  };
}
