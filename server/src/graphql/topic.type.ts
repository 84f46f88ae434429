import type { TopicRow } from '../db/topic.repository.js';
import { topicFeedUrl } from '../domain/permalinks.js';
import { MAX_SEARCH_LENGTH } from '../domain/search-text.js';
import { builder } from './builder.js';
import { keysetConnection } from './pagination.js';

export const TopicRef = builder.objectRef<TopicRow>('Topic').implement({
  description: 'A subject claims are filed under; a claim may have several.',
  fields: (t) => ({
    name: t.exposeString('name'),
    claimCount: t.exposeInt('claimCount', { description: 'How many claims are filed under it.' }),
    feedUrl: t.string({
      description: 'The Atom feed of the changes of every claim in the topic.',
      resolve: (topic, _args, ctx) => topicFeedUrl(ctx.publicBase, topic.name),
    }),
  }),
});

const TopicFilter = builder.inputType('TopicFilter', {
  fields: (t) => ({
    text: t.string({ required: false, description: 'Letters the name holds, in any case.' }),
  }),
});

builder.queryFields((t) => ({
  topics: t.connection(
    {
      type: TopicRef,
      description: 'Every topic by name, each with its number of claims; pages of 1 to 200.',
      args: { filter: t.arg({ type: TopicFilter, required: false }) },
      resolve: (_root, args, ctx) => {
        const text = args.filter?.text?.trim().slice(0, MAX_SEARCH_LENGTH) || null;
        return keysetConnection(
          args,
          (topic: TopicRow) => topic.name,
          (after, limit) => ctx.repositories.topics.page(after, limit, text),
        );
      },
    },
    { name: 'TopicConnection' },
    { name: 'TopicEdge' },
  ),
}));
