// How news English states a stance, on sentences with invented names: appeals to an addressee, appeals to stop a
// matter, negated support, lists of actors, pronouns and titles standing for a person named before, impositions
// reported by the other side, talk about a matter, matters named by a measure or a crisis, and named instruments.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { article } from './helpers.ts';

const g = buildGazetteer([], [], loadLexicon());
const run = (...paragraphs: string[]) => extractArticle(article(paragraphs), g);
const positions = (...paragraphs: string[]): string[] => run(...paragraphs).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();
const issues = (...paragraphs: string[]): string[] => run(...paragraphs).entities.filter((e) => e.type === 'issue').map((e) => e.name).sort();

describe('appeals', () => {
  it('"called on X to do Y": the matter is Y, never the addressee', () => {
    expect(positions('Norway called on Sweden and Denmark to reach a lasting settlement of the fisheries dispute.'))
      .toEqual(['Norway demands Lasting settlement of the fisheries dispute']);
    expect(issues('Norway called on the authorities of Sweden to act.')).toEqual([]);
  });

  it('an appeal to stop a matter rejects it', () => {
    expect(positions('Denmark urged Sweden to end its blockade of Kolvik.')).toEqual(['Denmark rejects Blockade of Kolvik']);
    expect(positions('The Arvel League urged all sides to refrain from attacks on journalists.')).toEqual(['Arvel League rejects Attacks on journalists']);
  });
});

describe('stance verbs', () => {
  it('negated support is a rejection; support, welcome and condemnation are stances', () => {
    expect(positions('The Arvel Council does not support a travel ban to the Games.')).toEqual(['Arvel Council rejects Travel ban']);
    expect(positions('Sweden welcomed the ceasefire in Kolvik.')).toEqual(['Sweden accepts Ceasefire in Kolvik']);
    expect(positions('Norway condemned the blockade of Kolvik.')).toEqual(['Norway rejects Blockade of Kolvik']);
  });

  it('a generic head after a matter word is about the matter: "a ceasefire deal"', () => {
    expect(positions('Sweden and Norway agreed to a ceasefire deal.')).toEqual(['Norway accepts Ceasefire', 'Sweden accepts Ceasefire']);
  });
});

describe('who holds the stance', () => {
  it('"he" or "she" stands for the person named last', () => {
    expect(positions('Finance Minister Lena Varga met union leaders on Monday.', 'She also criticised the pension cuts.'))
      .toEqual(['Lena Varga rejects Pension cuts']);
  });

  it('"the Secretary-General" stands for the person named earlier with that title', () => {
    expect(positions('Secretary-General Ana Torres of the Arvel League spoke on Monday.', 'The Secretary-General deplores the violence in Kolvik.'))
      .toEqual(['Ana Torres rejects Violence in Kolvik']);
    // with no one named with the title, nobody holds it
    expect(positions('The Secretary-General deplores the violence in Kolvik.')).toEqual([]);
  });

  it('"according to X, Y imposed Z": Y demands Z and X rejects it; "such as" names the matter', () => {
    expect(positions('According to Norway, Sweden has imposed new conditions, such as screening fishermen at the border.'))
      .toEqual(['Norway rejects Screening of fishermen at the border', 'Sweden demands Screening of fishermen at the border']);
  });

  it('"According to X, Y objected" is no list of actors', () => {
    expect(positions('According to Norway, Sweden objected to the blockade of Kolvik.')).toEqual(['Sweden rejects Blockade of Kolvik']);
  });
});

describe('issue names', () => {
  it('talk about a matter is named by the matter', () => {
    expect(positions('Sweden will not accept discussions about tariffs on timber.')).toEqual(['Sweden rejects Tariffs on timber']);
  });

  it('a crisis or measure is a matter only with a modifier or complement', () => {
    expect(issues('The drought in Kolvik worsened as the war went on.')).toEqual(['Drought in Kolvik']);
  });

  it('a named agreement or law is an issue, and a weekday after it is not part of its name', () => {
    expect(positions('Norway and Denmark signed the Kolvik Fisheries Accord on Monday.'))
      .toEqual(['Denmark accepts Kolvik Fisheries Accord', 'Norway accepts Kolvik Fisheries Accord']);
    expect(issues('Talks on the Clean Rivers Act resumed.')).toContain('Clean Rivers Act');
    // a sentence's first word is capitalised anyway: no instrument
    expect(issues('Agreement was close, officials said.')).toEqual([]);
  });

  it('a trailing participle and a count of episodes are not part of the matter', () => {
    expect(positions('Norway deplores episodes of violence recorded in Kolvik.')).toEqual(['Norway rejects Violence']);
  });
});

