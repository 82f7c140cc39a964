// How news English credits, refers back and lists, on sentences with invented names: parties congratulated for an
// agreement accept it, a proposal named before is proposed by whoever made it, "the group" and "the Administrator"
// stand for the body or person named before, and a short form in brackets does not break a list of actors.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { article, names } from './helpers.ts';

const g = buildGazetteer([], [], loadLexicon());
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), g);
const positions = (...paragraphs: string[]): string[] => run(...paragraphs).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();

describe('credit for an agreement', () => {
  it('"congratulated X and Y for the agreements they announced on Z": X and Y accept Z, the speaker takes no stance', () => {
    expect(positions('The Secretary-General congratulates the Government of Norva and the Tarsis Liberation Front (TLF) for the agreements they announced in Kolvik today on a bilateral ceasefire.'))
      .toEqual(['Government of Norva accepts Bilateral ceasefire', 'Tarsis Liberation Front accepts Bilateral ceasefire']);
  });

  it('"applaud X and Y for reaching a tentative agreement": the agreement is named by whom it is between', () => {
    expect(positions('I applaud the Kolvik Writers Union and the Arvel Producers Alliance for reaching a tentative agreement that will allow writers to return to work.')).toEqual([
      'Arvel Producers Alliance accepts Tentative agreement between the Kolvik Writers Union and the Arvel Producers Alliance',
      'Kolvik Writers Union accepts Tentative agreement between the Kolvik Writers Union and the Arvel Producers Alliance',
    ]);
  });

  it('thanks for something that is no achievement credits no acceptance', () => {
    expect(positions('The minister thanked the Kolvik Writers Union for its patience during the blockade of Kolvik.')).toEqual([]);
  });

  it('"the Government of X and the Y Front" are two parties', () => {
    expect(names(run('The Government of Norva and the Tarsis Liberation Front (TLF) met in Kolvik.'), 'party')).toEqual(['Government of Norva', 'Tarsis Liberation Front']);
  });
});

describe('a proposal named before', () => {
  it('"This proposal would achieve X, secure Y": whoever presented the proposal proposes X and Y', () => {
    expect(positions(
      'Secretary Dana Kellow will travel to Norva through the bridging proposal presented today by Sweden, with support from Denmark.',
      'This proposal would achieve a ceasefire in Kolvik, secure the release of all hostages, and ensure humanitarian assistance reaches Kolvik.',
    )).toEqual(['Sweden proposes Ceasefire in Kolvik', 'Sweden proposes Humanitarian assistance', 'Sweden proposes Release of hostages']);
  });

  it('"Sweden\'s plan" names its maker too; with no maker named, the proposal is no one\'s', () => {
    expect(positions('Sweden\'s plan was discussed on Monday.', 'The plan would secure the release of all hostages.')).toEqual(['Sweden proposes Release of hostages']);
    expect(positions('Talks resumed on Monday.', 'The plan would secure the release of all hostages.')).toEqual([]);
  });
});

describe('a description standing for a name', () => {
  it('"the militant group" as the subject stands for the organisation named last', () => {
    expect(positions('The Norvan Front said talks would resume on Monday.', 'The U.S.-designated militant group is demanding a permanent ceasefire.'))
      .toEqual(['Norvan Front demands Permanent ceasefire']);
  });

  it('"the group" that is no subject ("talks with the group") gives no stance to it', () => {
    expect(positions('The Norvan Front said talks would resume on Monday.', 'Sweden, in talks with the group, demanded a permanent ceasefire.'))
      .toEqual(['Sweden demands Permanent ceasefire']);
  });

  it('"The Administrator met X and stressed …" is the person with that title before the name, not one named after it', () => {
    expect(positions(
      'Administrator Dana Kellow visited the Kolvik embassy on Monday.',
      'Administrator Kellow spoke with Mara Ollen, who led the protests.',
      'The Administrator then met with General Omar Baddel and stressed the urgency of holding to account the officers responsible for attacks on protesters.',
    )).toEqual(['Dana Kellow demands Holding to account the officers responsible for attacks on protesters']);
  });
});

describe('lists of actors', () => {
  it('a short form in brackets after each name keeps the list whole', () => {
    expect(positions('The Arvel Fisheries Organization (AFO) and the Norvan Relief Agency (NRA) are calling for a regional approach to migration.'))
      .toEqual(['Arvel Fisheries Organization demands Regional approach to migration', 'Norvan Relief Agency demands Regional approach to migration']);
  });
});

describe('what a matter stands for or leads to', () => {
  it('"a swift resolution" after "the rift among X and Y" resolves that rift; a two-state solution stays itself', () => {
    expect(positions('We discussed the ongoing rift among members of the Arvel League. Sweden and Denmark call on all parties to reach a swift resolution through dialogue.'))
      .toEqual(['Denmark demands Swift resolution of the ongoing rift among members of the Arvel League', 'Sweden demands Swift resolution of the ongoing rift among members of the Arvel League']);
    expect(positions('We discussed the dispute over fishing rights. Sweden called for a two-state solution.')).toEqual(['Sweden demands Two-state solution']);
  });

  it('what a matter "must be the beginning of" is demanded by whoever says it must happen', () => {
    expect(positions('President Ana Torres said that a ceasefire in Kolvik must be the beginning of broader recognition of an independent Norvan state.'))
      .toEqual(['Ana Torres demands Broader recognition of an independent Norvan state', 'Ana Torres demands Ceasefire in Kolvik']);
    // past a comma the sentence has moved on: "…, given that this is the guarantor for stability in the region"
    expect(positions('President Ana Torres said that a ceasefire in Kolvik must be the beginning of talks, given that this guarantees stability in the region.'))
      .toEqual(['Ana Torres demands Ceasefire in Kolvik']);
  });

  it('"X as well as Y": Y is a second object; "any other actions" names no matter', () => {
    expect(positions('Arvel Space will provide the launch of the rover as well as two opportunities for Norvan astronauts to travel to the lunar surface.'))
      .toEqual(['Arvel Space accepts Launch of the rover', 'Arvel Space accepts Opportunities for Norvan astronauts to travel to the lunar surface']);
    expect(positions('Secretary Dana Kellow stressed the need for all parties to avoid escalation or any other actions.')).toEqual(['Dana Kellow rejects Escalation']);
  });
});

