import { SeedStep } from '../seed-step';
import { membersStep } from './members.step';
import { socialGraphStep } from './social-graph.step';

/**
 * Run in order, once, on an empty database. Only identity and the social graph
 * exist so far; later issues append their own step files here: communities
 * (one public, one private, with members and a moderator), growth threads with
 * posts, and a mentor profile for @marcus_chen.
 */
export const SEED_STEPS: readonly SeedStep[] = [membersStep, socialGraphStep];
