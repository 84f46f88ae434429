import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomXml, xmlText } from '../../server/src/domain/atom-feed.js';
import { claimBadgeSvg } from '../../server/src/domain/badge.js';
import { consensusChanged } from '../../server/src/domain/consensus.js';
import { fieldChanges, revisionSummary } from '../../server/src/domain/revision-summary.js';

const strictXml = (text: string) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');

describe('a change of consensus is what a reader of the consensus sees change', () => {
  const contested = { status: 'CONTESTED', bestGrade: 'CLINICAL', gradeConflict: false } as const;
  it('is a new status, best grade or grade conflict; not a first derivation', () => {
    expect(consensusChanged(null, contested)).toBe(false);
    expect(consensusChanged(contested, { ...contested })).toBe(false);
    expect(consensusChanged(contested, { ...contested, status: 'SUPPORTED' })).toBe(true);
    expect(consensusChanged(contested, { ...contested, bestGrade: null })).toBe(true);
    expect(consensusChanged(contested, { ...contested, gradeConflict: true })).toBe(true);
  });
});

describe('a revision in words', () => {
  it('lists the fields that changed, most telling first, enums and booleans in words', () => {
    const revision = {
      before: JSON.stringify({ rationale: 'Old.', grade: 'ANECDOTAL', hedged: false, version: 1 }),
      after: JSON.stringify({ rationale: 'New.', grade: 'CLINICAL', hedged: true, version: 2 }),
    };
    expect(fieldChanges(revision)).toEqual([
      { field: 'grade', before: 'anecdotal', after: 'clinical' },
      { field: 'hedged', before: 'no', after: 'yes' },
      { field: 'rationale', before: 'Old.', after: 'New.' },
    ]);
  });

  it('says what a change of consensus did in one sentence', () => {
    expect(
      revisionSummary({
        targetType: 'Claim',
        targetId: 'x',
        action: 'consensus',
        before: JSON.stringify({ status: 'SUPPORTED', bestGrade: null }),
        after: JSON.stringify({ status: 'CONTESTED', bestGrade: 'PRECLINICAL' }),
      }),
    ).toBe('Consensus changed from supported (no supporting grade) to contested (best supporting grade preclinical)');
  });
});

describe('feeds and badges stay well-formed whatever a quote holds', () => {
  const hostile = 'Dr. <b>"X"</b> & co. say it\u0000 works \u0007 — “always”';

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText(hostile)).toBe('Dr. &lt;b&gt;&quot;X&quot;&lt;/b&gt; &amp; co. say it works  — “always”');
  });

  it('writes an Atom document and an SVG a strict parser reads back', () => {
    const feed = atomXml({
      id: 'http://x/claims/a',
      title: hostile,
      subtitle: hostile,
      updated: '2026-01-01T00:00:00Z',
      selfUrl: 'http://x/feeds/claims/a.atom?x=1&y=2',
      alternateUrl: 'http://x/claims/a',
      entries: [
        {
          id: 'urn:uuid:1',
          title: hostile,
          updated: '2026-01-01T00:00:00Z',
          author: hostile,
          link: 'http://x/claims/a',
          summary: hostile,
          category: 'consensus',
        },
      ],
    });
    const document = strictXml(feed);
    expect(document.getElementsByTagName('entry')[0]!.getElementsByTagName('title')[0]!.textContent).toBe(
      'Dr. <b>"X"</b> & co. say it works  — “always”',
    );
    const badge = strictXml(claimBadgeSvg({ statement: hostile, status: 'CONTESTED', bestGrade: null }));
    expect(badge.documentElement!.getAttribute('aria-label')).toBe('claimgraph: contested; no supporting grade');
  });
});
