import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

const LABEL_WIDTH = 9;
const label = (name: string) => `${name.padEnd(LABEL_WIDTH)}|`;

/** The launcher's own lines, labelled like its children's. */
export function say(message: string): void {
  for (const line of message.split('\n')) console.log(`${label('kindling')} ${line}`);
}

/** Copies a child's output line by line under its name. */
export function forwardLines(source: Readable, name: string, target: Writable): void {
  createInterface({ input: source, crlfDelay: Infinity }).on('line', (line) => target.write(`${label(name)} ${line}\n`));
}
