import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCUMENT_BYTES, readDocument } from '../../server/src/corpus/document-reader.js';
import {
  citationIn,
  hedgeIn,
  readEvidence,
  readEvidenceInParagraphs,
} from '../../server/src/domain/assistant/evidence-cues.js';
import { readStance, readStanceTowards, stanceTowards } from '../../server/src/domain/assistant/stance-cues.js';
import { ClaimMatcher, termsOf } from '../../server/src/domain/assistant/claim-matcher.js';
import { GradingAssistant, LINK_PARAMETERS, proposeAssertions } from '../../server/src/domain/assistant/propose.js';
import { isHeading, makesClaim, sentencesOf } from '../../server/src/domain/assistant/sentences.js';
import { passagesOf } from '../../server/src/domain/assistant/passages.js';

/** Fresh sentences the grading may miss: those the fixture's README names. */
const FRESH_GRADE_MISSES_ALLOWED = 3;

describe('the assistant reads the kind of evidence a passage invokes, by the rubric', () => {
  it.each([
    ['In a randomized, double-blind trial of 60 patients, erythema fell.', 'CLINICAL', 'rct'],
    ['A split-face study compared exosome serum with saline.', 'CLINICAL', 'controlled_trial'],
    ['Clinical studies suggest that exosome therapy enhances fibroblast activity.', 'CLINICAL', 'unspecified_clinical'],
    ['In cultured fibroblasts, exosomes increased collagen synthesis.', 'PRECLINICAL', 'in_vitro'],
    ['In mice, wounds closed faster.', 'PRECLINICAL', 'animal'],
    ['Patients at our clinic noticed smoother skin within a week.', 'ANECDOTAL', 'practice_observation'],
    ['In some experimental models, exosomes calmed inflammation.', 'PRECLINICAL', 'unspecified_preclinical'],
    ['I noticed my cheeks looking so much glowier.', 'ANECDOTAL', 'testimonial'],
    ['Clinics commonly use exosome-based protocols after lasers.', 'ANECDOTAL', 'practice_observation'],
    ['Exosome therapy increases collagen, Dr. Garlapati explains.', 'ANECDOTAL', 'expert_opinion'],
    ['Exosomes rejuvenate the skin.', 'ANECDOTAL', 'none_given'],
    // "patients" alone is no study: a report of harm, a clinic's promise, a warning
    [
      'The agency has received reports of adverse events in patients who received unapproved exosome products.',
      'ANECDOTAL',
      'adverse_event_reports',
    ],
    ['Our patients tell us their skin has never looked better.', 'ANECDOTAL', 'practice_observation'],
    ['Patients have been told that exosomes cannot cause harm.', 'ANECDOTAL', 'none_given'],
    // laboratory work in its own words, and a study named by its publication
    ['HaCaT keratinocytes migrated faster in a scratch assay.', 'PRECLINICAL', 'in_vitro'],
    ['In human dermal papilla cells, exosomes raised proliferation.', 'PRECLINICAL', 'in_vitro'],
    ['In guinea pigs, treated skin darkened less.', 'PRECLINICAL', 'animal'],
    ['A study we published last year followed 40 women for six months.', 'CLINICAL', 'unspecified_clinical'],
    ['On the treated side of the face, the score dropped by two points.', 'CLINICAL', 'controlled_trial'],
    // studies named as required are no basis; making a product in a laboratory is no laboratory finding
    ['Larger controlled trials are required before clinics offer it.', 'ANECDOTAL', 'none_given'],
    ['Advertising must not claim benefits unless shown in clinical studies.', 'ANECDOTAL', 'none_given'],
    ['Our exosomes are produced in a sterile laboratory.', 'ANECDOTAL', 'none_given'],
    ['Exosome preparations derived from human or animal cells are not authorised.', 'ANECDOTAL', 'none_given'],
    // a statement put in an expert's mouth rests on the expert's word, whatever it names
    ['"In animal studies exosomes wake up resting follicles," he says.', 'ANECDOTAL', 'expert_opinion'],
    // a study of people in its own words: a count of described people, a comparison group, blinded assessment, an open-label design
    [
      'Forty-two adults with moderate acne scars were assigned to exosome gel or vehicle.',
      'CLINICAL',
      'unspecified_clinical',
    ],
    ['Scores improved in 28 healthy Korean women.', 'CLINICAL', 'unspecified_clinical'],
    ['After four weeks, 82% of the women reported smoother skin.', 'CLINICAL', 'unspecified_clinical'],
    ['With blinded assessors, the benefit shrank to a few percent.', 'CLINICAL', 'controlled_trial'],
    ['Hair density rose more in the exosome group than in the placebo group.', 'CLINICAL', 'controlled_trial'],
    ['Ulcers were treated weekly in an open-label study.', 'CLINICAL', 'observational'],
    ['When patients were followed properly, the benefit shrank.', 'CLINICAL', 'observational'],
    // laboratory work in its own words: tissue models, explants, cell types named alone, gene knockdown
    ['In ex vivo human skin explants, exosomes preserved epidermal thickness.', 'PRECLINICAL', 'in_vitro'],
    ['Topical application to reconstructed human epidermis lowered melanin by 27%.', 'PRECLINICAL', 'in_vitro'],
    ['Exosome uptake by keratinocytes was confirmed by microscopy.', 'PRECLINICAL', 'in_vitro'],
    ['In human umbilical vein endothelial cells, exosomes doubled tube formation.', 'PRECLINICAL', 'in_vitro'],
    ['Knockdown of the microRNA abolished the effect.', 'PRECLINICAL', 'in_vitro'],
    ['In keratinocyte monolayers, the serum doubled filaggrin.', 'PRECLINICAL', 'in_vitro'],
    // the reader's own cells, or the cells a product comes from, are no study of cells
    ['Exosomes send signals that wake up your own fibroblasts.', 'ANECDOTAL', 'none_given'],
    ['It delivers vesicles isolated from stem cell culture into the dermis.', 'ANECDOTAL', 'none_given'],
    ['They may hold material left over from the cell cultures used to make them.', 'ANECDOTAL', 'none_given'],
    // harm that sent people to hospital is an adverse-event report, however many people it counts
    ['Three people were treated in hospital for severe allergic reactions.', 'ANECDOTAL', 'adverse_event_reports'],
    // studies named as missing, and a laboratory testing a product, are no basis
    ['The benefits have not been shown in adequate, well-controlled studies in humans.', 'ANECDOTAL', 'none_given'],
    ['Exosomes have never been tested head-to-head against PRP in a trial.', 'ANECDOTAL', 'none_given'],
    ["Testing by the Authority's laboratory found bacteria in three seized vials.", 'ANECDOTAL', 'none_given'],
    ['No such product has been shown to be safe or effective in people.', 'ANECDOTAL', 'none_given'],
    ['These findings support a trial in patients with scars.', 'ANECDOTAL', 'none_given'],
    // a study told by what it found, without naming its kind, is a study of people (DESIGN.md: "studies show")
    ['Research shows exosomes can boost collagen production.', 'CLINICAL', 'unspecified_clinical'],
    ['One small study found fewer fine lines after eight weeks.', 'CLINICAL', 'unspecified_clinical'],
    // a review of studies is no customer review, and what someone posted is hearsay whatever it names
    ['A review of the published literature found only five small human studies.', 'CLINICAL', 'unspecified_clinical'],
    ['The reviews on their page are glowing.', 'ANECDOTAL', 'testimonial'],
    // nor is a review of patients' records: it is an observational study
    ['A retrospective chart review covered 90 consecutive patients.', 'CLINICAL', 'observational'],
    // a survey or poll is what people say of themselves, unless its respondents are a study's participants
    ['A poll of 2,000 readers found that one in three women had tried it.', 'ANECDOTAL', 'practice_observation'],
    ['Trial participants surveyed at week 12 rated their skin smoother.', 'CLINICAL', 'unspecified_clinical'],
    // "clinical results" promised are no study; a study's clinical results, or a result placed in a study, rest on it
    ['Clinical results you can see from the very first session.', 'ANECDOTAL', 'none_given'],
    ['The published clinical results come from a handful of clinics.', 'CLINICAL', 'unspecified_clinical'],
    ['Clinical outcomes in the study were modest.', 'CLINICAL', 'unspecified_clinical'],
    // a trial told by its design words: arms named by what they received, people enrolled, subjects treated
    ['Mean TEWL dropped by 18% from baseline in the active arm.', 'CLINICAL', 'controlled_trial'],
    ['The intervention group lost fewer hairs than the comparator group.', 'CLINICAL', 'controlled_trial'],
    ['Of the 58 enrolled, 49 completed the 24-week protocol.', 'CLINICAL', 'observational'],
    ['Subjects applied the cream twice daily for eight weeks.', 'CLINICAL', 'observational'],
    // a crossover, blinding told in plain words, a trial's endpoints, a pooled analysis
    ['A crossover design exposed each volunteer to both creams.', 'CLINICAL', 'controlled_trial'],
    [
      'Dermatologists at three centres scored photographs without knowing which product had been used.',
      'CLINICAL',
      'controlled_trial',
    ],
    ['I bought two serums without knowing which was better.', 'ANECDOTAL', 'none_given'],
    ['The primary endpoint, change in wrinkle depth at week 12, was met.', 'CLINICAL', 'observational'],
    ['A meta-analysis of these trials is needed.', 'ANECDOTAL', 'none_given'],
    // laboratory material named by what it is: explanted follicles, spheroids
    ['Explanted human scalp follicles stayed in the growth phase longer.', 'PRECLINICAL', 'in_vitro'],
    ['Dermal papilla spheroids grew larger when the vesicles were added.', 'PRECLINICAL', 'in_vitro'],
    // a regulator's pharmacovigilance words are adverse-event reports; harm counted in a study is the study's result
    [
      'Serious adverse reactions, including anaphylaxis, have been notified to the agency.',
      'ANECDOTAL',
      'adverse_event_reports',
    ],
    ['Spontaneous reports describe swelling and nodules.', 'ANECDOTAL', 'adverse_event_reports'],
    ['No cases of infection have been reported in the trial.', 'CLINICAL', 'unspecified_clinical'],
    // a practitioner's own count of the people they treated is their experience, however large (DESIGN.md: "my patients")
    ['In 12 years I have injected over 3,000 women and seen only two infections.', 'ANECDOTAL', 'practice_observation'],
    // what a firm or a clinic claims rests on its word, whatever study it names
    [
      'The firm claims its product was tested in a clinical study, but no study has been submitted.',
      'ANECDOTAL',
      'expert_opinion',
    ],
    // cells from donors are cells studied; donors screened for a product are its making
    ['Keratinocytes from two donors migrated faster when the vesicles were added.', 'PRECLINICAL', 'in_vitro'],
    ['The cells came from donors who were never screened.', 'ANECDOTAL', 'none_given'],
    // a laboratory testing a product finds nothing about skin; a laboratory named as the place of the work is laboratory work
    ['Analysis by the agency laboratory found endotoxin in four samples.', 'ANECDOTAL', 'none_given'],
    [
      'In a hospital lab in Lyon, the vesicles slowed the growth of pigment cells.',
      'PRECLINICAL',
      'unspecified_preclinical',
    ],
    ['Stem cells grown in a lab-scale bioreactor were the source.', 'ANECDOTAL', 'none_given'],
    ['Someone on here posted that a study showed it works for hair.', 'ANECDOTAL', 'testimonial'],
    [
      'The evidence was a study on cultured skin cells and customer satisfaction surveys.',
      'ANECDOTAL',
      'practice_observation',
    ],
    // a product's making or testing is no study of cells, wherever in the sentence the culture is named
    [
      'Most products are made by growing stem cells from donated placenta or fat in culture.',
      'ANECDOTAL',
      'none_given',
    ],
    ['One batch grew bacteria when cultured.', 'ANECDOTAL', 'none_given'],
    ['Clinics cannot tell you which cell line the vesicles came from.', 'ANECDOTAL', 'none_given'],
    // counted people harmed, as a regulator hears of them, are adverse-event reports
    ['Since June we have been told of 17 people harmed after treatment.', 'ANECDOTAL', 'adverse_event_reports'],
    ['The Board has received nine complaints from clients with lumps.', 'ANECDOTAL', 'adverse_event_reports'],
    ['There have been reports of eye injuries after injections.', 'ANECDOTAL', 'adverse_event_reports'],
    ['The vesicles are grown in bioreactors from a cell line chosen by the supplier.', 'ANECDOTAL', 'none_given'],
    // a controlled comparison in other words: masked assessment, people compared with others treated otherwise
    ['In a double-masked study, scores improved.', 'CLINICAL', 'controlled_trial'],
    ['Patients treated with exosomes healed faster than those given saline.', 'CLINICAL', 'controlled_trial'],
    ['I healed faster than people who skipped it, honestly.', 'ANECDOTAL', 'none_given'],
    // support said to be missing is none
    ['The claims on the packaging are not supported by any clinical data.', 'ANECDOTAL', 'none_given'],
    // a comparison group said to be missing is none; a sentence that turns to the human arm ("In patients, …") names it
    ['But he also admitted he has no control group.', 'ANECDOTAL', 'none_given'],
    ['In patients, scar height decreased from 3.1 to 1.9 mm.', 'CLINICAL', 'unspecified_clinical'],
    ['In patients with sensitive skin we use a gentler protocol.', 'ANECDOTAL', 'none_given'],
    // an expert "pointing out" what studies show, and what a business "told us", rest on their word
    [
      'Her dermatologist is measured, pointing out that most studies involve fewer than 50 people.',
      'ANECDOTAL',
      'expert_opinion',
    ],
    ['One chain of clinics told us bookings had tripled.', 'ANECDOTAL', 'expert_opinion'],
    // laboratory work and human pilots by their own names
    ['Scientists are testing plant exosomes in skin models grown in the lab.', 'PRECLINICAL', 'in_vitro'],
    ['The studies so far are in people, with a handful of tiny human pilots.', 'CLINICAL', 'observational'],
    [
      'The companies point to test-tube studies in which exosomes made skin cells produce collagen.',
      'PRECLINICAL',
      'in_vitro',
    ],
    // a named doctor's scepticism, and a quotation a colon introduces, rest on the doctor's word
    [
      'Dr. Mira Patel is unimpressed: "Half-face trials funded by sellers are marketing."',
      'ANECDOTAL',
      'expert_opinion',
    ],
    ['In organ culture, hair shafts grew longer.', 'PRECLINICAL', 'in_vitro'],
    // the people of a study, its halves, its studies in the plural, its review and what it has found
    ['In the patients, the treated halves healed in 11 days.', 'CLINICAL', 'controlled_trial'],
    ['Serums are sold with very few controlled studies in patients to support them.', 'CLINICAL', 'controlled_trial'],
    ['A 2025 review by Lindqvist found nine human studies, two of them randomised.', 'CLINICAL', 'rct'],
    ['A published study has also found better elasticity.', 'CLINICAL', 'unspecified_clinical'],
    ['I found almost nothing in people, mostly cell studies and a few small trials.', 'PRECLINICAL', 'in_vitro'],
    // what a study would show, said to be unknown, is no basis; "added" is a speaker's verb only after the speaker
    ['Whether exosomes help either condition in people is simply unknown.', 'ANECDOTAL', 'none_given'],
    ['In cultured cells their added benefit was clear.', 'PRECLINICAL', 'in_vitro'],
  ])('%s → %s (%s)', (text, grade, basis) => {
    expect(readEvidence(text)).toMatchObject({ grade, basis });
  });

  it('carries a study’s basis through its paragraph to the sentences that report its results, and no further', () => {
    const readings = readEvidenceInParagraphs([
      { text: 'In a randomized trial, 32 men received exosome injections.', paragraph: 0 },
      { text: 'Hair density rose by 12 hairs per square centimetre.', paragraph: 0 },
      { text: 'The effect was smaller than hoped.', paragraph: 0 },
      { text: 'Exosome therapy is popular in Seoul.', paragraph: 1 },
      { text: 'Patients love the glow, our nurse says.', paragraph: 1 },
      { text: 'It is quick.', paragraph: 1 },
    ]);
    expect(readings.map((r) => [r.grade, r.carried ?? false])).toEqual([
      ['CLINICAL', false],
      ['CLINICAL', true],
      ['CLINICAL', true],
      ['ANECDOTAL', false],
      ['ANECDOTAL', false],
      ['ANECDOTAL', false],
    ]);
  });

  it('carries a study’s basis only to sentences that report a result, in no one’s own voice', () => {
    const grades = (texts: string[]) =>
      readEvidenceInParagraphs(texts.map((text) => ({ text, paragraph: 0 }))).map((r) => r.grade);
    // a result, measured or told in the past tense, rests on the study before it
    expect(
      grades([
        'In UVB-irradiated fibroblasts, exosomes halved MMP-1 secretion.',
        'Type I collagen returned to the level of non-irradiated controls.',
      ]),
    ).toEqual(['PRECLINICAL', 'PRECLINICAL']);
    // a clinic's own present-tense offer after the study it cites reports nothing found, numbers or not
    expect(
      grades([
        'Studies have shown that exosomes improve skin elasticity by up to 40%.',
        'The procedure takes 45 minutes and requires no downtime.',
      ]),
    ).toEqual(['CLINICAL', 'ANECDOTAL']);
    // a clinic's offer after the study it cites reports nothing found
    expect(
      grades([
        'In a clinical study of the serum we use, 87% of participants saw brighter skin.',
        'Every patient receives a personalised plan designed by our medical team.',
      ]),
    ).toEqual(['CLINICAL', 'ANECDOTAL']);
    // a participant's quoted words, the writer's own story, a statement of what was never done
    expect(
      grades([
        'A team in Milan followed 56 people with thinning hair for a year.',
        '"I was thrilled with my results," one of them told us.',
      ]),
    ).toEqual(['CLINICAL', 'ANECDOTAL']);
    expect(
      grades(['Hair counts rose in 18 men over 24 weeks.', 'Exosomes have not yet been compared with minoxidil.']),
    ).toEqual(['CLINICAL', 'ANECDOTAL']);
    // any past-tense finding carries; the writer's, the reader's or the business's own voice does not, at a sentence's start too
    expect(
      grades([
        'In a split-face trial of 30 women, the exosome side healed sooner.',
        'Most women preferred the exosome side.',
        'My dermatologist was sceptical.',
        'You will love the glow.',
        'Our medical team designed a personalised plan for each client.',
      ]),
    ).toEqual(['CLINICAL', 'CLINICAL', 'ANECDOTAL', 'ANECDOTAL', 'ANECDOTAL']);
    // what the study's findings point to, and how long it followed people, rest on it too
    expect(
      grades([
        'Exosomes reduced scar width by 40% in a rabbit ear model.',
        'These findings support a trial in patients with hypertrophic scars.',
      ]),
    ).toEqual(['PRECLINICAL', 'PRECLINICAL']);
    expect(
      grades(['Only five small human studies were published.', 'None followed patients for longer than six months.']),
    ).toEqual(['CLINICAL', 'CLINICAL']);
  });

  it('carries a structured abstract’s methods into its results: the study the methods describe is what the results rest on', () => {
    const text = [
      'Methods: Twenty-four patients with chronic ulcers received weekly exosomes in an open-label study.',
      'Results: Ulcer area decreased by a mean of 54%. Pain scores fell from 6.1 to 2.8.',
      '',
      'Exosome dressings are now sold online.',
    ].join('\n');
    const passages = passagesOf(text);
    const readings = readEvidenceInParagraphs(passages);
    expect(passages.map((p, i) => [p.text.slice(0, 20), readings[i]!.grade])).toEqual([
      ['Twenty-four patients', 'CLINICAL'],
      ['Ulcer area decreased', 'CLINICAL'],
      ['Pain scores fell fro', 'CLINICAL'],
      ['Exosome dressings ar', 'ANECDOTAL'],
    ]);
  });

  it("keeps a trial's basis through its safety results: a participant's complaint is no complaint made to a regulator", () => {
    const passages = passagesOf(
      'Thirty-six men with androgenetic alopecia took part. Hair counts at 24 weeks favoured the exosome solution. Scalp itching was the commonest complaint. Photographs judged by two dermatologists showed less change than the counts.',
    );
    expect(readEvidenceInParagraphs(passages).map((r) => r.grade)).toEqual([
      'CLINICAL',
      'CLINICAL',
      'CLINICAL',
      'CLINICAL',
    ]);
    expect(readEvidence('The agency has had 30 complaints about clinics.')).toMatchObject({
      grade: 'ANECDOTAL',
      basis: 'adverse_event_reports',
    });
  });

  it('grades fresh paragraphs of every kind, written before the assistant was run on them, by the rubric (tests/fixtures/grading-fresh)', () => {
    const paragraphs = JSON.parse(
      readFileSync(path.join(import.meta.dirname, '../fixtures/grading-fresh/paragraphs.json'), 'utf8'),
    ) as { kind: string; text: string; expected: { passage: string; grade: string }[] }[];
    const misses: string[] = [];
    let total = 0;
    for (const { kind, text, expected } of paragraphs) {
      const passages = passagesOf(text);
      const readings = readEvidenceInParagraphs(passages);
      for (const { passage, grade } of expected) {
        total++;
        const at = passages.findIndex((p) => p.text.startsWith(passage));
        const read = at >= 0 ? readings[at]!.grade : 'not a passage';
        if (read !== grade) misses.push(`${kind}: «${passage}» ${grade}, read ${read}`);
      }
    }
    expect(total).toBe(311);
    // the three left: two ambiguous by the rubric's conventions, one of the set kept untuned (the fixture's README says which)
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(FRESH_GRADE_MISSES_ALLOWED);
  });

  it('grades a mixed basis by the weakest it names, and says so', () => {
    const reading = readEvidence(
      'Early studies and anecdotal reports suggest superior results compared to PRP in clinical trials.',
    );
    expect(reading).toMatchObject({ grade: 'ANECDOTAL', mixed: true });
  });

  it('finds hedges and checkable references', () => {
    expect(hedgeIn('Exosomes may support recovery.')).toBe('may');
    expect(hedgeIn('Exosomes support recovery.')).toBeNull();
    expect(citationIn('as shown before (Smith et al., 2021)')).toBe('(Smith et al., 2021)');
    expect(citationIn('registered as NCT01234567')).toBe('NCT01234567');
    expect(citationIn('doi 10.1016/j.jaad.2021.01.001')).toMatch(/^10\.1016/);
    expect(citationIn('Studies show faster healing.')).toBeNull();
  });

  it('reads a denial as CONTRADICTS and a limit as QUALIFIES', () => {
    expect(readStance('Exosomes cannot penetrate skin on their own.').stance).toBe('CONTRADICTS');
    expect(readStance('Outcomes depend heavily on the exact product.').stance).toBe('QUALIFIES');
    expect(readStance('This has not been shown in human skin.').stance).toBe('QUALIFIES');
    expect(readStance('Exosome therapy increases collagen.').stance).toBe('SUPPORTS');
  });

  it('reads every contracted negation as a denial, and "not supported" or "unproven" as a limit', () => {
    for (const denial of [
      'My melasma hasn’t changed at all.',
      "My melasma hasn't changed at all.",
      "The serum didn't calm my redness.",
      "The vials weren't sterile.",
    ])
      expect(readStance(denial).stance).toBe('CONTRADICTS');
    expect(readStance('Claims that exosomes regrow hair are not supported by adequate evidence.').stance).toBe(
      'QUALIFIES',
    );
    expect(readStance('Its benefits for ageing skin remain unproven.').stance).toBe('QUALIFIES');
  });

  it('reads a hedged denial, an effect smaller than hoped, one that wears off or fades, a model that is not a person and "no study has shown" as limits, not denials', () => {
    for (const limit of [
      'These animal results may not translate to human hair loss.',
      'The effect was smaller than hoped.',
      'Pigmentation returned in most women within three months.',
      'The glow wore off after a week.',
      'The improvement soon faded once the injections stopped.',
      'A rat is not a human, and results in cells often fail to carry over.',
      'No study has shown that the serum works better than sunscreen.',
      'Whether the gains last beyond a year is still unknown.',
    ])
      expect(readStance(limit).stance).toBe('QUALIFIES');
    // a blemish that fades is the result itself
    expect(readStance('My friend says her scars faded.').stance).toBe('SUPPORTS');
    expect(readStance('Within a month the dark patches faded.').stance).toBe('SUPPORTS');
  });

  it('reads "with no …" and "without …" as adding to what a sentence affirms, not denying it', () => {
    expect(readStance('Exosome therapy gives results with no downtime.').stance).toBe('SUPPORTS');
    expect(readStance('Our clinic promises guaranteed results with no possibility of side effects.').stance).toBe(
      'SUPPORTS',
    );
    expect(readStance('The serum calms redness without any irritation.').stance).toBe('SUPPORTS');
    expect(readStance("Patients love that there's almost no downtime after the facial.").stance).toBe('SUPPORTS');
    expect(readStance('The facial leaves virtually no redness behind.').stance).toBe('SUPPORTS');
    expect(readStance('Exosomes cannot penetrate skin without microneedling.')).toEqual({
      stance: 'CONTRADICTS',
      cue: 'cannot',
    });
    // no evidence that it does is not proof that it does not: a limit, as the stance rubric reads "not proven"
    expect(readStance('There is no evidence that exosomes regrow hair.').stance).toBe('QUALIFIES');
  });

  it('reads "never tested against Y directly" as a limit of "X is better than Y", and a limit of a limit-claim as agreeing with it', () => {
    expect(readStance('Exosomes have never been tested head-to-head against PRP in a trial.').stance).toBe('QUALIFIES');
    expect(readStance('Nobody has compared them with minoxidil properly.').stance).toBe('QUALIFIES');
    const limited = { isNew: false, statement: 'Clinical evidence for exosome therapy on human skin is limited' };
    expect(stanceTowards(limited, readStance('There is no good evidence in people yet.').stance)).toBe('SUPPORTS');
  });

  /** The stance a passage takes on a known claim of this statement. */
  const readingOn = (statement: string, passage: string, sentence?: string) =>
    readStanceTowards({ isNew: false, statement }, passage, sentence);
  const stanceOn = (statement: string, passage: string) => readingOn(statement, passage).stance;

  it('reads an assurance of safety against a claim of harm, and a missing safeguard with it', () => {
    const harm = 'Exosome treatments can cause infection, allergic reactions or irritation';
    const unproven = 'The long-term safety of exosome therapy has not been established';
    const contaminated = 'Poorly processed exosome products can be contaminated and cause harm';
    for (const claim of [harm, unproven])
      expect(
        readStanceTowards({ isNew: false, statement: claim }, 'Exosome hair therapy is suitable and completely safe.'),
      ).toEqual({ stance: 'CONTRADICTS', cue: 'completely safe' });
    expect(stanceOn(contaminated, 'Our exosomes are produced in a sterile laboratory.')).toBe('CONTRADICTS');
    // a safeguard missing is the harm claim's point; a denial of the assurance too
    expect(stanceOn(contaminated, 'Products sold this way have no verified origin.')).toBe('SUPPORTS');
    expect(stanceOn(contaminated, 'You cannot judge quality from the packaging.')).toBe('SUPPORTS');
    expect(stanceOn(harm, 'Do not believe anyone who says these treatments are risk-free.')).toBe('SUPPORTS');
    // a denial of the harm itself still reads against it
    expect(stanceOn(harm, 'Exosomes cannot cause infection or irritation.')).toBe('CONTRADICTS');
    // a claim that lowers a risk is a benefit, read as before
    const benefit = 'Exosome therapy lowers the risk of hyperpigmentation after procedures';
    expect(stanceOn(benefit, 'Exosome therapy is completely safe for darker skin.')).toBe('SUPPORTS');
  });

  it('reads products or results that vary, differ or depend against a claim that products are all alike', () => {
    const alike = 'Exosome products are standardized, so different products are equivalent';
    expect(
      readStanceTowards({ isNew: false, statement: alike }, 'Products vary enormously in how they are made.'),
    ).toEqual({
      stance: 'CONTRADICTS',
      cue: 'vary',
    });
    expect(stanceOn(alike, 'Results depend heavily on the product and how it is delivered.')).toBe('CONTRADICTS');
    expect(stanceOn(alike, 'Not all exosome products are equal, she adds.')).toBe('CONTRADICTS');
    // a comparison ("more consistent than PRP") is affirmed by the other treatment's variability
    const comparison = 'Exosome therapy gives more consistent results than PRP, which is not standardized';
    expect(stanceOn(comparison, 'PRP quality depends on your own health and age.')).not.toBe('CONTRADICTS');
  });

  it('reads a statement reported and then declared false as denied: "…; this is not correct"', () => {
    const avoids = 'Because exosomes contain no cells or DNA, exosome therapy avoids the risks of cell therapies';
    expect(
      readingOn(avoids, 'Some sellers say the vials are harmless because they hold no cells; that is not true.'),
    ).toEqual({ stance: 'CONTRADICTS', cue: 'that is not true' });
    expect(stanceOn(avoids, 'The vesicles hold no cells and no DNA.')).toBe('SUPPORTS');
  });

  it('reads a claim’s opposite affirmed against it and denied with it ("affordable", "not cheap")', () => {
    const expensive = 'Exosome therapy is expensive';
    expect(readingOn(expensive, 'Three sessions ran to $2,000, hardly cheap.')).toEqual({
      stance: 'SUPPORTS',
      cue: 'hardly cheap',
    });
    expect(stanceOn(expensive, 'Compared with surgery, a course of exosomes is quite affordable.')).toBe('CONTRADICTS');
    expect(stanceOn(expensive, 'The price was not what I expected.')).toBe('CONTRADICTS');
  });

  it('reads keeping people from the treatment as the strongest caution, and harm that happened as bearing out a claim of harm', () => {
    const caution = 'People prone to allergies should be cautious about exosome therapy';
    expect(stanceOn(caution, 'Anyone with a history of anaphylaxis must not receive these injections.')).toBe(
      'SUPPORTS',
    );
    const harm = 'Exosome treatments can cause infection, allergic reactions or irritation';
    expect(
      readingOn(harm, 'One volunteer developed a rash on the treated cheek; no other problems were seen.'),
    ).toEqual({ stance: 'SUPPORTS', cue: 'developed a rash' });
    expect(stanceOn(harm, 'None of the volunteers developed a rash.')).toBe('CONTRADICTS');
    // read in the whole sentence, even where the clause that matches the claim best denies another harm
    const sentence =
      'One volunteer developed a rash on the treated cheek, which settled in a week; no allergic reactions occurred.';
    expect(readingOn(harm, 'no allergic reactions occurred', sentence).stance).toBe('SUPPORTS');
    expect(stanceOn(caution, 'Our clinic does not treat anyone with a history of severe allergy.')).toBe('SUPPORTS');
  });

  it('reads a promise against a claim that denies promises, and a warning about promises with it', () => {
    const denial = {
      isNew: false,
      statement: 'Responsible exosome providers set conservative expectations and do not promise results',
    };
    const promise = 'Guaranteed results with no possibility of side effects.';
    expect(stanceTowards(denial, readStance(promise).stance, promise)).toBe('CONTRADICTS');
    const warning = 'I appreciated that honesty more than the clinics that promised a full head of hair.';
    expect(stanceTowards(denial, readStance(warning).stance, warning)).toBe('SUPPORTS');
  });

  it('reads a warning against a promise as CONTRADICTS, naming the warning, and not every "avoid"', () => {
    expect(readStance('Consumers should avoid clinics that promise permanent results.')).toEqual({
      stance: 'CONTRADICTS',
      cue: 'avoid clinics that promise',
    });
    expect(readStance('Promises of absolute results, "instant plumping," "permanent effect."').stance).toBe(
      'CONTRADICTS',
    );
    expect(readStance('Be wary of providers who guarantee results.').stance).toBe('CONTRADICTS');
    expect(readStance('A barrier-first plan avoids overloading irritated skin.').stance).toBe('SUPPORTS');
  });
});

