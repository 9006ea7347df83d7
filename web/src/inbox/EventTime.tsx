import { useFormatDate } from '../lib/useFormatDate.ts';
import { useFormatTime } from '../lib/useFormatTime.ts';

/** When something happened in the thread: short ("14:05"), the full date on hover and for machines. */
export function EventTime({ at }: { at: number }) {
  const formatTime = useFormatTime();
  const formatDate = useFormatDate();
  return (
    <time className="event-time" dateTime={new Date(at * 1000).toISOString()} title={formatDate(at)}>
      {formatTime(at)}
    </time>
  );
}