describe('clauses without their own subject', () => {
  it('a participle after a comma takes the main clause subject', () => {
    expect(positions('The Arvel Court ruled against millions of Norvans, blocking the student loan relief programme.'))
      .toEqual(['Arvel Court rejects Student loan relief']);
  });

  it('a readout item with no subject is the person the readout is about', () => {
    expect(positions('Director Lena Varga met the Kolvik Council on Monday.', 'Called for an inquiry into the drought in Kolvik.'))
      .toEqual(['Lena Varga demands Inquiry into the drought in Kolvik']);
  });

  it('a court that sets aside an order rejects it', () => {
    expect(positions('The Arvel Court set aside the consent order on Friday.')).toEqual(['Arvel Court rejects Consent order']);
  });
});

describe('"the deal" after "a ceasefire deal"', () => {
  it('a definite generic head stands for the matter last named with it', () => {
    expect(positions('Sweden and the Velmor Front agreed to a ceasefire deal on Monday.', 'Denmark welcomed the deal.'))
      .toEqual(['Denmark accepts Ceasefire', 'Sweden accepts Ceasefire', 'Velmor Front accepts Ceasefire']);
    expect(positions('Sweden and Denmark signed the Kolvik Fisheries Agreement.', 'Norway rejected the agreement.'))
      .toEqual(['Denmark accepts Kolvik Fisheries Agreement', 'Norway rejects Kolvik Fisheries Agreement', 'Sweden accepts Kolvik Fisheries Agreement']);
  });

  it('with nothing named before, "the deal" names no matter', () => {
    expect(positions('Denmark welcomed the deal.')).toEqual([]);
    expect(issues('Denmark welcomed the deal.')).toEqual([]);
  });
});

describe('matters named by a verb', () => {
  it('an infinitive that names a matter is named by its noun, and polarity follows it', () => {
    expect(positions('Norway called on Sweden to withdraw from the Kolvik corridor.', 'Sweden insisted on its presence in the Kolvik corridor.'))
      .toEqual(['Norway rejects Presence in the Kolvik corridor', 'Sweden demands Presence in the Kolvik corridor']);
  });

  it('"the Council" stands for the body named last with that head noun', () => {
    expect(positions('The Arvel Energy Council met in Kolvik on Monday.', 'The Council reiterated the need to phase out unabated coal for power generation.'))
      .toEqual(['Arvel Energy Council demands Phase-out of unabated coal for power generation']);
  });

  it('a clause with a pronoun subject names no matter, and a trailing adverb is cut', () => {
    expect(issues('Denmark insisted that they leave Kolvik immediately.')).toEqual([]);
    expect(issues('Denmark urged Sweden to reopen the Kolvik crossing quickly.')).toEqual(['Reopening of Kolvik crossing']);
  });
});

describe('matters named by an action noun or a domain noun', () => {
  it('an action noun names a matter with its complement only', () => {
    expect(positions('The Velmor Front called for the appointment of an independent mediator.'))
      .toEqual(['Velmor Front demands Appointment of an independent mediator']);
    expect(issues('The appointment was announced on Monday.')).toEqual([]);
  });

  it('a domain noun names a matter with a modifier', () => {
    expect(issues('Norway and Denmark discussed energy security on Monday.')).toEqual(['Energy security']);
  });
});

describe('the writer of a statement', () => {
  const statement = (...paragraphs: string[]) =>
    extractArticle(article(paragraphs, '2024-03-10', 'Statement from Governor Lena Varga on the Kolvik port talks'), g).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();

  it('"It is time for X to …", "It\'s only fair that …": the author named in the headline demands it', () => {
    expect(statement('It is time for the Kolvik Port Authority to negotiate a fair contract with the dockworkers.'))
      .toEqual(['Lena Varga demands Fair contract with the dockworkers']);
    expect(statement('It’s only fair that dockworkers, who kept the port open, see a meaningful increase in their wages.'))
      .toEqual(['Lena Varga demands Meaningful increase in wages']);
  });

  it('"I" outside a quotation is the author; inside one, the person speaking outside it', () => {
    expect(statement('I have called for a wage increase for the dockworkers.')).toEqual(['Lena Varga demands Wage increase for the dockworkers']);
    expect(positions('Trade Minister Ana Torres said: “I will be proposing tariffs on imported timber.”'))
      .toEqual(['Ana Torres proposes Tariffs on imported timber']);
  });
});

