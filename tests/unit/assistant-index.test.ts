import { describe, expect, it } from 'vitest';
import type { KnownClaim } from '../../server/src/domain/assistant/claim-matcher.js';
import { AssistantIndex } from '../../server/src/services/assistant-index.service.js';

/**
 * The claims a base holds, as the claim repository answers the index (the counts from the count
 * store); every write records a revision, as the services do.
 */
function base(claims: KnownClaim[]) {
  const reads = { known: 0, bySlugs: [] as string[][] };
  let assertions = claims.reduce((n, c) => n + c.texts.length - 1, 0);
  let revisions = 0;
  const repository = {
    known: async () => {
      reads.known += 1;
      return claims.map((c) => ({ ...c, texts: [...c.texts] }));
    },
    knownBySlugs: async (slugs: readonly string[]) => {
      reads.bySlugs.push([...slugs]);
      return claims.filter((c) => slugs.includes(c.slug)).map((c) => ({ ...c, texts: [...c.texts] }));
    },
    assistantFingerprint: async () => ({ claims: claims.length, assertions, revisions }),
  };
  const write = {
    claim: (claim: KnownClaim) => {
      claims.push(claim);
      revisions += 1;
    },
    quote: (slug: string, quote: string) => {
      claims.find((c) => c.slug === slug)!.texts.push(quote);
      assertions += 1;
      revisions += 1;
    },
    unquote: (slug: string, quote: string) => {
      const texts = claims.find((c) => c.slug === slug)!.texts;
      texts.splice(texts.indexOf(quote), 1);
      assertions -= 1;
      revisions += 1;
    },
    /** A claim's statement changed in place: as many claims and assertions as before. */
    reword: (slug: string, statement: string) => {
      const changed = claims.find((c) => c.slug === slug)!;
      changed.texts[changed.texts.indexOf(changed.statement)] = statement;
      changed.statement = statement;
      revisions += 1;
    },
    /** A write the assistant does not read: a grade, a rejected proposal, a source with no passages yet. */
    other: () => {
      revisions += 1;
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
    index.wrote();
    expect(await linked(index, 'Exosome therapy regrows hair in people with alopecia, the trial found.')).toContain(
      'exosome-therapy-regrows-hair',
    );
    write.quote('exosome-therapy-regrows-hair', 'Thicker crowns after six sessions of scalp injections');
    index.changed(['exosome-therapy-regrows-hair']);
    index.wrote();
    expect(await linked(index, 'Thicker crowns after six sessions of scalp injections were seen.')).toContain(
      'exosome-therapy-regrows-hair',
    );
    expect(reads.known).toBe(1);
    expect(reads.bySlugs).toEqual([['exosome-therapy-regrows-hair'], ['exosome-therapy-regrows-hair']]);
  });

  it('is built again when another process changed the base', async () => {
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
  });

  it('is built again when another process rewords a claim, the counts of claims and assertions unchanged', async () => {
    const { repository, reads, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles'),
      claim('exosome-therapy-is-expensive', 'Exosome therapy is expensive'),
    ]);
    const index = new AssistantIndex(repository);
    await index.propose('Exosome therapy reduces wrinkles.');
    write.reword('exosome-therapy-is-expensive', 'Exosome therapy restores the sense of smell after a viral infection');
    expect(await linked(index, 'Exosome therapy restores the sense of smell after a viral infection.')).toContain(
      'exosome-therapy-is-expensive',
    );
    expect(reads.known).toBe(2);
  });

  it('is kept through its own process’s writes that change nothing it reads', async () => {
    const { repository, reads, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles'),
    ]);
    const index = new AssistantIndex(repository);
    await index.propose('Exosome therapy reduces wrinkles.');
    write.other();
    index.wrote();
    await index.propose('Exosome therapy reduces wrinkles, again.');
    write.other();
    index.wrote();
    await index.propose('Exosome therapy reduces wrinkles, once more.');
    expect(reads.known).toBe(1);
    expect(index.stats()).toEqual({ builds: 1, grown: 0 });
  });

  it('forgets a quote a write of its process took away, without building again', async () => {
    const quote = 'Thicker crowns after six sessions of scalp injections';
    const { repository, reads, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles'),
      {
        ...claim('exosome-therapy-regrows-hair', 'Exosome therapy regrows hair'),
        texts: ['Exosome therapy regrows hair', quote],
      },
    ]);
    const index = new AssistantIndex(repository);
    expect(await linked(index, `${quote} were seen.`)).toContain('exosome-therapy-regrows-hair');
    write.unquote('exosome-therapy-regrows-hair', quote);
    index.changed(['exosome-therapy-regrows-hair']);
    index.wrote();
    expect(await linked(index, `${quote} were seen.`)).not.toContain('exosome-therapy-regrows-hair');
    expect(reads.known).toBe(1);
  });

  it('grown, links as an index built anew from the same base would', async () => {
    const { repository, write } = base([
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles and fine lines'),
      claim('exosome-therapy-regrows-hair', 'Exosome therapy regrows hair in people with alopecia'),
      claim('exosome-products-not-fda-approved', 'No exosome product is approved by the FDA'),
    ]);
    const grown = new AssistantIndex(repository);
    await grown.propose('Exosome therapy reduces wrinkles.');
    write.claim(claim('exosome-serum-calms-redness', 'Exosome serum calms redness after laser'));
    write.quote('exosome-therapy-regrows-hair', 'Thicker crowns after six sessions of scalp injections');
    grown.changed(['exosome-serum-calms-redness', 'exosome-therapy-regrows-hair']);
    grown.wrote();
    const text = [
      'Exosome serum calmed the redness after laser resurfacing.',
      'Thicker crowns were seen after six sessions of scalp injections.',
      'Regulators have approved no exosome product.',
      'Fine lines softened within weeks.',
    ].join('\n');
    const proposals = async (index: AssistantIndex) =>
      (await index.propose(text)).map((p) => [p.quote.exact, p.claim.slug, p.linkReason]);
    expect(await proposals(grown)).toEqual(await proposals(new AssistantIndex(repository)));
    expect(grown.stats()).toEqual({ builds: 1, grown: 1 });
  });
});
