import { useMutation, useQuery } from '@apollo/client/react';
import type { ModerationActionType } from '../../graphql/graphql';
import { LoadMore } from '../../ui/InfiniteList';
import { Empty, ErrorState, Loading } from '../../ui/states';
import { Time } from '../../ui/Time';
import { CommunityReportsQuery, ModerationLogQuery, ResolveReportMutation } from './community-queries';

/** Open reports with their resolutions: dismiss, or remove the content. */
export function ReportsPanel({ slug }: { slug: string }) {
  const { data, error } = useQuery(CommunityReportsQuery, { variables: { slug, status: 'OPEN' } });
  const [resolve] = useMutation(ResolveReportMutation, { refetchQueries: ['CommunityReports', 'ModerationLog', 'CommunityFeed'] });
  if (error && !data) return <ErrorState error={error} />;
  const reports = data?.community?.reports.nodes;
  if (!reports) return <Loading />;
  if (reports.length === 0) return <Empty>No open reports.</Empty>;
  return (
    <ul className="list" aria-label="Open reports">
      {reports.map((report) => {
        const target = report.post ?? report.comment;
        return (
          <li key={report.id} className="card stack">
            <p>
              <strong>{report.reason.toLowerCase().replace('_', ' ')}</strong> reported by {report.reporter.displayName}{' '}
              <Time iso={report.createdAt} />
            </p>
            {report.details && <p className="muted">“{report.details}”</p>}
            {target && (
              <blockquote className="quoted">
                <p className="muted">
                  {report.post ? 'Post' : 'Comment'} by {target.author?.displayName ?? 'a deleted author'}
                </p>
                <p className="rich-text">{target.body ?? '(deleted)'}</p>
              </blockquote>
            )}
            <div className="row">
              <button
                type="button"
                className="danger"
                onClick={() => void resolve({ variables: { id: report.id, resolution: 'REMOVE_CONTENT' } }).catch(() => undefined)}
              >
                Remove content
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => void resolve({ variables: { id: report.id, resolution: 'DISMISS' } }).catch(() => undefined)}
              >
                Dismiss
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

const actionLabel: Partial<Record<ModerationActionType, string>> = {
  APPROVE_MEMBER: 'approved',
  REJECT_MEMBER: 'rejected',
  BAN_MEMBER: 'banned',
  UNBAN_MEMBER: 'unbanned',
  SET_ROLE: 'changed the role of',
  REMOVE_POST: 'removed a post by',
  REMOVE_COMMENT: 'removed a comment by',
  DISMISS_REPORT: 'dismissed a report about',
  PUBLISH_ROADMAP: 'published a roadmap',
  ARCHIVE_ROADMAP: 'archived a roadmap',
  CLOSE_JOB: 'closed a job',
  VISIBILITY_CHANGED: 'changed the community visibility',
};

export function ModerationLogPanel({ slug }: { slug: string }) {
  const { data, error, loading, fetchMore } = useQuery(ModerationLogQuery, { variables: { slug }, notifyOnNetworkStatusChange: true });
  if (error && !data) return <ErrorState error={error} />;
  const log = data?.community?.moderationLog;
  if (!log) return <Loading />;
  if (log.nodes.length === 0) return <Empty>No moderation actions yet.</Empty>;
  return (
    <>
      <ul className="list" aria-label="Moderation log">
        {log.nodes.map((action) => (
          <li key={action.id} className="card">
            <p>
              {action.moderator.displayName} {actionLabel[action.type] ?? action.type.toLowerCase().replaceAll('_', ' ')}{' '}
              {action.targetUser?.displayName ?? ''}
              {action.reason && <span className="muted"> — {action.reason}</span>}
            </p>
            <span className="muted">
              <Time iso={action.createdAt} />
            </span>
          </li>
        ))}
      </ul>
      <LoadMore
        hasMore={log.pageInfo.hasNextPage}
        loading={loading}
        onLoadMore={() => {
          const after = log.pageInfo.endCursor;
          if (after) void fetchMore({ variables: { slug, after } });
        }}
      />
    </>
  );
}
