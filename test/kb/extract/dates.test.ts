// Dates: past-leaning resolution against the publication day, future clauses, months, durations, mention spans.
import { describe, expect, it } from 'vitest';
import { dateName, findDates } from '../../../src/kb/extract/dates.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

const on = (text: string, published = '2024-03-10') => findDates(text, published, lexicon).map((d) => ({ iso: d.iso, surface: text.slice(d.start, d.end) }));

describe('dates', () => {
  // 2024-03-10 is a Sunday.
  it('reads a weekday in a past clause as the past week, and the same weekday as the publication day', () => {
    expect(on('The delegations met on Tuesday.')).toEqual([{ iso: '2024-03-05', surface: 'Tuesday' }]);
    expect(on('The round ended on Sunday.')).toEqual([{ iso: '2024-03-10', surface: 'Sunday' }]);
  });

  it('reads a weekday in a future clause forward', () => {
    expect(on('The two sides will meet on Monday.')).toEqual([{ iso: '2024-03-11', surface: 'Monday' }]);
  });

  it('looks for future cues only within the clause of the date', () => {
    expect(on('They will not accept any retreat from what they agreed to on February 2.')).toEqual([{ iso: '2024-02-02', surface: 'February 2' }]);
    expect(on('He said a vote is scheduled for April 3.')).toEqual([{ iso: '2024-04-03', surface: 'April 3' }]);
    expect(on('The strike began on November 20.')).toEqual([{ iso: '2023-11-20', surface: 'November 20' }]);
  });

  it('reads the future in a timetable verb, a passive after "would" and a contracted "will" (tense.yml)', () => {
    expect(on('The governor-elect takes office on January 20.', '2024-12-10')).toEqual([{ iso: '2025-01-20', surface: 'January 20' }]);
    expect(on('The new levy comes into force on 1 January.', '2024-12-10')).toEqual([{ iso: '2025-01-01', surface: '1 January' }]);
    expect(on('He said the accord would be signed on Thursday.')).toEqual([{ iso: '2024-03-14', surface: 'Thursday' }]);
    expect(on('They’ll vote on Thursday.')).toEqual([{ iso: '2024-03-14', surface: 'Thursday' }]);
    expect(on('Pilots due to resume flights on Wednesday met the board.')).toEqual([{ iso: '2024-03-13', surface: 'Wednesday' }]);
  });

  it('reads a month or weekday name written in lower case as an ordinary word', () => {
    expect(on('The envoy sat with the farmers before a march to the depot under the midday sun.')).toEqual([]);
    expect(on('The pickets sat outside the depot on Friday.')).toEqual([{ iso: '2024-03-08', surface: 'Friday' }]);
    // an abbreviation alone is a name; beside a day it is a date
    expect(on('The Sun in Vessa and the Mon villages reported floods.')).toEqual([]);
    expect(on('The fair opened on Wed, March 6.')).toEqual([{ iso: '2024-03-06', surface: 'Wed, March 6' }]);
  });

  it('gives a date in apposition to a relative day or a weekday that same day', () => {
    expect(on('Tomorrow, 1 January, the toll on the Brenvik bridge doubles.', '2024-12-31')).toEqual([
      { iso: '2025-01-01', surface: 'Tomorrow' },
      { iso: '2025-01-01', surface: '1 January' },
    ]);
    expect(on('Voters in Marstal go to the polls today, 10 March.').map((d) => d.iso)).toEqual(['2024-03-10', '2024-03-10']);
    // a list of dates is no apposition: each leans to the past on its own
    expect(on('Floods struck on March 2, April 3 and May 5.').map((d) => d.iso)).toEqual(['2024-03-02', '2023-04-03', '2023-05-05']);
  });

  it('reads a date inside a name as no date: a modifier after an article, a month as a first name', () => {
    expect(on('Leaders of the 9 November Alliance met in Tiber.')).toEqual([]);
    expect(on('An October 3 Movement activist was detained.')).toEqual([]);
    expect(on('Epidemiologist August Varela and nurse June Okafor said the ward was full.')).toEqual([]);
    // a date before a place or a title stays a date
    expect(on('The 2 March Tiber summit ended early.')).toEqual([{ iso: '2024-03-02', surface: '2 March' }]);
    expect(on('On March 4 Prime Minister Olsen spoke.')).toEqual([{ iso: '2024-03-04', surface: 'March 4' }]);
    expect(on('In May Parliament voted.')).toEqual([{ iso: '2023-05', surface: 'May' }]);
    expect(on("Thousands joined the Farmers' March and the Long March reunion in Vessa.")).toEqual([]);
    expect(on('Mayor Olsen Monday said the dam held.')).toEqual([{ iso: '2024-03-04', surface: 'Monday' }]);
    // with no article, the name's last word right after the date; but "on" is of a day
    expect(on('Crowds filled 9th of November Square and marched to Vessa.')).toEqual([]);
    expect(on('On 4 March Parliament voted.')).toEqual([{ iso: '2024-03-04', surface: '4 March' }]);
  });

  // [sentence, the date's ISO day, its surface]; published Sunday 2024-03-10
  const near: [string, string, string][] = [
    // deferral verbs (tense.yml): the new day is near the publication day, a weekday the coming one
    ['The tribunal adjourned the hearing until March 28.', '2024-03-28', 'March 28'],
    ['The ballot has been pushed back to 4 March.', '2024-03-04', '4 March'],
    ['The launch was postponed to Friday.', '2024-03-15', 'Friday'],
    // a present-tense clause: near; a state that lasts until a day: ahead
    ['The filing deadline is April 30.', '2024-04-30', 'April 30'],
    ['The new quotas apply from 1 May.', '2024-05-01', '1 May'],
    ['From 1 June onwards the levy applies to every lorry.', '2024-06-01', '1 June'],
    ['Growers must register by 15 April.', '2024-04-15', '15 April'],
    ['The pasture lease runs until 31 January.', '2025-01-31', '31 January'],
    ['Polls in Vessa are slated for October.', '2024-10', 'October'],
    ['The runoff takes place on 12 May.', '2024-05-12', '12 May'],
    ['The grazing permit, valid until 30 April, was renewed.', '2024-04-30', '30 April'],
    ['Bids can be submitted until 15 April.', '2024-04-15', '15 April'],
    ['Growers have until 30 June to register.', '2024-06-30', '30 June'],
    ['The guild has approved the rules on 20 March.', '2023-03-20', '20 March'],
    // past: the old day before a deferral, a past verb, a weekday in a present-tense clause
    ['The launch, planned for April 2, was postponed.', '2023-04-02', 'April 2'],
    ['From 1 June onwards the levy applied to every lorry.', '2023-06-01', '1 June'],
    ['The accord is the fruit of talks on Thursday.', '2024-03-07', 'Thursday'],
    // a present verb governs only a date near it, outside a noun phrase, with no participle between
    ['The levy is the result of the November 4 floods.', '2023-11-04', 'November 4'],
    ['There are 40 sailors seized on 5 April still aboard.', '2023-04-05', '5 April'],
    // a past verb before the date governs it, whatever future comes after; an adjective in -ed does not
    ['The union said Monday it will strike.', '2024-03-04', 'Monday'],
    ['The envoy landed on Tuesday and will fly home soon.', '2024-03-05', 'Tuesday'],
    ['The delayed regatta on Tuesday will start at noon.', '2024-03-12', 'Tuesday'],
    // a commitment to act, and looking forward to something, speak of a day ahead; "agreed to a truce" does not
    ['The two mayors agreed to meet again on 2 April.', '2024-04-02', '2 April'],
    ['The guild threatened to strike on 20 March.', '2024-03-20', '20 March'],
    ['The envoy looks forward to the polls on 20 December.', '2024-12-20', '20 December'],
    ['The clans agreed to a truce on 2 February.', '2024-02-02', '2 February'],
    // a future seen from the past ("was set to", "had been expected") is no future of the publication day
    ['The tribunal was set to rule on Friday but adjourned.', '2024-03-08', 'Friday'],
    ['A verdict had been expected on 4 March.', '2024-03-04', '4 March'],
    // a date that opens its clause before a comma belongs to the clause after it
    ['On 20 March, the two mayors will meet in Vessa.', '2024-03-20', '20 March'],
    ['On 20 March, the two mayors met in Vessa.', '2023-03-20', '20 March'],
    ['The pact, signed on 20 March, will take effect soon.', '2023-03-20', '20 March'],
    // "the next day" counts from the story's day, not the publication day
    ['The dam cracked on 2 March and the valley flooded the next day.', '2024-03-02', '2 March'],
  ];
  it.each(near)('reads the tense of the clause: %s', (sentence, iso, surface) => expect(on(sentence)).toEqual([{ iso, surface }]));

  it('reads "from 1 May" as a day, not an hour', () => {
    expect(on('Fares rose from 2 February.')).toEqual([{ iso: '2024-02-02', surface: '2 February' }]);
  });

  it('reads dotted dates day first, and a part of a month as the month', () => {
    expect(on('The board met on 04.02.2024 in Tiber.')).toEqual([{ iso: '2024-02-04', surface: '04.02.2024' }]);
    expect(on('Stocks ran low at the end of February.').map((d) => d.iso)).toEqual(['2024-02']);
  });

  it('reads "last", "next" and "this" before a month alone', () => {
    // published 2024-03-10
    expect(on('Vessa held a referendum last March and will hold another next March.').map((d) => d.iso)).toEqual(['2023-03', '2025-03']);
    expect(on('Prices fell last February and this April.').map((d) => d.iso)).toEqual(['2024-02', '2024-04']);
  });

  it('reads a recurring day as no date', () => {
    expect(on('The market in Vessa opens every Tuesday and each Friday.')).toEqual([]);
  });

  it('gives a month alone month precision and keeps explicit years', () => {
    expect(on('Inflation rose in December.')).toEqual([{ iso: '2023-12', surface: 'December' }]);
    expect(on('The attack of June 4, 2021, changed everything.')).toEqual([{ iso: '2021-06-04', surface: 'June 4, 2021' }]);
  });

  it('treats durations as no dates, and today as the publication day', () => {
    expect(on('The truce will last six weeks and talks go on over the coming days.')).toEqual([]);
    expect(on('Ten days after the vote, nothing changed.')).toEqual([]);
    expect(on('The minister arrived today.')).toEqual([{ iso: '2024-03-10', surface: 'today' }]);
  });

  it('gives a range its first and its last day, each named by its side', () => {
    expect(on('The envoys conferred in Varnholt during 4-6 February 2023.')).toEqual([
      { iso: '2023-02-04', surface: '4' },
      { iso: '2023-02-06', surface: '6 February 2023' },
    ]);
    expect(on('The fair ran from November 12 to 15 in Pellaro.')).toEqual([
      { iso: '2023-11-12', surface: 'November 12' },
      { iso: '2023-11-15', surface: '15' },
    ]);
    expect(on('The relief window runs from July 1, 2023 to June 30, 2024.')).toEqual([
      { iso: '2023-07-01', surface: 'July 1, 2023' },
      { iso: '2024-06-30', surface: 'June 30, 2024' },
    ]);
  });

  it('gives a run of weekdays its first and last day', () => {
    // published Sunday 2024-03-10
    expect(on('The Vessa fair ran from Thursday to Saturday.').map((d) => d.iso)).toEqual(['2024-03-07', '2024-03-09']);
    expect(on('The Vessa fair will run from Friday to Monday.').map((d) => d.iso)).toEqual(['2024-03-15', '2024-03-18']);
  });

  it('reads a slashed date day first when that reading is nearer the publication day', () => {
    expect(on('The notice is dated 08/03/2024.').map((d) => d.iso)).toEqual(['2024-03-08']);
    expect(on('The notice is dated 03/09/2024.').map((d) => d.iso)).toEqual(['2024-03-09']);
  });

  it('gives a range of months its first and last month', () => {
    expect(on('The grazing season runs from April through June.')).toEqual([
      { iso: '2024-04', surface: 'April' },
      { iso: '2024-06', surface: 'June' },
    ]);
  });

  it('reads digits and a slash without a year as no date', () => {
    expect(on('The 7/7 inquiry resumed; turnout reached 2/3 on the island.')).toEqual([]);
  });

  it('gives a bare day coordinated with a date the same month', () => {
    expect(on('Inspectors visited the dam between 2 and 5 February.').map((d) => d.iso)).toEqual(['2024-02-02', '2024-02-05']);
    expect(on('Inspectors visited the dam between February 2 and 5.').map((d) => d.iso)).toEqual(['2024-02-02', '2024-02-05']);
    expect(on('Polls will open on 14 and 15 March.').map((d) => d.iso)).toEqual(['2024-03-14', '2024-03-15']);
    // a count after the date is no day
    expect(on('On February 3 and 5 villagers were hurt.').map((d) => d.iso)).toEqual(['2024-02-03']);
  });

  it('names dates for pages', () => {
    expect(dateName('2024-08-25')).toBe('August 25, 2024');
    expect(dateName('2024-07')).toBe('July 2024');
  });
});