describe('undoing a decision, needs in a list, possessors', () => {
  it('an appeal to undo a decision rejects it; to reopen what is no decision is no rejection', () => {
    expect(positions('In March, the Kolvik Oil Corporation and the Tarsis Gas Company petitioned the Commission to reopen and modify the final consent order.'))
      .toEqual(['Kolvik Oil Corporation rejects Final consent order', 'Tarsis Gas Company rejects Final consent order']);
    expect(positions('The Arvel League urged the court to overturn the ruling on fishing quotas.')).toEqual(['Arvel League rejects Ruling on fishing quotas']);
    expect(positions('Sweden urged Norva to reopen the border crossing at Kolvik.')).toEqual(['Sweden demands Reopening of border crossing at Kolvik']);
  });

  it('"the need for X to end the war and the importance of a just peace": the peace is demanded, not ended', () => {
    expect(positions('Secretary Dana Kellow acknowledged the risks, including the need for Norva to end its war against Tarsis and the importance of a just peace that respects the sovereignty of Tarsis.'))
      .toEqual(['Dana Kellow demands Just peace', 'Dana Kellow rejects War against Tarsis']);
  });

  it('a possessor inside a phrase closed by a comma is not the subject after it', () => {
    expect(positions('However, days before President Ana Torres’s inauguration, the outgoing majority approved the final consent order.')).toEqual([]);
    expect(positions('Sweden’s foreign minister rejected the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
  });
});

describe('a named event that was halted', () => {
  const issues = (...paragraphs: string[]): string[] => names(run(...paragraphs), 'issue');

  it('is a matter named by the halt, with the short form in brackets or the subject "and" joins it to', () => {
    expect(issues('The 9th meeting of the Arvel Council on Fisheries (ARV 9) was suspended in the morning of Nov. 2.')).toEqual(['Suspension of ARV 9']);
    expect(issues('After 12 hours in session, at roughly 9 am ARV 9 lost quorum and was suspended.')).toEqual(['Suspension of ARV 9']);
    expect(issues('The Kolvik Marathon was postponed.')).toEqual(['Postponement of the Kolvik Marathon']);
  });

  it('a capitalised common word opening the sentence is no event', () => {
    expect(issues('Talks were called off on Monday.', 'The meeting was suspended.')).toEqual([]);
  });
});

describe('a statement in the first person', () => {
  const statement = (...paragraphs: string[]) => extractArticle(article(paragraphs, '2024-03-10', 'Trade Representative Dana Kellow to Act on Tariffs'), g).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();

  it('"our goal to stop X" rejects X; a compound modifier ("transfer-related") stays in the matter', () => {
    expect(statement('“Today, we serve our statutory goal to stop Norva’s harmful technology transfer-related acts, policies, and practices.”'))
      .toEqual(['Dana Kellow rejects Norva’s harmful technology transfer-related acts']);
  });

  it('a quotation with no speaker named in its paragraph goes on with the statement of the author the headline names', () => {
    expect(statement('Trade Representative Dana Kellow released the following statement:', '“We are calling for a ceasefire in Kolvik.”')).toEqual(['Dana Kellow demands Ceasefire in Kolvik']);
    expect(positions('“We are calling for a ceasefire in Kolvik.”')).toEqual([]);
  });
});

describe('clause and sentence edges', () => {
  it('"met by Sweden, which will supply X": the relative clause belongs to Sweden, not to the possessor before', () => {
    expect(positions('Meanwhile, Norva’s request for water treatment items has been met by Sweden, which will supply bottles of chloramine.'))
      .toEqual(['Sweden accepts Bottles of chloramine']);
  });

  it('an infinitive of purpose after an object is no stance: "providing images to support relief operations"', () => {
    expect(positions('The Arvel Mapping Service is providing satellite imagery to support emergency operations in Kolvik.')).toEqual([]);
    expect(positions('Sweden agreed to support the ceasefire in Kolvik.')).toEqual(['Sweden accepts Ceasefire in Kolvik']);
  });

  it('an abbreviation\'s dot before a lower-case word ends no sentence, and a long list keeps its last part whole', () => {
    expect(positions('Sweden raised concerns about the breadth and scale of Norva’s non-market policies and practices and their impact on U.S. workers and firms.'))
      .toEqual(['Sweden rejects Breadth and scale of Norva’s non-market policies and practices']);
  });

  it('"X and their impact on Y": an effect of the part before is no matter of its own, but a part with a noun of its own is', () => {
    expect(positions('Norway opposed the Kolvik levy and its consequences for fishermen.')).toEqual(['Norway rejects Kolvik levy']);
    expect(positions('Norway opposed the Kolvik levy and its ban on trawlers.')).toEqual(['Norway rejects Ban on trawlers', 'Norway rejects Kolvik levy']);
  });
});

describe('an object that goes on past a clause', () => {
  it('"will not accept X from what we agreed to on July 2 or new conditions": new conditions are rejected too', () => {
    expect(positions('The Norvan Front said, “We will not accept discussions about retractions from what we agreed to on July 2 or new conditions.”'))
      .toEqual(['Norvan Front rejects New conditions', 'Norvan Front rejects Retractions']);
  });

  it('a matter after "and" in a clause of its own keeps its own stance', () => {
    expect(positions('Sweden rejected the blockade of Kolvik, and Norway accepted new conditions.')).toEqual(['Norway accepts New conditions', 'Sweden rejects Blockade of Kolvik']);
  });
});

describe('a matter opened by a gerund', () => {
  it('is named by its noun when an object follows: "assessing displaced people" is the "Assessment of displaced people"', () => {
    expect(positions('According to the Norvan Front, Sweden has imposed additional requirements, such as assessing displaced people upon their return.'))
      .toEqual(['Norvan Front rejects Assessment of displaced people', 'Sweden demands Assessment of displaced people']);
    expect(names(run('Sweden called for monitoring for any price gouging activity.'), 'issue')).toEqual(['Monitoring for any price gouging activity']);
  });
});

describe('"they" and a relative clause without "which"', () => {
  it('"the obligations they accepted under this Agreement": the listed parties accept the obligations under it', () => {
    expect(positions('There has been very limited progress by both Norway and Sweden in implementing the obligations they accepted under this Agreement.'))
      .toEqual(['Norway accepts Obligations under the Agreement', 'Sweden accepts Obligations under the Agreement']);
  });

  it('"they" after a list is the list; after one party the reported clause reads as before; "in X" after the cue is a place, no matter', () => {
    expect(positions('Norway and Sweden said they rejected the blockade of Kolvik.')).toEqual(['Norway rejects Blockade of Kolvik', 'Sweden rejects Blockade of Kolvik']);
    expect(positions('Sweden said they rejected the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
    expect(positions('Norway and Sweden welcomed the agreements they announced in Kolvik.')).toEqual([]);
  });
});

describe('who objected to what a clause did', () => {
  it('"approved the order over the dissent of X and Y": X and Y reject the order, each with their title', () => {
    expect(positions('Commissioner Dana Kellow and Commissioner Omar Baddel spoke in May.', 'However, the outgoing majority approved the final consent order, again over the dissent of now-Chairman Dana Kellow and Commissioner Baddel.'))
      .toEqual(['Dana Kellow rejects Final consent order', 'Omar Baddel rejects Final consent order']);
  });

  it('a list joined through lower-case words is no list', () => {
    expect(positions('Norway and the people of Sweden rejected the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
  });
});

describe('stances said by a noun, and intentions', () => {
  it('"expressed support for X", "is opposed to X", "is against X", "reiterated its rejection of X"', () => {
    expect(positions('Sweden expressed support for the two-state solution.')).toEqual(['Sweden accepts Two-state solution']);
    expect(positions('Sweden is opposed to the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
    expect(positions('Norway is against the blockade of Kolvik.')).toEqual(['Norway rejects Blockade of Kolvik']);
    expect(positions('Norway reiterated its rejection of the annexation of Kolvik.')).toEqual(['Norway rejects Annexation of Kolvik']);
  });

  it('an intention is named by what it intends, never read the other way round', () => {
    expect(positions('Sweden announced plans to impose tariffs on Norvan steel.')).toEqual(['Sweden proposes Tariffs on Norvan steel']);
    expect(positions('Sweden announced plans to withdraw from the Kolvik treaty.')).toEqual(['Sweden proposes Withdrawal from Kolvik treaty']);
    expect(positions('Sweden backed efforts to end the war in Kolvik.')).toEqual(['Sweden accepts Efforts to end the war in Kolvik']);
  });

  it('welcoming the lifting of a matter named in the article rejects the matter', () => {
    expect(positions('Sweden condemned the blockade of Kolvik.', 'Norway welcomed the decision to lift the blockade of Kolvik.'))
      .toEqual(['Norway rejects Blockade of Kolvik', 'Sweden rejects Blockade of Kolvik']);
  });
});

describe('long objects', () => {
  const issues = (...paragraphs: string[]): string[] => names(run(...paragraphs), 'issue');

  it('each part of a long coordinated object is a matter of its own; a part that long ends at its purpose', () => {
    expect(issues('ARV 9 was suspended but not before countries agreed on an expanded role of local communities in saving wetlands and a groundbreaking agreement on the operationalization of a new global mechanism to share benefits from digital genetic information.'))
      .toEqual(['Expanded role of local communities in saving wetlands', 'Groundbreaking agreement on the operationalization of a new global mechanism to share benefits from digital genetic information', 'Suspension of ARV 9']);
    expect(positions('The Arvel Relief Agency (ARA) is calling for a comprehensive, regional, and collaborative approach to address the serious protection risks and urgent humanitarian needs of the many refugees and migrants crossing the Kolvik jungle on their way north.'))
      .toEqual(['Arvel Relief Agency demands Comprehensive, regional, and collaborative approach']);
  });

  it('a number glued to a word by a hyphen stays in the name: "a 12-month on-ramp"', () => {
    expect(positions('Additionally, the Department of Education is instituting a 12-month on-ramp to repaying.')).toEqual(['Department of Education proposes 12-month on-ramp to repaying']);
  });
});

describe('a means and what it serves', () => {
  it('"committed to using every lever to promote X" is about X; a means to stop something keeps its words', () => {
    expect(positions('Sweden is committed to using every lever of its office to promote Norvan jobs and investments.')).toEqual(['Sweden accepts Norvan jobs and investments']);
    expect(positions('Sweden is committed to using every tool to end the blockade of Kolvik.')).toEqual(['Sweden accepts Every tool to end the blockade of Kolvik']);
  });
});

describe('a participle that links another matter', () => {
  it('"set aside the order involving X\'s proposed acquisition of Y": the order and the acquisition are two matters', () => {
    expect(positions('Today, the Arvel Trade Commission set aside the final consent order involving the Kolvik Oil Corporation’s proposed acquisition of the Tarsis Gas Company.'))
      .toEqual(['Arvel Trade Commission rejects Final consent order', 'Kolvik Oil Corporation proposes Acquisition of the Tarsis Gas Company']);
  });
});

describe('a noun tagged as a verb', () => {
  it('a word after a determiner, number or adjective is a noun: "proposed a 5 percent cut in fishing quotas"', () => {
    expect(positions('Norway proposed a 5 percent cut in fishing quotas.')).toEqual(['Norway proposes Cut in fishing quotas']);
  });
});

describe('an instrument word that is a first name', () => {
  it('"Administrator Bill Kellow and Norva" names no bill; "the Clean Rivers Bill" still does', () => {
    const issues = (...paragraphs: string[]): string[] => names(run(...paragraphs), 'issue');
    expect(issues('Arvel Space Administrator Bill Kellow and Norva’s Minister of Science have signed an agreement to advance the exploration of the Moon.'))
      .not.toContain('Arvel Space Administrator Bill Kellow and Norva');
    expect(issues('Sweden rejected the Clean Rivers Bill on Monday.')).toEqual(['Clean Rivers Bill']);
  });
});

describe('an announced passive clause', () => {
  it('"announced that €10 billion could be mobilised from the funds" proposes the mobilisation; another clause reads as before', () => {
    expect(positions('Furthermore, President Ana Torres yesterday announced that €10 billion could be mobilised from the cohesion funds for the countries that are affected by the floods.'))
      .toEqual(['Ana Torres proposes Mobilisation of €10 billion from the cohesion funds for the countries']);
    expect(positions('Sweden announced that 500 troops will be deployed to Kolvik.')).toEqual(['Sweden proposes Deployment of 500 troops to Kolvik']);
    expect(positions('Sweden announced that Norway and Denmark had agreed to a ceasefire in Kolvik.')).toEqual(['Denmark accepts Ceasefire in Kolvik', 'Norway accepts Ceasefire in Kolvik']);
  });
});

describe('a quoted object and an infinitive "to be"', () => {
  it('"announced, “a shared goal for X to be Y”": the quotation is the object, and "to be" goes on', () => {
    expect(positions('Today, President Ana Torres and Prime Minister Omar Baddel also announced, “a shared goal for a Norvan national to be the first non-Arvel astronaut to land on the Moon on a future mission, assuming important benchmarks are achieved.”')).toEqual([
      'Ana Torres proposes Shared goal for a Norvan national to be the first non-Arvel astronaut to land on the Moon on a future mission',
      'Omar Baddel proposes Shared goal for a Norvan national to be the first non-Arvel astronaut to land on the Moon on a future mission',
    ]);
    expect(positions('Sweden called for elections to be held within six months.')).toEqual(['Sweden demands Elections']);
  });
});

describe('stances inside what someone is thanked for', () => {
  it('"thanked staff for their work in supporting X" gives X to no one; a clause after "and" is the subject\'s again', () => {
    expect(positions('Administrator Dana Kellow visited the embassy and thanked staff for their tireless work in supporting the country’s fragile democratic transition.')).toEqual([]);
    expect(positions('Sweden thanked Norway for its support and rejected the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
  });
});

describe('doing away with a matter, and a direction to act', () => {
  it('"called for the abolition of X" rejects X; "opposed the abolition of Y" demands Y', () => {
    expect(positions('Sweden called for the abolition of the death penalty.')).toEqual(['Sweden rejects Death penalty']);
    expect(positions('Norway opposed the abolition of the fishing quotas.')).toEqual(['Norway demands Fishing quotas']);
  });

  it('"is directing me to take further action to encourage the elimination of X": the one directing rejects X; "directed by" is no direction', () => {
    expect(positions('“After thorough review, President Ana Torres is directing me to take further action to encourage the elimination of Norva’s unfair technology transfer-related policies and practices that continue to burden Arvel commerce.”'))
      .toEqual(['Ana Torres rejects Norva’s unfair technology transfer-related policies and practices']);
    expect(positions('The film on the blockade of Kolvik was directed by Ana Torres.')).toEqual([]);
  });
});

describe('the importance that a clause holds, and an action listed as part of the object', () => {
  it('"emphasized the importance that both countries manage X, including maintaining Y": X and Y are demanded', () => {
    expect(positions('During the meetings, Secretary Dana Kellow emphasized the importance that both countries responsibly manage the bilateral economic relationship, including maintaining resilient communication channels.'))
      .toEqual(['Dana Kellow demands Bilateral economic relationship', 'Dana Kellow demands Resilient communication channels']);
  });

  it('people listed after "including" are no matter of their own', () => {
    expect(positions('The Norvan Front had accepted a request from Sweden to start negotiations on the release of Arvel prisoners, including men and soldiers.'))
      .toEqual(['Norvan Front accepts Release of Arvel prisoners']);
  });
});

describe('a necessity, a happening and a request', () => {
  it('"pressed that in cases where …, it is vital that a ceremony take place": the readout\'s person demands the ceremony', () => {
    expect(positions('Director Dana Kellow met the committee on Monday.', '• Pressed that in cases where the awarding of medals is delayed due to the investigation of a doping violation, including the Ana Torres case, it is vital that a meaningful medal ceremony take place after consultation with the affected athletes.'))
      .toEqual(['Dana Kellow demands Meaningful medal ceremony']);
  });

  it('"deployed a mission at the request of X and Y": X and Y demand the mission; a bare matter word is none', () => {
    expect(positions('The Arvel Union deployed a monitoring mission to Kolvik at the request of Norway and Sweden.'))
      .toEqual(['Norway demands Monitoring mission to Kolvik', 'Sweden demands Monitoring mission to Kolvik']);
    expect(positions('The Arvel Union has mobilised assistance at the request of Norway and Sweden.')).toEqual([]);
    expect(positions('Following talks in Kolvik, the Arvel Union has mobilised assistance at the request of Norway and Sweden.')).toEqual([]);
  });

  it('help asked for after a disaster named at the sentence\'s opening is named by that disaster, and is no disaster itself', () => {
    expect(positions('Following severe flooding across Central Arvelia, the Arvel Union has mobilised assistance at the request of Norway and Sweden.'))
      .toEqual(['Norway demands Assistance after severe flooding across Central Arvelia', 'Sweden demands Assistance after severe flooding across Central Arvelia']);
    expect(positions('In the wake of the Kolvik earthquake, the Arvel Union sent relief at the request of Norway.')).toEqual(['Norway demands Relief after Kolvik earthquake']);
    // a ban after the floods is not help: only help nouns are named so
    expect(positions('After the floods in Kolvik, the Arvel Union imposed a ban at the request of Norway.')).toEqual([]);
  });

  it('"which demonstrates their commitment to Y": a plural possessive stands for the parties named last, not a singular subject', () => {
    expect(positions('The Secretary-General reiterates his appreciation to the Government and people of Norway for hosting the talks, which demonstrates their commitment to peace in Kolvik.'))
      .toEqual(['Norway accepts Peace in Kolvik']);
    expect(positions('Norway reaffirmed its commitment to peace in Kolvik.')).toEqual(['Norway accepts Peace in Kolvik']);
  });

  it('a party that proposes a matter is not also said to accept it in the same sentence', () => {
    expect(positions('In response to the initiative of President Ana Velt of Norway, of Norway\'s support for good relations between Sweden and Denmark, the talks began.'))
      .toEqual(['Ana Velt proposes Good relations between Sweden and Denmark', 'Norway accepts Good relations between Sweden and Denmark']);
  });
});

describe('what an agreement binds a party to', () => {
  it('"won\'t agree to a deal that would require X to stop Y": the stop is rejected, so Y is demanded', () => {
    expect(positions("Premier Ana Velt said she won't agree to a deal that would require Norva to stop its offensive in Kolvik."))
      .toEqual(['Ana Velt demands Offensive in Kolvik']);
    expect(positions('The Kolvik Union will not accept an agreement which requires members to give up the right to strike.'))
      .toEqual(['Kolvik Union demands Right to strike']);
  });

  it('the act bound is the matter, with the stance of the verb: "accepted a plan that would require both sides to release prisoners"', () => {
    expect(positions('Norway accepted a plan that would require both sides to release prisoners.')).toEqual(['Norway accepts Release of prisoners']);
    expect(positions('Sweden rejected a deal that would force Norva to withdraw from Kolvik.')).toEqual(['Sweden rejects Withdrawal from Kolvik']);
    // a deal that binds no one to act names no matter
    expect(positions('Sweden rejected a deal that would help Norva.')).toEqual([]);
  });
});

describe('a danger or a prospect', () => {
  it('is about its matter: "warned of the risk of X" rejects X, "welcomed the prospect of X" accepts X', () => {
    expect(positions('Norway warned of the risk of a wider war in Kolvik.')).toEqual(['Norway rejects Wider war in Kolvik']);
    expect(positions('Sweden welcomed the prospect of talks with Norva.')).toEqual(['Sweden accepts Talks with Norva']);
  });

  it('"the danger of the epidemic spreading rapidly" is named by the change: "Rapid spread of the epidemic"', () => {
    expect(positions('Minister Ana Velt warned against the grave danger of the epidemic spreading rapidly.')).toEqual(['Ana Velt rejects Rapid spread of the epidemic']);
    expect(positions('Norway warned of the danger of the conflict expanding regionally.')).toEqual(['Norway rejects Regional expansion of the conflict']);
  });
});

describe('a judgement of a matter', () => {
  it('"called X unjustified", "described X as a breakthrough": the judging verb\'s object is rejected or accepted', () => {
    expect(positions('Norway called the tariffs unjustified.')).toEqual(['Norway rejects Tariffs']);
    expect(positions('Minister Ana Velt called the blockade of Kolvik a grave mistake.')).toEqual(['Ana Velt rejects Blockade of Kolvik']);
    expect(positions('Norway described the Kolvik Fisheries Agreement as a breakthrough.')).toEqual(['Norway accepts Kolvik Fisheries Agreement']);
    expect(positions('Norway did not call the tariffs illegal.')).toEqual([]);
  });

  it('"said X was unfair": the speaker judges the subject of the reported clause; "not acceptable" rejects, "not illegal" says nothing', () => {
    expect(positions('Sweden said the tariffs were unfair and should be lifted.')).toEqual(['Sweden rejects Tariffs']);
    expect(positions('Sweden said that the fishing ban was not acceptable.')).toEqual(['Sweden rejects Fishing ban']);
    expect(positions('Norway said the election was not illegal.')).toEqual([]);
  });

  it('an adverb of degree before the judgement judges as the judgement alone does: "was very unfair", "totally unjustified"', () => {
    expect(positions('Sweden said the tariffs were very unfair.')).toEqual(['Sweden rejects Tariffs']);
    expect(positions('Norway said the fishing quota was entirely acceptable.')).toEqual(['Norway accepts Fishing quota']);
  });

  it('a denial reaches over "that": "denied that it had violated the ceasefire" accuses no one', () => {
    expect(positions('Norway denied that it had violated the ceasefire.')).toEqual([]);
    expect(positions('Sweden accused Norway of violating the ceasefire.')).toEqual(['Norway rejects Ceasefire', 'Sweden demands Ceasefire']);
  });

  it('"said it would veto X" rejects X', () => {
    expect(positions('Sweden said it would veto the resolution on Kolvik.')).toEqual(['Sweden rejects Resolution on Kolvik']);
  });
});

describe('readout phrasing', () => {
  it('"The two leaders …", "Both countries …": the two people or parties named last hold the stance', () => {
    expect(positions('President Ana Velt met Prime Minister Olaf Brenn in Kolvik.', 'The two leaders reaffirmed their commitment to a two-state solution.'))
      .toEqual(['Ana Velt accepts Two-state solution', 'Olaf Brenn accepts Two-state solution']);
    // (a place named between is no party)
    expect(positions('Norway and Sweden held talks in Kolvik.', 'Both countries agreed to a ceasefire in Kolvik.'))
      .toEqual(['Norway accepts Ceasefire in Kolvik', 'Sweden accepts Ceasefire in Kolvik']);
  });

  it('an intensifier inside a cue and an adverbial after it change nothing', () => {
    expect(positions('Norway expressed deep concern over the detention of journalists.')).toEqual(['Norway rejects Detention of journalists']);
    expect(positions('The Arvel Council condemned in the strongest terms the attack on the Kolvik embassy.')).toEqual(['Arvel Council rejects Attack on the Kolvik embassy']);
    expect(positions("Norway's strong support for the fisheries treaty was welcomed.")).toEqual(['Norway accepts Fisheries treaty']);
  });

  it('"noted with concern", "looks forward to", "underscored the importance of", "encouraged X to V"', () => {
    expect(positions('Norway noted with concern the rise in attacks on aid workers.')).toEqual(['Norway rejects Rise in attacks on aid workers']);
    expect(positions('Sweden looks forward to the resumption of talks.')).toEqual(['Sweden accepts Resumption of talks']);
    expect(positions('President Ana Velt underscored the importance of freedom of navigation.')).toEqual(['Ana Velt demands Freedom of navigation']);
    expect(positions('Norway encouraged Sweden to ratify the fisheries treaty.')).toEqual(['Norway demands Ratification of fisheries treaty']);
    expect(positions('Norway was encouraged by the progress in Kolvik.')).toEqual([]);
  });

  it('a title after an opening adverbial is the subject: "On this occasion, the Secretary-General reaffirms … and looks forward to X"', () => {
    expect(positions('Secretary-General Ana Velt spoke in Kolvik.', 'On this occasion, the Secretary-General reaffirms the support of the Arvel Union to the people and looks forward to the holding of free elections.'))
      .toEqual(['Ana Velt accepts Free elections']);
  });

  it('a matter\'s name ends before a verb after "and"', () => {
    expect(positions('Ana Velt called on Norway to ensure that all voters have access to the polling stations and cast their ballots freely.')).toEqual(['Ana Velt demands Access to the polling stations']);
    expect(positions('Norway voiced strong support for the peace process.')).toEqual(['Norway accepts Peace process']);
  });
});

describe('forecasts, hopes and verdicts', () => {
  it('"is expected to back X", "was urged to end Y": the subject of a passive demand is asked to act and holds no stance', () => {
    expect(positions('Norway is expected to back the resolution.')).toEqual([]);
    expect(positions('Sweden was urged to end the blockade of Kolvik.')).toEqual([]);
    expect(positions('Norway expects Sweden to lift the blockade.')).toEqual(['Norway demands Lifting of blockade']);
  });

  it('"hopes to conclude X" demands X; "send hope to the people" is no cue', () => {
    expect(positions('Sweden hopes to conclude a trade agreement with Norway by June.')).toEqual(['Sweden demands Trade agreement with Norway']);
    expect(positions('Norway said these steps send hope to the Kolvik people.')).toEqual([]);
  });

  it('"agreed in principle to X" accepts X; "ruled that X was unconstitutional" rejects X', () => {
    expect(positions('Sweden has agreed in principle to a prisoner exchange.')).toEqual(['Sweden accepts Prisoner exchange']);
    expect(positions('The Kolvik Supreme Court ruled that the Kolvik levy was unconstitutional.')).toEqual(['Kolvik Supreme Court rejects Kolvik levy']);
  });

  it('a possessive pronoun after a preposition leaves the name: "withdraw its troops" is the "Withdrawal of troops"', () => {
    expect(positions('Talks collapsed after Norway refused to withdraw its troops from Kolvik.')).toEqual(['Norway rejects Withdrawal of troops from Kolvik']);
  });
});

describe('an appeal to a group of bodies', () => {
  it('"called for international sports federations to develop X": the federations are addressed, X is the matter', () => {
    expect(positions('Dr. Ana Velt called for international sports federations to develop eligibility criteria for athletes.'))
      .toEqual(['Ana Velt demands Eligibility criteria for athletes']);
  });
});

describe('statements of governments and councils', () => {
  it('an amount with a currency code and "to"/"in" before the matter leaves the name: "EUR 10 million to the reconstruction of X"', () => {
    expect(positions('Norway will contribute EUR 10 million to the reconstruction of Kolvik.')).toEqual(['Norway accepts Reconstruction of Kolvik']);
    expect(positions('The Arvel Union will provide EUR 5 million in humanitarian aid to Kolvik.')).toEqual(['Arvel Union accepts Humanitarian aid to Kolvik']);
  });

  it('a named act keeps its last word however it is tagged: "the Kolvik Fisheries Act"', () => {
    expect(positions('The Ministry of Fisheries proposes amendments to the Kolvik Fisheries Act.')).toEqual(['Ministry of Fisheries proposes Amendments to the Kolvik Fisheries Act']);
  });

  it('"voted to demand X", "ordered X to halt Y", "would not recognise X"', () => {
    expect(positions('The Arvel General Assembly voted 120 to 14 to demand a humanitarian truce.')).toEqual(['Arvel General Assembly demands Humanitarian truce']);
    expect(positions('The Kolvik High Court ordered Norway to halt the construction of the dam.')).toEqual(['Kolvik High Court rejects Construction of the dam']);
    expect(positions('Minister Ana Velt said Norway would not recognise the results of the election.')).toEqual(['Norway rejects Results of the election']);
  });
});

describe('demand as a noun', () => {
  it('is a party\'s only with a possessor: "as demand for electric cars slows" is the market\'s', () => {
    expect(positions('Selmar Motors will cut 2,000 jobs as demand for electric cars slows.')).toEqual([]);
    expect(positions('Sweden repeated its demand for a ceasefire.')).toEqual(['Sweden demands Ceasefire']);
  });

  it('a demand rejected is a rejection of what was demanded: "Norway\'s demand for X was rejected by Sweden"', () => {
    expect(positions("Norway's demand for compensation was rejected by Sweden.")).toEqual(['Norway demands Compensation', 'Sweden rejects Compensation']);
  });

  it('a matter word keeps who acts and against whom: "the strike by rail workers", "violence against women"', () => {
    expect(names(run('The strike by Kolvik rail workers entered its third day.'), 'issue')).toEqual(['Strike by Kolvik rail workers']);
    expect(positions('The Arvel Union condemned violence against women in Kolvik.')).toEqual(['Arvel Union rejects Violence against women in Kolvik']);
  });
});

describe('what an agreement holds', () => {
  it('"It includes X, Y, and Z" after a deal: each is a matter, with no one\'s stance', () => {
    const x = run('Norway and Sweden agreed on a deal on Monday.', 'It includes a full and complete ceasefire, withdrawal of Norvan forces from all the populated areas of Kolvik, and the release of a number of hostages held by the Front, including women and the wounded.');
    expect(names(x, 'issue')).toEqual(['Complete ceasefire', 'Release of hostages', 'Withdrawal of Norvan forces from populated areas of Kolvik']);
    expect(x.positions).toEqual([]);
    expect(names(run('The plan covers pensions, health care and the retirement age.'), 'issue')).toEqual(['Health care', 'Pensions', 'Retirement age']);
  });

  it('", including Y" after an agreement names Y ("related to" keeps what it is about); after people it names none', () => {
    expect(names(run('This agreement, including assurances related to artificial intelligence, did not come easily.'), 'issue')).toEqual(['Assurances related to artificial intelligence']);
    expect(names(run('The prisoners, including men and soldiers, were freed.'), 'issue')).toEqual(['Prisoners']);
  });
});

describe('a stance taken back', () => {
  it('"dropped its opposition to X" accepts X, "withdrew its support for X" rejects X, "dropped its demand" says none', () => {
    expect(positions('Sweden dropped its opposition to the Kolvik pipeline.')).toEqual(['Sweden accepts Kolvik pipeline']);
    expect(positions('Norway withdrew its support for the Kolvik gas pipeline.')).toEqual(['Norway rejects Kolvik gas pipeline']);
    expect(positions('Norway dropped its demand for a ceasefire in Kolvik.')).toEqual([]);
  });

  it('"defended X" accepts X; "declined to back X" rejects X; "declined to comment" says nothing', () => {
    expect(positions('Norway defended the levy on fishermen.')).toEqual(['Norway accepts Levy on fishermen']);
    expect(positions('Norway declined to back the resolution on Kolvik.')).toEqual(['Norway rejects Resolution on Kolvik']);
    expect(positions('Norway declined to comment.')).toEqual([]);
  });
});

describe('an appeal\'s means and a statement\'s signature', () => {
  it('"to show leadership by making progress in X": the means is demanded too; a means that halts something is not', () => {
    expect(positions('Minister Ana Velt expects the leaders of Norway and Sweden to show leadership by making progress in implementation with no further delay.'))
      .toEqual(['Ana Velt demands Progress in implementation']);
    expect(positions('Norway urged Sweden to show restraint by halting the shelling of Kolvik.')).toEqual(['Norway demands Restraint']);
  });

  it('"Statement by X" closing a statement makes X the writer of its "we"', () => {
    expect(positions('We expect the leaders of Norway and Sweden to reach a ceasefire.', 'Statement by High Representative Anna Ilves'))
      .toEqual(['Anna Ilves demands Ceasefire']);
    // an acronym of a title before a surname: the surname is the signer, a person
    const signed = run('We expect the leaders of Norway and Sweden to reach a ceasefire.', 'Statement by HRVP Ilves');
    expect(signed.entities.filter((e) => e.type === 'party' && e.kind === 'person').map((e) => e.name)).toEqual(['Ilves']);
    expect(signed.positions.map((p) => `${p.party} ${p.stance} ${p.issue}`)).toEqual(['Ilves demands Ceasefire']);
    // a person named in an ordinary last paragraph signs nothing
    expect(positions('We expect the leaders of Norway and Sweden to reach a ceasefire.', 'Anna Ilves said the talks would resume in Kolvik next week.')).toEqual([]);
  });

  it('a quality asked of someone names no matter: "to show responsibility, vision and leadership"', () => {
    expect(positions('Norway expects the leaders of Kolvik to show responsibility, vision and leadership.')).toEqual([]);
  });
});

describe('business and health phrasing', () => {
  it('"rejected the pay offer": a generic head after a word of pay names the offer', () => {
    expect(positions('The Kolvik Pilots Union rejected the pay offer.')).toEqual(['Kolvik Pilots Union rejects Pay offer']);
  });

  it('a purpose left after an amount names no matter: "agreed to pay $20 million to settle the lawsuit"', () => {
    expect(positions('Kolvik Airlines agreed to pay $20 million to settle the lawsuit.')).toEqual([]);
  });

  it('"urged residents to avoid X": a verb of appeal addresses any noun; "to get vaccinated" asks a state, no matter', () => {
    expect(positions('The Selmar Health Ministry urged residents to avoid travel to Kolvik.')).toEqual(['Selmar Health Ministry rejects Travel to Kolvik']);
    expect(positions('The Selmar Health Ministry urged residents to get vaccinated against measles.')).toEqual([]);
  });
});

describe('denials and decisions', () => {
  it('"rejected claims that it had blocked X": a denied claim accuses no one, and the claim is no matter', () => {
    expect(positions('Norway rejected claims that it had blocked the aid convoy to Kolvik.')).toEqual([]);
    expect(positions('Sweden rejected accusations that it violated the ceasefire.')).toEqual([]);
  });

  it('"opposed any attempt to delay the elections": a delay is a halt, named by its noun', () => {
    expect(positions('Sweden opposed any attempt to delay the elections in Kolvik.')).toEqual(['Sweden rejects Delay of elections in Kolvik']);
  });

  it('"condemned the decision to expel X" is about the expulsion of X, not X', () => {
    expect(positions('Norway condemned the decision to expel the Kolvik ambassador.')).toEqual(['Norway rejects Expulsion of Kolvik ambassador']);
  });
});

describe('recognition and orders', () => {
  it('"recognised the efforts of X" acknowledges and takes no stance; "recognised the independence of X" accepts it', () => {
    expect(positions('Norway recognised the efforts of Sweden to mediate.')).toEqual([]);
    expect(positions('Sweden recognized the importance of freedom of navigation.')).toEqual([]);
    expect(positions('Norway recognised the independence of Kolvik.')).toEqual(['Norway accepts Independence of Kolvik']);
  });

  it('"ordered the evacuation of X" demands it; "ordered Norway to halt X" rejects X', () => {
    expect(positions('Sweden ordered the evacuation of the Kolvik embassy.')).toEqual(['Sweden demands Evacuation of the Kolvik embassy']);
    expect(positions('The Kolvik High Court ordered Norway to halt the construction of the dam.')).toEqual(['Kolvik High Court rejects Construction of the dam']);
  });
});

describe('wire phrasing', () => {
  it('"said the group would not accept X": "the group" in a reported clause is the organisation named last', () => {
    expect(positions('Ana Velt, a spokeswoman for the Norvan Front, said the group would not accept a partial truce.')).toEqual(['Norvan Front rejects Partial truce']);
  });

  it('"we reject any deal that does not include X": what the deal lacks is demanded', () => {
    expect(positions('"We reject any deal that does not include a full withdrawal from Kolvik," Front spokesman Ana Velt said.')).toEqual(['Ana Velt demands Full withdrawal from Kolvik']);
    expect(positions('Norway rejected any agreement that fails to guarantee fishing rights in Kolvik.')).toEqual(['Norway demands Fishing rights in Kolvik']);
  });

  it('"was ready to resume talks on X" accepts their resumption; "will not tolerate X" rejects X', () => {
    expect(positions('Speaking in Kolvik, Minister Ana Velt said Norway was ready to resume talks on the border.')).toEqual(['Norway accepts Resumption of talks on the border']);
    expect(positions('Sweden has made clear it will not tolerate attacks on its shipping.')).toEqual(['Sweden rejects Attacks on shipping']);
  });
});

describe('names before a place or a time', () => {
  it('"stand ready to help Kosovo and Serbia in every step" names parties, no matter', () => {
    expect(positions('The Arvel Union continues to stand ready to help Norway and Sweden in every step along the way.')).toEqual([]);
    expect(positions('Norway welcomed the Kolvik Fisheries Agreement in Selmar.')).toEqual(['Norway accepts Kolvik Fisheries Agreement']);
  });
});

describe('a matter word\'s list framed by need', () => {
  it('"the war against X and the importance of a just peace": the later part names the just peace, not its importance', () => {
    expect(names(run('Norway spoke of the war against Kolvik and the importance of a just peace.'), 'issue')).toEqual(['Just peace', 'War against Kolvik']);
  });
});
