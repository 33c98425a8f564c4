import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  if (process.env.FAULTS_DIST_OWNED === '1' && process.env.FAULTS_DIST?.startsWith('/var/tmp/kindling-faults-dist-')) {
    rmSync(process.env.FAULTS_DIST, { recursive: true, force: true });
  }
}
