import type { CodegenConfig } from '@graphql-codegen/cli';

// KINDLING_CODEGEN_OUT lets the staleness test generate into a temp dir and diff.
const out = process.env.KINDLING_CODEGEN_OUT ?? 'src/graphql/';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/**'],
  ignoreNoDocuments: false,
  // Formatted like the rest of the house, so the root prettier check passes on the committed output.
  hooks: { afterAllFileWrite: ['prettier --write --log-level warn --config ../../.prettierrc'] },
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
