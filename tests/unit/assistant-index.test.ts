import { describe, expect, it } from 'vitest';
import type { KnownClaim } from '../../server/src/domain/assistant/claim-matcher.js';
import { AssistantIndex } from '../../server/src/services/assistant-index.service.js';

/** The claims a base holds, as the claim repository answers the index (the counts from the count store). */
function base(claims: KnownClaim[]) {
  const reads = { known: 0, bySlugs: [] as string[][] };
  let assertions = claims.reduce((n, c) => n + c.texts.length - 1, 0);
  const repository = {
    known: async () => {
      reads.known += 1;
      return claims.map((c) => ({ ...c, texts: [...c.texts] }));
    },
    knownBySlugs: async (slugs: readonly string[]) => {
      reads.bySlugs.push([...slugs]);
      return claims.filter((c) => slugs.includes(c.slug)).map((c) => ({ ...c, texts: [...c.texts] }));
    },
    assistantFingerprint: async () => ({ claims: claims.length, assertions }),
  };
  const write = {
    claim: (claim: KnownClaim) => claims.push(claim),
    quote: (slug: string, quote: string) => {
      claims.find((c) => c.slug === slug)!.texts.push(quote);
      assertions += 1;
    },
  };
  return { repository, reads, write };
}

const claim = (slug: string, statement: string): KnownClaim => ({ slug, statement, texts: [statement] });
const linked = async (index: AssistantIndex, text: string) =>
  (await index.propose(text)).map((p) => p.claim.slug).filter(Boolean);

describe('the grading assistant’s index, kept between ingests and brought up to date by writes', () => {
  it('is built once and kept while the base stands as it was', async () => {
    const { repository, reads } = base([claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles')]);
    const index = new AssistantIndex(repository);
    expect(await linked(index, 'Exosome therapy reduces wrinkles around the eyes.')).toContain(
      'exosome-therapy-reduces-wrinkles',
    );
    await index.propose('Exosome serum reduces wrinkles.');
    await index.propose('Another document about wrinkles and exosome therapy.');
    expect(reads.known).toBe(1);
  });

  it('grows by the claims a write of its process touched, reading only those, and links to them at once', async () => {
    const { repository, reads, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles'),
    ]);
    const index = new AssistantIndex(repository);
    await index.propose('Exosome therapy reduces wrinkles.');
    write.claim(claim('exosome-therapy-regrows-hair', 'Exosome therapy regrows hair in people with alopecia'));
    index.changed(['exosome-therapy-regrows-hair']);
    expect(await linked(index, 'Exosome therapy regrows hair in people with alopecia, the trial found.')).toContain(
      'exosome-therapy-regrows-hair',
    );
    write.quote('exosome-therapy-regrows-hair', 'Thicker crowns after six sessions of scalp injections');
    index.changed(['exosome-therapy-regrows-hair']);
    expect(await linked(index, 'Thicker crowns after six sessions of scalp injections were seen.')).toContain(
      'exosome-therapy-regrows-hair',
    );
    expect(reads.known).toBe(1);
    expect(reads.bySlugs).toEqual([['exosome-therapy-regrows-hair'], ['exosome-therapy-regrows-hair']]);
  });

  it('is built again when another process changed the base, or when a write took quotes away', async () => {
    const { repository, reads, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles'),
    ]);
    const index = new AssistantIndex(repository);
    await index.propose('Exosome therapy reduces wrinkles.');
    write.claim(claim('exosome-therapy-regrows-hair', 'Exosome therapy regrows hair in people with alopecia'));
    expect(await linked(index, 'Exosome therapy regrows hair in people with alopecia.')).toContain(
      'exosome-therapy-regrows-hair',
    );
    expect(reads.known).toBe(2);
    index.lost();
    await index.propose('Exosome therapy reduces wrinkles.');
    expect(reads.known).toBe(3);
  });
});
