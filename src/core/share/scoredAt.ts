/**
 * The time of scoring, stored in the stamp as ISO 8601 with the scorer's offset
 * ("2025-12-01T08:00:00+07:00"), so the stamp says when it was scored in the clerk's own time and
 * the instant is still exact. Shown in the report sheet as "08:00 ngày 01/12/2025 (UTC+07:00)".
 */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** ISO 8601 with offset, to the second. `offsetMinutes` east of UTC (Vietnam: 420); default: the machine's. */
export function isoWithOffset(
  date: Date,
  offsetMinutes: number = -date.getTimezoneOffset(),
): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("not a valid date");
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time with seconds optional and an offset or "Z", naming a real instant. */
export function isIsoDateTime(text: string): boolean {
  return ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text));
}

/** "08:00 ngày 01/12/2025 (UTC+07:00)" / "08:00, 01/12/2025 (UTC+07:00)": the time as it was written. */
export function scoredAtText(iso: string, lang: "vi" | "en"): string {
  const m = ISO_WITH_OFFSET.exec(iso);
  if (!m) return iso;
  const [, year, month, day, hour, minute, , offset] = m;
  const zone = offset === "Z" ? "UTC" : `UTC${offset}`;
  return lang === "vi"
    ? `${hour}:${minute} ngày ${day}/${month}/${year} (${zone})`
    : `${hour}:${minute}, ${day}/${month}/${year} (${zone})`;
}
