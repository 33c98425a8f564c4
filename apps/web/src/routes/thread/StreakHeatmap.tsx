import HeatMap from '@uiw/react-heat-map';
import { useEffect, useRef } from 'react';
import { dayInZone, postingDays } from './posting-days';

const WEEKS = 26;

interface StreakHeatmapProps {
  createdAts: readonly string[];
  timeZone: string;
  currentStreak: number;
  longestStreak: number;
}

/** Days with a post over the last six months, counted in the author's time zone. */
export function StreakHeatmap({ createdAts, timeZone, currentStreak, longestStreak }: StreakHeatmapProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the map scrolls; start at the recent end.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, []);
  const value = postingDays(createdAts, timeZone);
  const [year, month, day] = dayInZone(new Date().toISOString(), timeZone).split('/').map(Number) as [number, number, number];
  const end = new Date(year, month - 1, day);
  const start = new Date(year, month - 1, day - WEEKS * 7);
  const activeDays = value.filter((v) => new Date(v.date) >= start).length;
  const summary = `Posted on ${activeDays} ${activeDays === 1 ? 'day' : 'days'} in the last six months. Current streak ${currentStreak} ${currentStreak === 1 ? 'day' : 'days'}, longest ${longestStreak}.`;
  return (
    <figure className="heatmap">
      <div role="img" aria-label={summary} ref={scroller} className="heatmap-scroll">
        <HeatMap
          value={value}
          startDate={start}
          endDate={end}
          width={(WEEKS + 2) * 14 + 40}
          height={7 * 14 + 30}
          rectSize={11}
          space={3}
          legendCellSize={0}
          panelColors={{ 0: '#ece7df', 1: '#fdba74', 2: '#f97316', 4: '#c2410c' }}
        />
      </div>
      <figcaption className="muted">
        {summary} Days in {timeZone}.
      </figcaption>
    </figure>
  );
}