describe('a person reporting the stance of the body they lead', () => {
  it('"Director-General X says the League does not support Y": both hold it, whatever order the names were found in', () => {
    expect(positions('Arvel League Director-General Ana Torres spoke on Monday.', 'Dr. Torres says the Arvel League does not support a travel ban to the Games.'))
      .toEqual(['Ana Torres rejects Travel ban', 'Arvel League rejects Travel ban']);
  });
});

describe('stances said by a noun or a modal', () => {
  it('"the opposition of X to Y": X rejects Y', () => {
    expect(positions('The session was marked by the opposition of Sweden to the draft final report.')).toEqual(['Sweden rejects Draft final report']);
  });

  it('"the need for X to end Y" belongs to the clause subject, not to X', () => {
    expect(positions('Finance Minister Lena Varga spoke in Kolvik.', 'She acknowledged risks, including the need for Sweden to end its blockade of Kolvik, and the need to prevent an escalation of the conflict.'))
      .toEqual(['Lena Varga rejects Blockade of Kolvik', 'Lena Varga rejects Escalation of the conflict']);
  });

  it('a matter that "must" happen is demanded by whoever says so', () => {
    expect(positions('President Ana Torres spoke on Monday.', 'She said that a ceasefire in Kolvik must come first.')).toEqual(['Ana Torres demands Ceasefire in Kolvik']);
    expect(positions('President Ana Torres said that a ceasefire in Kolvik must not come first.')).toEqual([]);
  });

  it('a count of general objects names no matter', () => {
    expect(issues('The minister announced two steps on Monday.')).toEqual([]);
  });
});

describe('clauses with a subject of their own', () => {
  it('"X was suspended, but not before countries agreed on Y": the countries agree, not X', () => {
    expect(positions('The Kolvik Summit was suspended on Monday, but not before countries agreed on an expanded role for fishing communities.')).toEqual([]);
    expect(positions('Sweden rejected the blockade of Kolvik, while Norway welcomed the ceasefire in Kolvik.'))
      .toEqual(['Norway accepts Ceasefire in Kolvik', 'Sweden rejects Blockade of Kolvik']);
  });

  it('a party that opens a longer name is no actor; one before a weekday is', () => {
    expect(positions('Staff at the Sweden Desk welcomed the ceasefire in Kolvik.')).toEqual([]);
    expect(positions('Sweden Monday welcomed the ceasefire in Kolvik.')).toEqual(['Sweden accepts Ceasefire in Kolvik']);
  });
});

describe('a list of subjects before a stance said by a noun', () => {
  it('"X and Y each underlined their commitment to Z": both accept Z', () => {
    expect(positions('Sweden and Norway each underlined their commitment to reaching net-zero emissions by 2050.'))
      .toEqual(['Norway accepts Net-zero emissions', 'Sweden accepts Net-zero emissions']);
  });
});

describe('coordinated verbs', () => {
  it('a verb after "and" shares the first verb\'s subject, past a relative clause naming another party', () => {
    expect(positions('Director Ana Torres highlighted the obstacles that Norway and other partners face in Kolvik and urged Sweden to lift the blockade of Kolvik.'))
      .toEqual(['Ana Torres rejects Blockade of Kolvik']);
  });
});

describe('questions and conditions', () => {
  it('a question or an "if" clause asserts no stance, the matter stays an issue', () => {
    expect(positions('Will Sweden accept the ceasefire in Kolvik?')).toEqual([]);
    expect(positions('If Norway accepts the ceasefire in Kolvik, Sweden will end the blockade.')).toEqual([]);
    expect(issues('Will Sweden accept the ceasefire in Kolvik?')).toEqual(['Ceasefire in Kolvik']);
  });

  it('the main clause of a condition still states its stance', () => {
    expect(positions('Sweden will accept the ceasefire in Kolvik if Norway ends the blockade.')).toEqual(['Sweden accepts Ceasefire in Kolvik']);
  });
});

describe('verbs sharing an object', () => {
  it('"will design, develop, and operate X": the commitment takes X', () => {
    expect(positions('Sweden will design, develop, and operate a pressurized rover.')).toEqual(['Sweden accepts Pressurized rover']);
  });
});

