import { useSession } from '../session/SessionProvider';

export function formatDateTime(iso: string, timeZone: string, now = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getUTCFullYear() === now.getUTCFullYear();
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A moment shown in the viewer's time zone (their profile's, else the browser's). */
export function Time({ iso }: { iso: string }) {
  const { timeZone } = useSession();
  return <time dateTime={iso}>{formatDateTime(iso, timeZone)}</time>;
}
