/** Every demo member signs in with this password. */
export const DEMO_PASSWORD = 'kindling-demo';

export interface DemoMember {
  handle: string;
  email: string;
  displayName: string;
  headline: string;
  bio: string;
  /** Lower-case, as the service stores them. */
  skills: string[];
  interests: string[];
  timezone: string;
}

/** The first member is the demo login; Marcus is the mentor later steps build on. */
export const DEMO_MEMBERS: readonly DemoMember[] = [
  {
    handle: 'ana_ribeiro',
    email: 'ana@kindling.test',
    displayName: 'Ana Ribeiro',
    headline: 'Backend engineer learning system design in public',
    bio: 'Four years of Node and Postgres at a Lisbon fintech. Working towards a senior role: one design write-up a week, reviewed by people who know more than I do.',
    skills: ['typescript', 'postgresql', 'node.js'],
    interests: ['system design', 'distributed systems', 'public speaking'],
    timezone: 'Europe/Lisbon',
  },
  {
    handle: 'marcus_chen',
    email: 'marcus@kindling.test',
    displayName: 'Marcus Chen',
    headline: 'Staff engineer · mentoring engineers into senior roles',
    bio: 'Fifteen years building payment and messaging systems. I mentor three people at a time: design reviews, career plans and the occasional pep talk.',
    skills: ['system design', 'distributed systems', 'go', 'career coaching'],
    interests: ['mentoring', 'technical writing'],
    timezone: 'America/Toronto',
  },
  {
    handle: 'priya_nair',
    email: 'priya@kindling.test',
    displayName: 'Priya Nair',
    headline: 'Product designer moving into UX research',
    bio: 'Designing onboarding flows by day; learning interview and survey methods by night. Sharing my research plans and what went wrong.',
    skills: ['figma', 'interaction design', 'prototyping'],
    interests: ['ux research', 'accessibility'],
    timezone: 'Asia/Kolkata',
  },
  {
    handle: 'tomas_alvarez',
    email: 'tomas@kindling.test',
    displayName: 'Tomás Álvarez',
    headline: 'Self-taught developer · 100 days of React',
    bio: 'Former sound engineer switching careers. Day 41 of building one small React thing a day; aiming for my first junior role this year.',
    skills: ['javascript', 'html', 'css'],
    interests: ['react', 'typescript', 'open source'],
    timezone: 'America/Argentina/Buenos_Aires',
  },
  {
    handle: 'amara_okafor',
    email: 'amara@kindling.test',
    displayName: 'Amara Okafor',
    headline: 'Data analyst training for a data engineering role (and a marathon)',
    bio: 'SQL and dashboards for a retail chain. Learning pipelines and orchestration; logging every long run on the side.',
    skills: ['sql', 'python', 'tableau'],
    interests: ['data engineering', 'running'],
    timezone: 'Africa/Lagos',
  },
  {
    handle: 'jonas_weber',
    email: 'jonas@kindling.test',
    displayName: 'Jonas Weber',
    headline: 'Engineering manager writing a book on feedback',
    bio: 'Manager of two platform teams in Berlin. Drafting a chapter a month on giving and receiving feedback, and posting the drafts here.',
    skills: ['leadership', 'hiring', 'coaching'],
    interests: ['writing', 'organisational design'],
    timezone: 'Europe/Berlin',
  },
];

/** The login the launcher prints. */
export const DEMO_LOGIN = { email: DEMO_MEMBERS[0].email, password: DEMO_PASSWORD };

/** Who follows whom (handles), plus one block and one mute: enough for every User field to show something. */
export const DEMO_SOCIAL_GRAPH = {
  follows: [
    ['ana_ribeiro', 'marcus_chen'],
    ['ana_ribeiro', 'priya_nair'],
    ['ana_ribeiro', 'tomas_alvarez'],
    ['marcus_chen', 'ana_ribeiro'],
    ['marcus_chen', 'jonas_weber'],
    ['priya_nair', 'ana_ribeiro'],
    ['priya_nair', 'marcus_chen'],
    ['tomas_alvarez', 'marcus_chen'],
    ['tomas_alvarez', 'ana_ribeiro'],
    ['tomas_alvarez', 'amara_okafor'],
    ['amara_okafor', 'marcus_chen'],
    ['amara_okafor', 'priya_nair'],
    ['jonas_weber', 'marcus_chen'],
    ['jonas_weber', 'ana_ribeiro'],
  ],
  blocks: [['amara_okafor', 'jonas_weber']],
  mutes: [['ana_ribeiro', 'jonas_weber']],
} satisfies Record<string, ReadonlyArray<readonly [string, string]>>;
