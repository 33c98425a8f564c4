import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { TransactionRunner } from '@kindling/database';
import { fingerprint } from './draft-fingerprint';
import { RoadmapAccess } from './roadmap-access.service';
import { RoadmapEntity } from './roadmap.entity';
import { RoadmapStepEntity } from './roadmap-step.entity';
import { RoadmapsErrorCode, roadmapsError } from './roadmaps.exception';
import { DraftStepLocator } from './draft-step-locator.service';
import { MAX_STEPS, StepView } from './step-content';
import { findCycle } from './step-graph';
import { applyStepInput, EMPTY_STEP, StepInput } from './step-input';
import { draftStepView } from './step-views';

/**
 * The working draft: edited freely by the community's owners and moderators,
 * never seen by members until published. Every edit runs in one transaction
 * holding the roadmap row's lock (edits and publishes of one roadmap are
 * serialised), keeps positions 1..n, keeps the prerequisite graph acyclic and
 * within the draft, and refreshes the draft's fingerprint.
 */
@Injectable()
export class RoadmapDraftService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly access: RoadmapAccess,
    private readonly locator: DraftStepLocator,
    private readonly dataSource: DataSource,
  ) {}

  async addStep(viewerId: string, roadmapId: string, input: StepInput & { title: string }): Promise<StepView> {
    await this.access.requireAuthor(viewerId, roadmapId, 'roadmapId');
    return this.edit(roadmapId, async (em, draft) => {
      if (draft.length >= MAX_STEPS)
        throw roadmapsError(RoadmapsErrorCode.TOO_MANY_STEPS, `A roadmap has at most ${MAX_STEPS} steps`, 'roadmapId');
      const content = applyStepInput(EMPTY_STEP, input);
      assertInDraft(draft, content.prerequisiteIds);
      // A new step cannot close a cycle: no step requires it yet.
      const step = await em.save(em.create(RoadmapStepEntity, { ...content, roadmapId, position: draft.length + 1 }));
      return draftStepView(step);
    });
  }

  async updateStep(viewerId: string, stepId: string, input: StepInput): Promise<StepView> {
    const { roadmapId } = await this.locator.requireAuthoredStep(viewerId, stepId);
    return this.edit(roadmapId, async (em, draft) => {
      const current = requireInDraft(draft, stepId);
      const content = applyStepInput(draftStepView(current), input);
      if (input.prerequisiteIds !== undefined) {
        assertInDraft(draft, content.prerequisiteIds);
        assertAcyclic(
          draft.map((s) => ({ id: s.id, title: s.title, prerequisiteIds: s.id === stepId ? content.prerequisiteIds : s.prerequisiteIds })),
        );
      }
      await em.update(RoadmapStepEntity, { id: stepId }, content);
      return draftStepView(await em.findOneByOrFail(RoadmapStepEntity, { id: stepId }));
    });
  }

  /**
   * Takes the step out of the draft and out of every draft step's
   * prerequisites. A step some published version shows keeps its row (marked
   * removed), so that version, and progress and posts on the step, stay intact.
   */
  async removeStep(viewerId: string, stepId: string): Promise<RoadmapEntity> {
    const { roadmapId } = await this.locator.requireAuthoredStep(viewerId, stepId);
    await this.edit(roadmapId, async (em, draft) => {
      requireInDraft(draft, stepId);
      const [{ published }]: Array<{ published: boolean }> = await em.query(
        `SELECT EXISTS (SELECT 1 FROM roadmap_version_step WHERE step_id = $1) AS published`,
        [stepId],
      );
      if (published) await em.update(RoadmapStepEntity, { id: stepId, removedAt: IsNull() }, { removedAt: new Date() });
      else await em.delete(RoadmapStepEntity, { id: stepId });
      await em.query(
        `UPDATE roadmap_step SET prerequisite_ids = array_remove(prerequisite_ids, $2::bigint), updated_at = now()
          WHERE roadmap_id = $1 AND removed_at IS NULL AND $2::bigint = ANY(prerequisite_ids)`,
        [roadmapId, stepId],
      );
      await em.query(
        `UPDATE roadmap_step s SET position = o.rank
           FROM (SELECT id, row_number() OVER (ORDER BY position, id)::int AS rank FROM roadmap_step WHERE roadmap_id = $1 AND removed_at IS NULL) o
          WHERE s.id = o.id AND s.position <> o.rank`,
        [roadmapId],
      );
    });
    return this.roadmap(roadmapId);
  }

  /** `stepIds` must list each draft step exactly once; they take positions 1..n in that order. */
  async reorder(viewerId: string, roadmapId: string, stepIds: readonly string[]): Promise<RoadmapEntity> {
    await this.access.requireAuthor(viewerId, roadmapId, 'roadmapId');
    await this.edit(roadmapId, async (em, draft) => {
      const given = new Set(stepIds);
      if (given.size !== stepIds.length || given.size !== draft.length || !draft.every((s) => given.has(s.id))) {
        throw roadmapsError(
          RoadmapsErrorCode.INVALID_STEP_ORDER,
          `stepIds must list each of the roadmap's ${draft.length} draft steps exactly once`,
          'stepIds',
        );
      }
      await em.query(
        `UPDATE roadmap_step s SET position = o.rank::int, updated_at = now()
           FROM unnest($2::bigint[]) WITH ORDINALITY AS o(id, rank)
          WHERE s.id = o.id AND s.roadmap_id = $1 AND s.position <> o.rank`,
        [roadmapId, stepIds],
      );
    });
    return this.roadmap(roadmapId);
  }

  /** Read after the edit committed, so it carries the refreshed fingerprint. */
  private roadmap(roadmapId: string): Promise<RoadmapEntity> {
    return this.dataSource.getRepository(RoadmapEntity).findOneByOrFail({ id: roadmapId });
  }

  private edit<T>(roadmapId: string, work: (em: EntityManager, draft: RoadmapStepEntity[]) => Promise<T>): Promise<T> {
    return this.tx.run(async ({ em }) => {
      await em.query(`SELECT 1 FROM roadmap WHERE id = $1 FOR UPDATE`, [roadmapId]);
      const result = await work(em, await loadDraft(em, roadmapId));
      const draft = await loadDraft(em, roadmapId);
      await em.update(RoadmapEntity, { id: roadmapId }, { draftFingerprint: fingerprint(draft.map(draftStepView)) });
      return result;
    });
  }
}