describe('lists inside a matter', () => {
  it('"the release of X and hundreds of Y" releases Y too; "the release of X and the return of Y" are two matters', () => {
    expect(positions('Norway called for the release of dozens of fishermen and hundreds of sailors.'))
      .toEqual(['Norway demands Release of fishermen', 'Norway demands Release of sailors']);
    expect(positions('Norway called for the release of the fishermen and the return of the boats.'))
      .toEqual(['Norway demands Release of the fishermen', 'Norway demands Return of the boats']);
  });

  it('"relations between X and Y" is one matter, whatever modifiers come before it', () => {
    expect(issues('Norway called for good neighbourly relations between Sweden and the Republic of Tarsis.'))
      .toEqual(['Neighbourly relations between Sweden and the Republic of Tarsis']);
  });

  it('"the initiative of X for Y": X proposes Y', () => {
    expect(positions('In response to the initiative of President Ana Torres for developing good neighbourly relations, the talks began.'))
      .toEqual(['Ana Torres proposes Neighbourly relations']);
  });
});

describe('names of parties are no matters', () => {
  it('"the World Food Programme" is a party, never an issue', () => {
    expect(issues('The Kolvik Food Programme said on Monday that deliveries would resume.')).toEqual([]);
  });
});

describe('what a matter does not end with', () => {
  it('a span of time, a dangling possessor, a trailing "more", a list of names', () => {
    expect(issues('Sweden has been at war for a long time.')).toEqual([]);
    expect(issues('Norway condemned the investigation of Sweden’s, then left.')).toEqual([]);
    expect(issues('Norway welcomed a ceasefire in Kolvik more.')).toEqual(['Ceasefire in Kolvik']);
    expect(issues('Director Ana Torres and Norva signed the deal.')).toEqual([]);
  });
});

describe('a stance held by a possessor', () => {
  it('"X\'s refusal / proposal / support / demand": X holds it', () => {
    expect(positions("Sweden's refusal to lift the blockade of Kolvik angered Norway.")).toEqual(['Sweden demands Blockade of Kolvik']);
    expect(positions("Norway's proposal for a permanent truce in Kolvik was welcomed.")).toEqual(['Norway proposes Permanent truce in Kolvik']);
    expect(positions('Norway’s support for a ceasefire in Kolvik was clear.')).toEqual(['Norway accepts Ceasefire in Kolvik']);
  });
});

describe('matters inside an appeal\'s clause, and diseases', () => {
  it('"to ensure that all voters have access to X": the matter is the access', () => {
    expect(positions('Secretary-General Ana Torres spoke on Monday.', 'He calls on the authorities to ensure that all eligible voters have access to the polling stations.'))
      .toEqual(['Ana Torres demands Access to the polling stations']);
  });

  it('a disease named with "virus" is a matter', () => {
    expect(issues('The Kolvik virus and other health emergencies will top the agenda.')).toEqual(['Kolvik virus']);
  });
});

describe('more on who holds a stance', () => {
  it('a title opening the sentence is the subject of a verb after "and"', () => {
    expect(positions('Administrator Ana Torres visited Kolvik.', 'The Administrator then met with the Chairman of the Kolvik Council Lieutenant General Sven Olsen and stressed the urgency of holding to account those responsible for attacks on protesters.'))
      .toEqual(['Ana Torres demands Holding to account those responsible for attacks on protesters']);
  });

  it('"an approach to address X" is no appeal to an addressee; adjectives in a list stay in the matter', () => {
    expect(positions('The Kolvik Agency is calling for a comprehensive, regional, and collaborative approach to migration.'))
      .toEqual(['Kolvik Agency demands Comprehensive, regional, and collaborative approach to migration']);
  });

  it('the possessor holds a stance said by its noun', () => {
    expect(positions("In response to the initiative of President Ana Torres, and of Norway's support for developing good relations between Sweden and Tarsis, the talks began."))
      .toContain('Norway accepts Good relations between Sweden and Tarsis');
  });
});