describe('the assistant proposes assertions whose quotes stand verbatim at their offsets', () => {
  const text =
    'Exosomes in practice\nClinical studies suggest that exosome therapy enhances fibroblast activity. What is next?\n• Boost collagen and elastin production.';
  const known = [
    {
      slug: 'exosomes-stimulate-fibroblast-activity',
      statement: 'Exosomes stimulate fibroblast activity',
      texts: ['Exosomes stimulate fibroblast activity'],
    },
  ];

  it('ends a sentence at a full stop after a number, as results write them, but not at a list’s number', () => {
    expect(
      sentencesOf('Wounds closed by day 14. Treated mice grew hair. Scores fell at week 12. The effect lasted.').map(
        (s) => s.text,
      ),
    ).toEqual(['Wounds closed by day 14.', 'Treated mice grew hair.', 'Scores fell at week 12.', 'The effect lasted.']);
    expect(sentencesOf('1. Exosome preparations are not authorised.').map((s) => s.text)).toEqual([
      'Exosome preparations are not authorised.',
    ]);
  });

  it('ends a sentence at a quotation that ends one, where a capitalised word follows', () => {
    expect(
      sentencesOf('She is blunt: "It is marketing, not medicine." The companies disagree. "Fine," she said.').map(
        (s) => s.text,
      ),
    ).toEqual(['She is blunt: "It is marketing, not medicine."', 'The companies disagree.', '"Fine," she said.']);
  });

  it('splits lines and sentences with exact offsets, without list marks', () => {
    const sentences = sentencesOf(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toContain('Boost collagen and elastin production.');
  });

  it('links a passage to a known claim, or proposes a new claim in its words', () => {
    const proposals = proposeAssertions(text, known);
    const fibroblast = proposals.find((p) => p.claim.slug === 'exosomes-stimulate-fibroblast-activity')!;
    expect(fibroblast).toMatchObject({ grade: 'CLINICAL', stance: 'SUPPORTS', hedged: true, cited: false });
    expect(fibroblast.rationale).toContain('"Clinical studies"');
    for (const p of proposals) expect(text.slice(p.quote.start, p.quote.end)).toBe(p.quote.exact);
    expect(proposals.some((p) => p.claim.isNew && p.claim.statement === 'Boost collagen and elastin production')).toBe(
      true,
    );
    expect(proposals.map((p) => p.quote.exact)).not.toContain('What is next?');
  });
});

describe('the assistant links passages to known claims the way a reader would', () => {
  const claim = (slug: string, statement: string, quotes: string[] = [], refines: string | null = null) => ({
    slug,
    statement,
    texts: [statement, ...quotes],
    refines,
  });
  const known = [
    claim('exosome-therapy-regrows-hair', 'Exosome therapy regrows hair in people with alopecia'),
    claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles', ['Reduce wrinkles and sagging skin']),
    claim(
      'exosome-therapy-speeds-recovery-after-procedures',
      'Exosome therapy speeds recovery after procedures such as lasers and microneedling',
    ),
    claim(
      'exosomes-speed-epithelial-regeneration-after-laser',
      'Exosomes speed epithelial regeneration after laser resurfacing',
      [],
      'exosome-therapy-speeds-recovery-after-procedures',
    ),
    claim('exosome-products-not-fda-approved', 'Exosome products are not FDA-approved for aesthetic use'),
    claim('exosomes-carry-cytokines', 'Exosomes carry growth factors and cytokines that modulate inflammation'),
  ];
  const linksOf = (text: string, passage: string) =>
    proposeAssertions(text, known)
      .filter((p) => p.quote.exact === passage)
      .map((p) => p.claim.slug);

  it('reads a reaction to a treatment as one thing, whichever word names it (infections, itchy bumps, stinging)', () => {
    const [reaction] = termsOf('irritation');
    for (const named of ['two scalp infections', 'an allergic reaction', 'itchy bumps', 'stopped because of stinging'])
      expect(termsOf(named)).toContain(reaction);
    expect(termsOf('smoother skin within weeks')).not.toContain(reaction);
  });

  it('reads a promise made to sell a treatment as its marketing ("they promised", "clinics promise")', () => {
    const [marketed] = termsOf('marketed');
    for (const promise of ['They promised I would look younger', 'Clinics promise younger skin', 'guaranteed results'])
      expect(termsOf(promise)).toContain(marketed);
  });

  it('reads the ways of saying the evidence falls short as the words of a claim that evidence is limited', () => {
    for (const gap of [
      'There is little solid proof that it works.',
      'We do not know yet whether it works.',
      'The science is at an early stage.',
      'The evidence is still catching up.',
    ])
      expect(termsOf(gap)).toEqual(expect.arrayContaining(termsOf('limited evidence')));
    expect(termsOf('The evidence is strong.')).not.toContain(termsOf('limited')[0]);
  });

  it('reads synonyms of the field as one word, and keeps other words apart', () => {
    expect(termsOf('hair loss')).toEqual(termsOf('alopecia'));
    expect(termsOf('fine lines')).toEqual(termsOf('wrinkles'));
    expect(termsOf('the FDA')).toEqual(termsOf('regulators'));
    expect(termsOf('downtime')).toEqual(termsOf('recovery'));
    expect(termsOf('scars')).not.toEqual(termsOf('wrinkles'));
    // hype idioms as the popularity they speak of; "no single plan" as the individual
    expect(termsOf('the next big thing')).toEqual(termsOf('popular'));
    expect(termsOf('a must-have')).toEqual(termsOf('a craze'));
    expect(termsOf('no single protocol')).toEqual(termsOf('individual'));
  });

  it('matches a passage worded with other words of the field to the claim it makes', () => {
    const matcher = new ClaimMatcher(known);
    expect(matcher.ranked('Exosomes soften fine lines.')[0]).toMatchObject({
      slug: 'exosome-therapy-reduces-wrinkles',
    });
    expect(matcher.ranked('Patients with balding saw thicker growth.')[0]).toMatchObject({
      slug: 'exosome-therapy-regrows-hair',
    });
    expect(matcher.ranked('Regulators have not cleared them.')[0]).toMatchObject({
      slug: 'exosome-products-not-fda-approved',
    });
  });

  it('matches against a claim known by 150,000 quotes, as the hottest claim of a large base is, as it does against one', () => {
    const quotes = Array.from(
      { length: 150_000 },
      (_, i) => `Exosome serum batch ${i} reduced wrinkles in clinic ${i % 977}.`,
    );
    const matcher = new ClaimMatcher([
      ...known.filter((c) => c.slug !== 'exosome-therapy-reduces-wrinkles'),
      claim('exosome-therapy-reduces-wrinkles', 'Exosome therapy reduces wrinkles', quotes),
    ]);
    expect(matcher.ranked('Exosomes soften fine lines.')[0]).toMatchObject({
      slug: 'exosome-therapy-reduces-wrinkles',
    });
    expect(matcher.ranked('Regulators have not cleared them.')[0]).toMatchObject({
      slug: 'exosome-products-not-fda-approved',
    });
  });

  it('keeps, of many claims sharing a word with the passage, the best ones in order, as ranking them all would', () => {
    const words = ['redness', 'collagen', 'scars', 'acne', 'pores', 'glow', 'laser', 'wrinkles', 'hair', 'pigment'];
    const many = Array.from({ length: 3000 }, (_, i) =>
      claim(
        `claim-${i}`,
        `Exosome serum ${words.filter((_, w) => (i >> w) % 2 === 1).join(' ')} skin ${i % 7 === 0 ? 'redness' : 'calm'}`,
      ),
    );
    const matcher = new ClaimMatcher(many);
    const passage = 'Exosome serum calmed redness and scars of the skin after laser.';
    const all = matcher.ranked(passage);
    expect(all.length).toBe(many.length);
    for (const limit of [1, 7, 200, 2999])
      expect(matcher.ranked(passage, limit).map((m) => m.score)).toEqual(all.slice(0, limit).map((m) => m.score));
  });

  it('links a passage that refers back to "the points above" to the claims of the list before it', () => {
    const text =
      'They are said to:\n- regrow hair in people with alopecia.\n- reduce wrinkles and sagging skin.\nThe points above are still largely laboratory findings, not proven in humans.';
    expect(linksOf(text, 'The points above are still largely laboratory findings, not proven in humans.')).toEqual(
      expect.arrayContaining(['exosome-therapy-regrows-hair', 'exosome-therapy-reduces-wrinkles']),
    );
    const referring = proposeAssertions(text, known).filter((p) => p.quote.exact.startsWith('The points above'));
    expect(
      referring
        .filter((p) => !p.claim.isNew)
        .every((p) => p.rationale.includes('Linked through the points above that it refers back to.')),
    ).toBe(true);
    const plain = proposeAssertions('Results are still largely laboratory findings, not proven in humans.', known);
    expect(plain.some((p) => p.linkReason === 'refers-back' || p.linkReason === 'matches')).toBe(false);
  });

  it('links a passage that supports a narrower claim to the claim it refines too, but not one that denies it', () => {
    expect(
      linksOf(
        'Studies show faster epithelial regeneration after laser resurfacing.',
        'Studies show faster epithelial regeneration after laser resurfacing.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'exosomes-speed-epithelial-regeneration-after-laser',
        'exosome-therapy-speeds-recovery-after-procedures',
      ]),
    );
    const broader = proposeAssertions(
      'Studies show faster epithelial regeneration after laser resurfacing.',
      known,
    ).find((p) => p.claim.slug === 'exosome-therapy-speeds-recovery-after-procedures');
    expect(broader!.rationale).toContain('Linked as the broader claim of one it supports.');
    // The nearest claim of a passage under the threshold brings its broader claim too, each saying why.
    const near = new GradingAssistant(known).propose(
      'Exosome serum gave faster epithelial regeneration in one clinic.',
      { ...LINK_PARAMETERS, threshold: 0.95, nearestFloor: 0.2 },
    );
    expect(near.map((p) => [p.claim.slug, p.linkReason])).toEqual([
      ['exosomes-speed-epithelial-regeneration-after-laser', 'nearest'],
      ['exosome-therapy-speeds-recovery-after-procedures', 'broader'],
      [null, 'new'],
    ]);
    expect(
      linksOf(
        'Studies found no faster epithelial regeneration after laser resurfacing.',
        'Studies found no faster epithelial regeneration after laser resurfacing.',
      ),
    ).not.toContain('exosome-therapy-speeds-recovery-after-procedures');
  });

  it('also proposes a new claim where a passage says more than the claims it links to, and only there', () => {
    const exact = linksOf(
      'Exosome products are not FDA-approved for aesthetic use.',
      'Exosome products are not FDA-approved for aesthetic use.',
    );
    expect(exact).toEqual(['exosome-products-not-fda-approved']);
    const more =
      'Exosome products are not FDA-approved for aesthetic use, and one session costs about 800 dollars in most cities.';
    expect(linksOf(more, more)).toEqual(['exosome-products-not-fda-approved', null]);
  });

  it('proposes no new claim beside the link of a passage worded wholly in the base’s words, but does beside one saying something in words the base has not seen', () => {
    const restated =
      'Exosome products are not FDA-approved for aesthetic use, and exosomes carry growth factors after laser resurfacing.';
    const assistant = new GradingAssistant(known);
    const linked = (text: string, unseenEnough: number) =>
      assistant.propose(text, { ...LINK_PARAMETERS, unseenEnough }).map((p) => p.claim.slug);
    expect(linked(restated, 0)).toEqual(['exosome-products-not-fda-approved', null]);
    expect(linked(restated, LINK_PARAMETERS.unseenEnough)).toEqual(['exosome-products-not-fda-approved']);
    const more =
      'Exosome products are not FDA-approved for aesthetic use, and one session costs about 800 dollars in most cities.';
    expect(linked(more, LINK_PARAMETERS.unseenEnough)).toEqual(['exosome-products-not-fda-approved', null]);
  });

  it('still proposes a new claim beside a link in a base whose claims hold many quotes, where the passage says what none of them says', () => {
    // Every accepted quote joins its claim's texts: in a grown base almost every word has been seen somewhere.
    const voices = [
      'Our clinic says that',
      'Most reviewers agree that',
      'One reader wrote that',
      'About half the posts claim that',
    ];
    // Each word the passage adds is in one quote about something else.
    const elsewhere = [
      'The session notes of the dermatology department listed redness, swelling and itching among reactions.',
      'Researchers compared the costs of laser treatment with chemical peels in a retrospective audit.',
      'The audit covered 800 procedures performed in the department over three years.',
      'Patients from several cities travelled to the centre for treatment.',
      'Fees were quoted in dollars in the brochure.',
    ];
    const grown = known.map((c, i) => ({
      ...c,
      texts: [
        ...c.texts,
        ...Array.from(
          { length: 100 },
          (_, k) => `${voices[k % voices.length]} ${c.statement.toLowerCase()} (${k + 1}).`,
        ),
        ...(elsewhere[i] ? [elsewhere[i]] : []),
      ],
    }));
    const assistant = new GradingAssistant(grown);
    const proposed = (text: string, parameters = LINK_PARAMETERS) =>
      assistant.propose(text, parameters).map((p) => p.claim.slug);
    const more =
      'Exosome products are not FDA-approved for aesthetic use, and one session costs about 800 dollars in most cities.';
    expect(proposed(more)).toContain('exosome-products-not-fda-approved');
    expect(proposed(more)).toContain(null);
    // A gate on words no text holds has lost its meaning here: each of these words is in some quote.
    expect(proposed(more, { ...LINK_PARAMETERS, rareBelow: 0 })).not.toContain(null);
    const restated =
      'Exosome products are not FDA-approved for aesthetic use, and exosomes carry growth factors after laser resurfacing.';
    expect(proposed(restated)).toContain('exosome-products-not-fda-approved');
    expect(proposed(restated)).not.toContain(null);
  });

  it('proposes alike whether or not it keeps what it read of each document (a server’s kept index keeps nothing of one)', () => {
    const text =
      'Many patients worry about recovery after lasers. Exosome serum shortens it by days, clinics say.\nRegulators have not cleared them.';
    const keeping = new GradingAssistant(known, { keepsReadings: true });
    const forgetting = new GradingAssistant(known);
    for (const contextWeight of [0, 0.8, 0])
      expect(forgetting.propose(text, { ...LINK_PARAMETERS, contextWeight })).toEqual(
        keeping.propose(text, { ...LINK_PARAMETERS, contextWeight }),
      );
  });

  it('reads a sentence with the one before it in its paragraph, so that "it" and "this" find their claim', () => {
    const text =
      'Many patients worry about recovery after lasers and microneedling. Exosome serum shortens it by days, clinics say.';
    const second = 'Exosome serum shortens it by days, clinics say.';
    const assistant = new GradingAssistant(known);
    const linked = (contextWeight: number) =>
      assistant
        .propose(text, { ...LINK_PARAMETERS, contextWeight })
        .filter((p) => p.quote.exact === second)
        .map((p) => p.claim.slug);
    expect(linked(0)).toEqual([null]);
    expect(linked(0.8)).toContain('exosome-therapy-speeds-recovery-after-procedures');
    expect(assistant.propose(second, { ...LINK_PARAMETERS, contextWeight: 0.8 }).map((p) => p.claim.slug)).toEqual([
      null,
    ]);
  });

  it('offers the nearest known claim beside a new one when a passage is close to it but under the threshold, for the curator to pick', () => {
    const text = 'Some clinics claim exosome creams smooth the skin around the eyes.';
    const assistant = new GradingAssistant(known);
    const proposed = (nearestFloor: number) =>
      assistant.propose(text, { ...LINK_PARAMETERS, threshold: 0.5, nearestFloor }).map((p) => p.claim.slug);
    expect(proposed(0.3)).toEqual(['exosome-therapy-reduces-wrinkles', null]);
    expect(proposed(1)).toEqual([null]);
    const [nearest] = assistant.propose(text, { ...LINK_PARAMETERS, threshold: 0.5, nearestFloor: 0.3 });
    expect(nearest!.rationale).toMatch(
      /No known claim reaches the link threshold \(0\.5\); this is the nearest \(0\.\d+\), proposed beside a new claim\./,
    );
    expect(
      assistant
        .propose('A single session costs about 800 dollars in most cities, the clinic says.', {
          ...LINK_PARAMETERS,
          nearestFloor: 0.3,
        })
        .every((p) => p.claim.isNew),
    ).toBe(true);
  });

  it('reads contamination, bacteria, toxins and cultures as the subject, so a product’s risk is a claim whatever its grade', () => {
    const risk =
      'That reasoning is wrong: anything made from cell cultures can carry bacteria, toxins or leftovers from the process.';
    expect(makesClaim({ text: risk, start: 0, end: risk.length })).toBe(true);
    expect(readEvidence(risk).grade).toBe('ANECDOTAL');
  });

  it('proposes a sentence close to a known claim even without the usual subject words, and never a heading', () => {
    const cytokines = 'Cytokines modulate inflammatory responses and accelerate healing.';
    expect(makesClaim({ text: cytokines, start: 0, end: cytokines.length })).toBe(false);
    expect(linksOf(cytokines, cytokines)).toContain('exosomes-carry-cytokines');
    for (const heading of [
      '2. Current Applications in Aesthetic Medicine',
      'Safety considerations and individual factors',
      'C. Wound Healing & Post-Procedure Recovery',
    ]) {
      expect(isHeading(heading)).toBe(true);
      expect(
        proposeAssertions(`${heading}\nExosome therapy reduces wrinkles.`, known).map((p) => p.quote.exact),
      ).not.toContain(heading);
    }
    expect(isHeading('Exosome therapy reduces wrinkles.')).toBe(false);
  });

  it('reads the stance towards each claim in the clause that makes it, not in another clause of the sentence', () => {
    const known = [
      claim('exosome-therapy-is-expensive', 'Exosome therapy is expensive'),
      claim('exosome-therapy-is-a-breakthrough', 'Exosome therapy is a breakthrough miracle treatment'),
    ];
    const text =
      'A pleasant but expensive treatment for the skin, and certainly not the miracle breakthrough the adverts suggest.';
    const stances = Object.fromEntries(proposeAssertions(text, known).map((p) => [p.claim.slug, p.stance]));
    expect(stances).toMatchObject({
      'exosome-therapy-is-expensive': 'SUPPORTS',
      'exosome-therapy-is-a-breakthrough': 'CONTRADICTS',
    });
    // a clause that limits what came before it, by a pronoun, limits the whole sentence
    const limited = 'In cultured cells the treatment was a breakthrough, but this has not been shown in human skin.';
    expect(
      proposeAssertions(limited, known).find((p) => p.claim.slug === 'exosome-therapy-is-a-breakthrough'),
    ).toMatchObject({
      stance: 'QUALIFIES',
    });
    const proposal = proposeAssertions(text, known).find((p) => p.claim.slug === 'exosome-therapy-is-a-breakthrough')!;
    expect(proposal.rationale).toContain('Stance read from "not"');
  });

  it('never proposes a title: a short unpunctuated first line, or a heading in two parts ("Topic: what about it")', () => {
    const page = [
      'Before you book an exosome treatment for your wrinkles, read this',
      'Exosome therapy reduces wrinkles around the eyes.',
      'Exosomes for wrinkles: what a dermatologist wants you to know',
      '2 stars - "Wrinkles not reduced at all"',
      'Exosome therapy reduces wrinkles in some people.',
    ].join('\n');
    const quoted = proposeAssertions(page, known).map((p) => p.quote.exact);
    expect(quoted).toEqual(expect.arrayContaining(['Exosome therapy reduces wrinkles around the eyes.']));
    for (const title of [0, 2, 3]) expect(quoted).not.toContain(page.split('\n')[title]);
    // a research article's long title states its finding: it is read as a sentence
    const article = `Exosomes from dermal papilla cells reduce wrinkles in cultured skin, in mice and in a small randomized trial\nBackground text follows.`;
    expect(proposeAssertions(article, known).map((p) => p.quote.exact)).toContain(article.split('\n')[0]);
  });

  const statement = (text: string) => makesClaim({ text, start: 0, end: text.length });
  /** Sentences that make no claim a curator keeps: none is a statement, and none gets a proposal. */
  const expectNoProposalOn = (sentences: string[]) => {
    for (const none of sentences) {
      expect(statement(none)).toBe(false);
      expect(proposeAssertions(none, known)).toEqual([]);
    }
  };

  it('proposes nothing on a question asked or told, a step of someone’s story or a person’s introduction, and keeps the outcomes', () => {
    expectNoProposalOn([
      'Will exosome therapy reduce my wrinkles for good?',
      'Every week a patient asks me whether exosomes will fix their wrinkles.',
      'Several of you have asked about exosome treatments for wrinkles.',
      'I booked my exosome facial at a smart clinic in town.',
      'Then a friend recommended exosome injections for my wrinkles.',
      'Six months ago I started exosome treatments for my thinning crown.',
      'Dr. Priya Nair is a dermatologist who specialises in hair disorders.',
    ]);
    for (const kept of [
      'I had PRP twice before and exosomes worked much better on my wrinkles.',
      'I did four sessions and my skin looked smoother after each one.',
      'The next morning my skin looked smoother, and friends were asking if I had been away.',
      'Before agreeing to any treatment, ask the provider where the exosomes come from.',
    ])
      expect(statement(kept)).toBe(true);
  });

  it('proposes nothing on an invitation to book or report, a notice’s instruction to clinics, a disclaimer of the page, or what an article sets out to do', () => {
    expectNoProposalOn([
      'If your skin reacts after a treatment, report it to the regulator through its online form.',
      'To find out whether exosome therapy suits your skin, please book a consultation with our team.',
      'This page is for general information only and is no substitute for medical advice.',
      'This article aims to explain what exosome treatments can and cannot do for the skin.',
      'Stop using the affected exosome batches at once and return them to the supplier.',
      'You can report a suspected reaction to an exosome product through our website.',
    ]);
    expect(statement('Regulators have received reports of infections after exosome injections.')).toBe(true);
  });

  it('reads a lead-in that ends in a colon as a claim when it is a whole clause, not when it is a label', () => {
    expect(
      makesClaim({
        text: 'Exosome-based treatments are used in combination with lasers and chemical peels to:',
        start: 0,
        end: 0,
      }),
    ).toBe(true);
    expect(makesClaim({ text: 'Current evidence on exosome treatments:', start: 0, end: 0 })).toBe(false);
  });
});

describe('documents the assistant refuses, with a clear error and before any work', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-docs-'));
  const file = (name: string, content: string | Buffer) => {
    const target = path.join(dir, name);
    writeFileSync(target, content);
    return target;
  };

  it.each([
    ['empty', file('empty.txt', ''), /is empty/],
    ['binary', file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary/],
    ['not UTF-8', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])), /not UTF-8/],
    ['too large', file('huge.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61)), /over the/],
    ['only tags', file('tags.html', '<html><body><script>x()</script></body></html>'), /no text/],
  ])('%s', async (_name, target, message) => {
    await expect(readDocument(target)).rejects.toThrow(DocumentError);
    await expect(readDocument(target)).rejects.toThrow(message);
  });

  it('strips HTML tags, scripts and styles and keeps the text', async () => {
    const { text } = await readDocument(
      file(
        'page.html',
        '<html><head><title>Clinic news</title><style>p{}</style></head><body><h1>Title</h1><p>Exosomes may help.</p><script>track()</script></body></html>',
      ),
    );
    expect(text).toContain('Exosomes may help.');
    expect(text).not.toMatch(/track|p\{\}|Clinic news/);
  });
});