const loadDraft = (em: EntityManager, roadmapId: string) =>
  em.find(RoadmapStepEntity, { where: { roadmapId, removedAt: IsNull() }, order: { position: 'ASC', id: 'ASC' } });

function requireInDraft(draft: RoadmapStepEntity[], stepId: string): RoadmapStepEntity {
  const step = draft.find((s) => s.id === stepId);
  if (!step) throw roadmapsError(RoadmapsErrorCode.STEP_NOT_FOUND, 'No such step', 'stepId');
  return step;
}

function assertInDraft(draft: RoadmapStepEntity[], prerequisiteIds: readonly string[]): void {
  const ids = new Set(draft.map((s) => s.id));
  const stranger = prerequisiteIds.find((id) => !ids.has(id));
  if (stranger !== undefined) {
    throw roadmapsError(
      RoadmapsErrorCode.INVALID_PREREQUISITES,
      `prerequisiteIds: ${stranger} is not a step of this roadmap`,
      'prerequisiteIds',
    );
  }
}

/** BAD_USER_INPUT naming the steps on the cycle, in order. */
function assertAcyclic(steps: ReadonlyArray<{ id: string; title: string; prerequisiteIds: readonly string[] }>): void {
  const cycle = findCycle(steps);
  if (!cycle) return;
  const title = (id: string) => `"${steps.find((s) => s.id === id)!.title}"`;
  const path = [...cycle, cycle[0]].map(title).join(' requires ');
  throw roadmapsError(RoadmapsErrorCode.PREREQUISITE_CYCLE, `prerequisiteIds would make a cycle: ${path}`, 'prerequisiteIds', {
    cycle: cycle.map((id) => ({ id, title: steps.find((s) => s.id === id)!.title })),
  });
}