describe('wire style', () => {
  const withPages = buildGazetteer([
    { key: 'party/norway', name: 'Norway', aliases: [], kind: 'state' },
    { key: 'party/kolvik-council', name: 'Kolvik Council', aliases: [], kind: 'organisation' },
  ], [], loadLexicon());
  const wire = (sentence: string) => extractArticle(article([sentence]), withPages).positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort();

  it('"X said on Monday it would not accept Y", "said in a statement that it …": X rejects Y', () => {
    expect(wire('Norway said on Monday it would not accept the proposal for a customs union.')).toEqual(['Norway rejects Proposal for a customs union']);
    expect(wire('Norway said in a statement that it rejected the proposal for a customs union.')).toEqual(['Norway rejects Proposal for a customs union']);
  });

  it('"a spokesperson for the Council said the council opposed Y": the council holds it', () => {
    expect(wire('A spokesperson for the Kolvik Council said the council opposed the tariffs on timber.')).toEqual(['Kolvik Council rejects Tariffs on timber']);
  });

  it('a demonym before officials stands for the state', () => {
    expect(wire('Norwegian officials rejected the proposal for a customs union.')).toEqual(['Norway rejects Proposal for a customs union']);
  });
});

describe('news of a dispute', () => {
  const withPages = buildGazetteer([
    { key: 'party/norway', name: 'Norway', aliases: [], kind: 'state' },
    { key: 'party/sweden', name: 'Sweden', aliases: [], kind: 'state' },
    { key: 'party/kolvik-dockworkers-union', name: 'Kolvik Dockworkers Union', aliases: [], kind: 'organisation' },
  ], [], loadLexicon());
  const read = (sentence: string) => {
    const ex = extractArticle(article([sentence]), withPages);
    return { issues: ex.entities.filter((e) => e.type === 'issue').map((e) => e.name).sort(), positions: ex.positions.map((p) => `${p.party} ${p.stance} ${p.issue}`).sort() };
  };

  it('an amount is no matter, nor part of its name; a span of time ends it', () => {
    expect(read('The Kolvik Dockworkers Union is demanding a 15 percent pay rise over three years.'))
      .toEqual({ issues: ['Pay rise'], positions: ['Kolvik Dockworkers Union demands Pay rise'] });
  });

  it('"accused X of violating the fishing agreement": a qualified agreement is a matter; a denial states no stance', () => {
    expect(read('Sweden accused Norway of violating the fishing agreement.').positions).toEqual(['Norway rejects Fishing agreement', 'Sweden demands Fishing agreement']);
    expect(read('Norway denied violating the fishing agreement.')).toEqual({ issues: ['Fishing agreement'], positions: [] });
  });

  it('"rejected calls for X" rejects X', () => {
    expect(read('Sweden rejected calls for a ban on fishing.').positions).toEqual(['Sweden rejects Ban on fishing']);
  });

  it('"voted in favour of X" accepts X', () => {
    expect(read('Sweden voted in favour of the resolution on fishing quotas.').positions).toEqual(['Sweden accepts Resolution on fishing quotas']);
  });
});

describe('a head cue after "to"', () => {
  it('"a roadmap to phase out X" goes on through the head cue', () => {
    expect(positions('The Kolvik Alliance called for a roadmap to phase out fossil fuels.')).toEqual(['Kolvik Alliance demands Roadmap to phase out fossil fuels']);
  });
});

describe('the people held and new conditions', () => {
  it('"Norvan prisoners" joins "the release of Norvan prisoners"; "new conditions" stays a matter', () => {
    expect(issues('Sweden accepted negotiations on the release of Norvan prisoners.')).toEqual(['Release of Norvan prisoners']);
    expect(positions('“We will not accept new conditions,” Ana Torres of the Velmor Front said.')).toEqual(['Velmor Front rejects New conditions']);
  });
});

describe('an amount and its matter', () => {
  it('an amount stays when only a matter word is left without it: "a 15 percent rise"', () => {
    expect(positions('The Velmor Front rejected a 15 percent rise proposed by the minister.')).toEqual(['Velmor Front rejects 15 percent rise']);
    expect(issues('The union is demanding a 15 percent pay rise over three years.')).toEqual(['Pay rise']);
  });
});

describe('object relative clauses', () => {
  it('"X, which Y rejected": Y rejects X; "which Y wants lowered": Y demands its lowering', () => {
    expect(positions('Employers have offered a 7 percent increase, which the Kolvik Union rejected.')).toEqual(['Kolvik Union rejects 7 percent increase']);
    expect(positions('The sticking point remained the retirement age for crane operators, which the Kolvik Union wants lowered to 60.'))
      .toEqual(['Kolvik Union demands Lowering of retirement age for crane operators']);
  });

  it('a subject relative ("which rejected the offer") reads forward as usual', () => {
    expect(positions('The Kolvik Union, which rejected the blockade of Kolvik, will strike.')).toEqual(['Kolvik Union rejects Blockade of Kolvik']);
  });
});
