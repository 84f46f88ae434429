/**
 * A CSL style for AMA (JAMA, 11th edition) references to web pages and articles, written for
 * claimgraph: citation.js ships Vancouver but no AMA. Author. Title. Site. Published date.
 * Accessed date. URL.
 */
export const AMA_STYLE_XML = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>AMA for web pages and articles (claimgraph)</title>
    <id>claimgraph-ama</id>
    <updated>2026-11-23T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name name-as-sort-order="all" sort-separator=" " initialize-with="" delimiter=", " delimiter-precedes-last="always"/>
    </names>
  </macro>
  <citation>
    <layout><text variable="citation-number"/></layout>
  </citation>
  <bibliography et-al-min="7" et-al-use-first="3">
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text variable="title"/>
        <text variable="container-title" font-style="italic"/>
        <group delimiter=" ">
          <text value="Published"/>
          <date variable="issued"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
        <group delimiter=" ">
          <text value="Accessed"/>
          <date variable="accessed"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
        </group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
