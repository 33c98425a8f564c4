import { SeedStep } from '../seed-step';
import { activityStep } from './activity.step';
import { communitiesStep } from './communities.step';
import { membersStep } from './members.step';
import { mentorStep } from './mentor.step';
import { programsStep } from './programs.step';
import { socialGraphStep } from './social-graph.step';
import { threadsStep } from './threads.step';

/** Run in order, once, on an empty database; a feature adds its demo data as a step file here. */
export const SEED_STEPS: readonly SeedStep[] = [
  membersStep,
  socialGraphStep,
  communitiesStep,
  threadsStep,
  mentorStep,
  programsStep,
  activityStep,
];
