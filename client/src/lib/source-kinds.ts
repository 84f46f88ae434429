/** The kinds a source may have (schema/data/source.schema.json), in the order a curator meets them. */
export const SOURCE_KINDS: readonly string[] = [
  'peer_reviewed_paper',
  'expert_review',
  'regulatory_notice',
  'magazine_feature',
  'clinic_page',
  'clinic_article',
  'clinic_blog_review',
  'clinic_faq',
  'other',
];
