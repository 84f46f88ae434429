/** An Atom 1.0 document (RFC 4287), as plain data: what `atomXml` writes. */
export interface AtomFeed {
  /** A permanent IRI: the page the feed is about. */
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  selfUrl: string;
  alternateUrl: string;
  entries: AtomEntry[];
}

export interface AtomEntry {
  /** Permanent and unique: `urn:uuid:` of the revision the entry reports. */
  id: string;
  title: string;
  updated: string;
  author: string;
  link: string;
  summary: string;
  category: string;
}

// XML 1.0 allows tab, newline, carriage return and characters from U+0020 on (less U+FFFE and U+FFFF);
// anything else in a stored quote would make the whole document unreadable to a feed reader.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARACTERS = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as XML character data or an attribute value: the five special characters escaped, invalid ones dropped. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function entryXml(entry: AtomEntry): string {
  return `  <entry>
    <id>${xmlText(entry.id)}</id>
    <title type="text">${xmlText(entry.title)}</title>
    <updated>${xmlText(entry.updated)}</updated>
    <author><name>${xmlText(entry.author)}</name></author>
    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>
    <category term="${xmlText(entry.category)}"/>
    <summary type="text">${xmlText(entry.summary)}</summary>
  </entry>`;
}

/** The feed as an Atom document, entries in the order given (newest first). */
export function atomXml(feed: AtomFeed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(feed.id)}</id>
  <title type="text">${xmlText(feed.title)}</title>
  <subtitle type="text">${xmlText(feed.subtitle)}</subtitle>
  <updated>${xmlText(feed.updated)}</updated>
  <author><name>claimgraph</name></author>
  <generator>claimgraph</generator>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>
${feed.entries.map(entryXml).join('\n')}
</feed>
`;
}
