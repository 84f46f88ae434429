import { afterEach, describe, expect, it } from 'vitest';
import type { KnownClaim } from '../../server/src/domain/assistant/claim-matcher.js';
import { inThisThread } from '../../server/src/services/assistant-host.js';
import { AssistantIndex } from '../../server/src/services/assistant-index.service.js';
import { AssistantThread, CLAIMS_PER_MESSAGE } from '../../server/src/services/assistant-thread.js';

const WORDS = [
  'collagen',
  'wrinkles',
  'scalp',
  'follicles',
  'redness',
  'scars',
  'laser',
  'serum',
  'pigment',
  'healing',
];
const VERBS = ['reduces', 'thickens', 'calms', 'speeds', 'restores', 'softens'];

/** More claims than one message carries, so that a build arrives in several. */
const CLAIMS: KnownClaim[] = Array.from({ length: CLAIMS_PER_MESSAGE + 500 }, (_, i) => {
  const statement = `Exosome ${WORDS[i % 10]} therapy ${VERBS[i % 6]} ${WORDS[(i * 7 + 3) % 10]} in trial ${i}`;
  return { slug: `claim-${i}`, statement, texts: [statement, `Patients saw ${WORDS[(i * 3) % 10]} improve (${i}).`] };
});
const DOCUMENT = [
  'In a randomized trial of 40 patients, exosome serum after laser healed the skin two days sooner.',
  'Cultured fibroblasts made more collagen when exosomes were added.',
  'My scalp felt calmer after three sessions, and my friends noticed thicker hair.',
].join('\n');
const HAIR: KnownClaim = {
  slug: 'exosome-therapy-regrows-hair',
  statement: 'Exosome therapy regrows hair in people with alopecia',
  texts: ['Exosome therapy regrows hair in people with alopecia'],
};

const threads: AssistantThread[] = [];
const thread = () => {
  const started = new AssistantThread();
  threads.push(started);
  return started;
};
afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.close()));
});

describe('the grading assistant on a thread of its own (the server’s)', () => {
  it('proposes what it proposes on the calling thread, from an index sent in several messages', async () => {
    const here = await inThisThread.build(CLAIMS);
    const there = await thread().build(CLAIMS);
    expect(await there.propose(DOCUMENT)).toEqual(await here.propose(DOCUMENT));
    expect((await there.propose(DOCUMENT)).length).toBeGreaterThan(0);
  });

  it('grows its index as the calling thread’s would', async () => {
    const here = await (await inThisThread.build(CLAIMS)).withClaims([HAIR]);
    const there = await (await thread().build(CLAIMS)).withClaims([HAIR]);
    expect(there.changedSince).toBe(1);
    const text = 'Exosome therapy regrows hair in people with alopecia, a small study found.';
    expect(await there.propose(text)).toEqual(await here.propose(text));
    expect((await there.propose(text)).map((p) => p.claim.slug)).toContain(HAIR.slug);
  });

  it('is started again and the index built again, once, when its thread stopped', async () => {
    const claims = [...CLAIMS];
    const repository = {
      known: async () => claims,
      knownBySlugs: async (slugs: readonly string[]) => claims.filter((c) => slugs.includes(c.slug)),
      assistantFingerprint: async () => ({ claims: claims.length, assertions: claims.length, revisions: 0 }),
    };
    const running = thread();
    const index = new AssistantIndex(repository, running);
    const first = await index.propose(DOCUMENT);
    await running.close();
    expect(await index.propose(DOCUMENT)).toEqual(first);
    expect(index.stats().builds).toBe(2);
  });
});
