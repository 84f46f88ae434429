import { AssertionRef } from './assertion.type.js';
import { builder } from './builder.js';
import { attempt, curatorChange, CurationPayloadRef, type CurationOutcome } from './curation.js';
import { EvidenceGradeEnum, StanceEnum } from './enums.js';
import { localKey } from './ids.js';

const CreateAssertionInput = builder.inputType('CreateAssertionInput', {
  fields: (t) => ({
    sourceId: t.id({ required: true }),
    claimId: t.id({ required: true, description: 'A global id or a slug.' }),
    start: t.int({
      required: true,
      description:
        'Offset of the passage in the source text (UTF-16); exact, prefix and suffix are taken from the text.',
    }),
    end: t.int({ required: true }),
    stance: t.field({ type: StanceEnum, required: true }),
    grade: t.field({ type: EvidenceGradeEnum, required: true }),
    basis: t.string({ required: true }),
    rationale: t.string({ required: true }),
    hedged: t.boolean({ required: false, defaultValue: false }),
    cited: t.boolean({ required: false, defaultValue: false }),
    attribution: t.string({ required: false }),
    reason: t.string({ required: false, description: 'Why; defaults to "new assertion".' }),
  }),
});

const UpdateAssertionInput = builder.inputType('UpdateAssertionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({
      required: true,
      description: 'The version the change was made against; a stale one is refused with CONFLICT.',
    }),
    reason: t.string({ required: true }),
    stance: t.field({ type: StanceEnum, required: false }),
    grade: t.field({ type: EvidenceGradeEnum, required: false }),
    basis: t.string({ required: false }),
    rationale: t.string({ required: false }),
    hedged: t.boolean({ required: false }),
    cited: t.boolean({ required: false }),
    attribution: t.string({ required: false, description: 'An empty string removes the attribution.' }),
  }),
});

const DeleteAssertionInput = builder.inputType('DeleteAssertionInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const assertionPayload = (name: string) =>
  builder.objectRef<CurationOutcome>(name).implement({
    interfaces: [CurationPayloadRef],
    fields: (t) => ({
      assertion: t.field({ type: AssertionRef, nullable: true, resolve: (p) => p.key }),
    }),
  });

builder.mutationFields((t) => ({
  createAssertion: t.field({
    type: assertionPayload('CreateAssertionPayload'),
    args: { input: t.arg({ type: CreateAssertionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason ?? 'new assertion');
      return attempt(() =>
        ctx.services.curation.createAssertion(
          {
            sourceId: localKey(String(input.sourceId), 'Source'),
            claimSlug: localKey(String(input.claimId), 'Claim'),
            start: input.start,
            end: input.end,
            stance: input.stance,
            grade: input.grade,
            basis: input.basis,
            rationale: input.rationale,
            hedged: input.hedged ?? false,
            cited: input.cited ?? false,
            attribution: input.attribution?.trim() || null,
          },
          change,
        ),
      );
    },
  }),
  updateAssertion: t.field({
    type: assertionPayload('UpdateAssertionPayload'),
    args: { input: t.arg({ type: UpdateAssertionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason);
      const id = localKey(String(input.id), 'Assertion');
      return attempt(async () => {
        const changes = {
          stance: input.stance ?? undefined,
          grade: input.grade ?? undefined,
          basis: input.basis ?? undefined,
          hedged: input.hedged ?? undefined,
          cited: input.cited ?? undefined,
          rationale: input.rationale ?? undefined,
          attribution: input.attribution == null ? undefined : input.attribution.trim() || null,
        };
        await ctx.services.curation.updateAssertion(id, input.expectedVersion, changes, change);
        return id;
      });
    },
  }),
  deleteAssertion: t.field({
    type: assertionPayload('DeleteAssertionPayload'),
    description: 'Removes an assertion; its last state stays in its history (assertionHistory).',
    args: { input: t.arg({ type: DeleteAssertionInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      const change = curatorChange(ctx, input.reason);
      return attempt(async () => {
        await ctx.services.curation.deleteAssertion(
          localKey(String(input.id), 'Assertion'),
          input.expectedVersion,
          change,
        );
        return null;
      });
    },
  }),
}));
