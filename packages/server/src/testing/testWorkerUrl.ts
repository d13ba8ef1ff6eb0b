/** The URL of the test worker (importing testWorker.ts itself would start its message loop). */
export const TEST_WORKER_URL = new URL('./testWorker.ts', import.meta.url);

/** A worker without engines whose jobs do what their input text says (tinyWorker.ts). */
export const TINY_WORKER_URL = new URL('./tinyWorker.ts', import.meta.url);

/** A scenario whose title makes the test worker misbehave (see testWorker.ts). */
export function misbehaving(
  title: '__crash__' | '__throw__' | '__hang__' | '__oom__' | '__slow__',
): string {
  return `parley: 1
id: odd
title: ${title}
asOf: '2018'
actors:
  - { id: a, name: A }
  - { id: b, name: B }
options:
  - { id: x, owner: a, label: A acts }
  - { id: y, owner: b, label: B acts }
preferences:
  a: { ranking: [YN, NN, YY, NY] }
  b: { ranking: [NY, NN, YY, YN] }
`;
}
