import { execFileSync } from 'node:child_process';
import { closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A small file system for a browser profile (a tmpfs of `megabytes`), to fill its disk on purpose. Needs root. */
export function mountSmallDisk(dir: string, megabytes: number): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'The disk-full checks need root: they mount a small tmpfs for the browser profile (mount -t tmpfs), so that its disk really fills up. ' +
        'CI runs as root; run the tests as root (or in a container as root).'
    );
  }
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
}

export function unmount(dir: string): void {
  execFileSync('umount', [dir]);
}

/** Fills the file system of `dir` with a file, to the last byte but `leave`; returns its path (remove it to free the space). */
export function fillDisk(dir: string, leave = 0): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(64 * 1024, 0x5a);
  try {
    for (let size = block.length; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) writeSync(fd, block, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
    ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leave));
  } finally {
    closeSync(fd);
  }
  return path;
}
