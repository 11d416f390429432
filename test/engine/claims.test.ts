import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { findClaims } from '../../src/engine/claims';
import { buildDocument } from '../../src/engine/document';
import { scanQuotes } from '../../src/engine/quotes';
import type { Claim, Quote } from '../../src/engine/types';

/** Claims from the engine's own quote scan, with no speakers or people: the claim rules alone. */
function claims(text: string): Claim[] {
  const doc = buildDocument(text);
  const quotes: Quote[] = scanQuotes(text, doc.paragraphs).quotes.map((q) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: 'speech',
    speaker: null,
    cue: null,
  }));
  return findClaims(doc, quotes, []);
}

const only = (text: string): Claim => {
  const found = claims(text);
  assert.equal(found.length, 1, `expected one claim in: ${text}\ngot: ${JSON.stringify(found.map((c) => c.text))}`);
  return found[0];
};
const triggerWords = (c: Claim) => c.triggers.map((t) => t.text);

describe('findClaims', () => {
  it('finds nothing in empty text', () => {
    assert.deepEqual(claims(''), []);
    assert.deepEqual(claims('\n\n'), []);
  });

  describe('one category each', () => {
    it('single source, naming it', () => {
      const c = only('The ceasefire collapsed on Sunday, according to the state broadcaster RTS.');
      assert.equal(c.category, 'single-source');
      assert.equal(c.source, 'RTS');
      assert.match(c.reason, /the state broadcaster RTS alone/);
      assert.match(c.reason, /state media/);
      assert.deepEqual(triggerWords(c), ['according to']);
    });

    it('unconfirmed', () => {
      for (const text of [
        'The footage could not be independently verified.',
        'It is unclear whether the two men were armed.',
        'There was no immediate confirmation from the ministry.',
      ]) assert.equal(only(text).category, 'unconfirmed', text);
    });

    it('allegation, with who makes it', () => {
      const c = only('Prosecutors accused the former mayor of taking bribes from a developer.');
      assert.equal(c.category, 'allegation');
      assert.equal(c.source, 'prosecutors');
      assert.deepEqual(triggerWords(c), ['accused', 'of']);
      assert.equal(only('The driver was charged with dangerous driving.').category, 'allegation');
      assert.equal(only('The money was allegedly moved through a shell company.').category, 'allegation');
      // The name in apposition before the verb makes it, not the object after it.
      assert.equal(only('Labour’s shadow chancellor, Rachel Reeves, accused the government of crashing the economy.').source, 'Rachel Reeves');
      assert.equal(only('Ellison, of Harrogate, denied the charges.').source, 'Ellison');
    });

    it('denial, but not a refusal', () => {
      const c = only('The company denied the allegations in a statement on Friday.');
      assert.equal(c.category, 'denial');
      assert.equal(c.source, 'the company');
      assert.equal(only('The ministry rejected the claims as baseless.').category, 'denial');
      assert.equal(only('The report was denied by the ministry.').source, 'the ministry');
      assert.deepEqual(claims('She was denied bail and remanded in custody.'), []);
      assert.deepEqual(claims('The council denied the family a permit for the extension.'), []);
      // A clause with a noun phrase for its subject is denied; people a relative clause describes are refused.
      assert.equal(only('The M23 denied its forces had arrived at the camp.').category, 'denial');
      assert.deepEqual(claims('The consulate denied visas to people who were ill.'), []);
    });

    it('no allegation left to check once the sentence says it was admitted or proved, or names no one', () => {
      assert.deepEqual(claims('Jones was charged with contempt of court and pleaded guilty at the crown court.'), []);
      assert.deepEqual(claims('The editor was found guilty of publishing the alleged victim’s name.'), []);
      assert.deepEqual(claims('“The court can sit in private only where a person has been charged with an offence,” she said.'), []);
      assert.equal(only('Jones was charged with contempt of court on Monday.').category, 'allegation');
    });

    it('no immediate comment, and what the copy says is not known or was not clear', () => {
      for (const text of ['Police could not immediately comment on the clashes.', 'The council could not immediately be reached for comment.', 'The ministry did not immediately comment.', 'It wasn’t clear how many rangers were hurt.', 'It’s not known at this stage whether the van was insured.'])
        assert.equal(only(text).category, 'unconfirmed', text);
    });

    it('an arrest or a charge with the one accused between, a count of people, a law booked under', () => {
      assert.equal(only('Rangers arrested three men for smuggling a leopard skin.').category, 'allegation');
      assert.equal(only('Five people were charged with trying to export the horns.').category, 'allegation');
      assert.equal(only('Detectives have charged a 19-year-old man in connection with the scam.').category, 'allegation');
      assert.equal(only('The two men were booked under the Wildlife Act.').category, 'allegation');
      assert.deepEqual(claims('Police arrested him for the first time in 2010.'), []);
      assert.deepEqual(claims('People charged with theft are bailed.'), []);
      assert.deepEqual(claims('The winger was booked for a late tackle.'), []);
    });

    it('a news report as the only source: an outlet that reported it, or reports no one is named for', () => {
      const named = only('The Harbour Times reported that more than 400 residents had been moved from their homes.');
      assert.equal(named.category, 'single-source');
      assert.equal(named.source, 'Harbour Times');
      assert.equal(only('Earlier it was reported that more than 300 homes were without power.').category, 'anonymous');
      assert.equal(only('Some reports said the governor had refused to meet the delegation.').category, 'anonymous');
      // Someone reporting a crime, or a report the copy names in full, is not the story resting on a report.
      assert.deepEqual(claims('She reported the theft to police on Monday.'), []);
      assert.deepEqual(claims('The network’s correspondent Maria Lindqvist reported that the shelling had stopped.'), []);
    });

    it('more ways of saying it: accusations at length, criticism for a deed, passive and plural rejections, hedges', () => {
      const cases: [string, string][] = [
        ['At a press conference, Ruiz accused the transport minister in the coalition government of “hiding the true cost” of the line.', 'allegation'],
        ['The opposition criticised the premier for sacking his deputy while protecting ministers linked to the scandal.', 'allegation'],
        ['The health minister said the opposition was trying to mislead the public.', 'allegation'],
        ['The claim that crews used their own cars is absolutely refuted by the ambulance service.', 'denial'],
        ['The party dismissed both charges as laughable.', 'denial'],
        ['It appears the gunman knew the victim.', 'hedged'],
        ['The site could, it is feared, become a landfill.', 'hedged'],
        ['She did not specify who the leaders were or when they travelled.', 'unconfirmed'],
      ];
      for (const [text, category] of cases) assert.equal(only(text).category, category, text);
    });

    it('details held back, reports called wrong in passing, claims with no “that”, commentators', () => {
      const cases: [string, string][] = [
        ['Her name and condition were not immediately released.', 'unconfirmed'],
        ['The minister declined to point to any particular group.', 'unconfirmed'],
        ['He refused to give details when asked which flight they were on.', 'unconfirmed'],
        ['The firm added that it is not yet able to provide an update on the cost of the disaster.', 'unconfirmed'],
        ['Customers should ignore the recent incorrect media reports about the timetable.', 'denial'],
        ['“Speculation to the contrary is baseless and irresponsible,” the company said.', 'denial'],
        ['Residents have objected to the scheme, claiming it has led to theft and drug use.', 'allegation'],
        ['Other commentators have said the two words look uncomfortable together.', 'anonymous'],
        ['The former sheriff and two aides face a 13-count indictment over the jail contract.', 'allegation'],
        ['The mayor, however, said that is just not the case.', 'denial'],
        ['Jones said the row had nothing to do with his decision to move the prisoners.', 'denial'],
        ['The chief executive was tight-lipped about the reasons for his resignation.', 'unconfirmed'],
      ];
      for (const [text, category] of cases) assert.equal(only(text).category, category, text);
      assert.deepEqual(claims('The champion claimed the title for a third year.'), []);
    });

    it('no claim where the words only look like one', () => {
      for (const text of [
        // A sentence passed, an admission, an objection that is no denial of a report, a person's own learning.
        'Prosecutors said the judge sentenced Hale to ten years for a scheme through which he stole from advertisers.',
        'He later admitted that was untrue.',
        'Mr Smith said: “This application is wrong on every level.”',
        'The minister said he had been shocked by failings he has learned about since taking office.',
        'He jailed the sister of one accused for four days and the mother of the other accused for a week.',
      ]) assert.deepEqual(claims(text).map((c) => c.category), [], text);
    });

    it('denial without the word: a report called untrue, “never” about one’s own words or deeds, “denied knowing”', () => {
      for (const text of [
        'A spokeswoman for the council said this was not true.',
        'He said the newspaper report is completely wrong and baseless.',
        '“The references to me in the draft minutes are not an accurate reflection of the tapes,” she said.',
        'Okafor said the row over his remarks was exaggerated.',
        '“I never said the suspects were foreigners,” the inspector said.',
        'Mendes said he had never offered himself for the post.',
        'The minister denied knowing why the adviser was dismissed.',
        'The former footballer denied he was violent towards his wife.',
        'The actor testified that he never hit his former wife.',
        'The search firm said the commission’s decision was “wrong” and it would appeal.',
        'The grocer’s boss immediately hit back, saying the ruling takes £1 billion out of customers’ pockets.',
        'The broadcaster has not admitted to any wrongdoing.',
      ]) assert.equal(only(text).category, 'denial', text);
      assert.equal(only('The search firm said the commission’s decision was “wrong” and it would appeal.').source, 'the search firm');
      assert.equal(only('“The firm abused its dominant position,” the commissioner said.').category, 'allegation');
      // Nothing is denied: a plain negative, a fact called wrong by its writer's own measure, a "never" of experience.
      assert.deepEqual(claims('The bridge was not open on Sunday.'), []);
      assert.deepEqual(claims('“I have never seen rain like it,” said Ana Ruiz, a farmer.'), []);
      assert.deepEqual(claims('The lights were on the wrong side of the road.'), []);
    });

    it('anonymous sources', () => {
      for (const text of [
        'Two officials familiar with the talks said a deal was close.',
        'A deal is close, officials said.',
        'Sources told the newspaper that the minister would resign.',
        'The plan was approved last week, said a person who asked not to be named.',
        'He left the lunch early and said little, according to an attendee.',
        'Three former Podesta employees said disagreements broke out within the firm.',
      ]) assert.equal(only(text).category, 'anonymous', text);
      // A question cites no one.
      assert.deepEqual(claims('“Christmas is a time of goodwill – has anyone told the Tory party?” he asked.'), []);
    });

    it('hedged', () => {
      for (const text of [
        'The minister is believed to have left the country.',
        'The rebels reportedly seized two villages overnight.',
        'The new pipeline could double exports to Europe.',
        'For years the bank has been seen as the lender of last resort.',
      ]) assert.equal(only(text).category, 'hedged', text);
    });

    it('figures with no source', () => {
      const c = only('More than 40,000 people attended the rally, one of the largest in the city’s history.');
      assert.equal(c.category, 'unsourced-figure');
      assert.deepEqual(triggerWords(c), ['More than 40,000', 'one of the largest']);
      assert.equal(only('Unemployment fell to 4.2 percent in March.').category, 'unsourced-figure');
      assert.deepEqual(triggerWords(only('It was the deadliest attack on the city since 2015.')), ['deadliest attack on the city since 2015']);
      assert.equal(only('It was the largest protest in the country’s history.').category, 'unsourced-figure');
      assert.deepEqual(claims('The biggest city in Texas is Houston.'), []);
    });
  });

  it('names the source the grammar gives: the agent of a passive, a name in apposition, a named report', () => {
    const accused = only('The senator was accused by two former aides of misusing campaign funds.');
    assert.equal(accused.category, 'allegation');
    assert.equal(accused.source, null, 'unnamed aides are no source, and the accused is not the accuser');
    assert.equal(only('The party’s spokesman, John Smith, accused the mayor of misusing campaign funds.').source, 'John Smith');
    const report = only('The plant closed in May, according to an NBC report.');
    assert.equal(report.category, 'single-source');
    assert.equal(only('The plant closed in May, according to a report.').category, 'anonymous');
  });

  it('tells a charge from a task and an accusation from a defence', () => {
    const charged = only('Prosecutors charged him with murder.');
    assert.equal(charged.category, 'allegation');
    assert.equal(charged.source, 'prosecutors');
    const text = [
      'She moved here to lead a group charged with beautifying downtown.',
      'Senator Jones insists he is returning to the Senate unchanged.',
      'Now both candidates will face his false claims that he speaks for working people.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('does not take comparisons, generic "you could", relative clauses, attributed forecasts or hypothetical speakers for claims', () => {
    const text = [
      'Older voters were more likely to turn out than younger ones, the survey found.',
      'If you were hiring, you would want the hardest test you could get.',
      'It was a speech that could move a crowd to tears.',
      'Reporters asked which states he could win.',
      'Cruz could help turn out the base in New Hampshire, his allies have suggested.',
      'I think fewer people would say they want him now.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('leaves plain facts, sourced figures and the ordinary numbers of news alone', () => {
    const text = [
      'The bridge will reopen on Monday, the transport minister said.',
      'The school was founded in 1998 and has 600 pupils.',
      'Sweden beat South Korea 1 – 0, with a penalty in the 65th minute.',
      'The winners took home $ 50,000 and a trophy.',
      'She could not open the door.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('reads quotations as the speaker’s words: opinion, forecasts and their own figures are not claims', () => {
    const text = [
      '“This is a great day for the city,” the mayor said.',
      '“It could collapse at any moment,” he said.',
      '“We sold more than 40,000 tickets,” she said.',
    ].join('\n');
    assert.deepEqual(claims(text), []);
  });

  it('takes a quotation that accuses someone, or rests on someone unnamed', () => {
    assert.equal(only('“He lied to the council for years,” said Ms Jones.').category, 'allegation');
    assert.equal(only('“Someone told me the files had been destroyed,” she said.').category, 'anonymous');
  });

  it('skips the dateline and captions, and reads a headline only for what it charges or hedges', () => {
    const text = [
      '# Officials accused of cover-up over hospital deaths',
      'Monday, March 5, 2007',
      'Image: Reuters.',
      'The inquiry opened on Monday in the presence of the families.',
    ].join('\n\n');
    assert.deepEqual(claims(text).map((c) => [c.text, c.category]), [['Officials accused of cover-up over hospital deaths', 'allegation']]);
    assert.deepEqual(claims('Officials accused of cover-up over hospital deaths\nThe inquiry opened on Monday in the presence of the families.').map((c) => c.category), ['allegation']);
    // A headline's figures and sources sum up the copy, which gives them.
    assert.deepEqual(claims('Millions of people watch total eclipse across the US\n\nThe eclipse crossed the country from coast to coast, the agency said.').map((c) => c.text), []);
    assert.deepEqual(claims('Minister says the army will send $2.3 billion more in aid\n\nThe aid was announced on Friday.').map((c) => c.text), []);
  });

  it('gives one claim per sentence under the weightiest category, naming the others and every trigger', () => {
    const c = only('Officials accused the rebels of shelling the town, but it is unclear whether anyone was hurt.');
    assert.equal(c.category, 'allegation');
    assert.match(c.reason, /unclear whether/);
    assert.ok(triggerWords(c).includes('accused'));
    assert.ok(triggerWords(c).includes('unclear whether'));
  });

  it('gives spans that slice back to their text', () => {
    const text = 'Intro line.\nThe rebels reportedly seized two villages overnight. Unemployment fell to 4.2 percent in March.';
    const found = claims(text);
    assert.equal(found.length, 2);
    for (const c of found) {
      assert.equal(text.slice(c.start, c.end), c.text);
      for (const t of c.triggers) assert.equal(text.slice(t.start, t.end), t.text);
    }
  });

  it('keeps a claim’s id when the text around it changes, and tells repeats apart', () => {
    const sentence = 'The rebels reportedly seized two villages overnight.';
    const a = only(sentence);
    const b = claims(`The talks resumed on Monday.\n\n   Both sides met in Geneva.  ${sentence}`).find((c) => c.text === sentence);
    assert.equal(b?.id, a.id);
    assert.notEqual(only('The rebels reportedly seized three villages overnight.').id, a.id);
    const twice = claims(`${sentence}\n${sentence}`);
    assert.equal(twice.length, 2);
    assert.notEqual(twice[0].id, twice[1].id);
  });
});

describe('unnamed sources beyond "officials" and "sources"', () => {
  it('takes people described by what they do, in the plural or after an indefinite article, as unnamed', () => {
    for (const text of [
      'Currency strategists warned that the bank had run out of room.',
      'Several backbenchers claimed the minister was hiding the audit.',
      'Two paramedics told the radio station that the ward was full.',
      'Four traders and one pension-fund shareholder told the paper they blamed the chairman.',
      'Two of the traders and the shareholder also said the merger had hurt the price.',
      'A senior prison officer told the agency the blaze was started deliberately.',
    ]) assert.equal(only(text).category, 'anonymous', text);
  });

  it('reads past a fronted adverbial to the subject, and "they" back to an unnamed group opening the sentence', () => {
    assert.equal(only('“Over the summer her MPs said she must go.”').category, 'anonymous');
    assert.equal(only('Officials changed their estimate on Monday - they say 40 homes burned down.').category, 'anonymous');
  });

  it('leaves named people, spokespeople, published researchers, addressees and statements alone', () => {
    const text = [
      'The two leaders said the talks were going well.',
      'Prosecutors said the trial would open in June.',
      'His allies said the senator would run again.',
      'Two officers found the van abandoned.',
      'Union leaders said the strike would go ahead.',
      '“The bins have not been emptied for a month,” said one resident.',
      'A spokeswoman for the council said the road would reopen on Monday.',
      'Researchers say the vaccine is safe for children.',
      '“We are ready,” Maria Lopez told reporters.',
      'Residents’ groups said in a statement that they would appeal the ruling.',
      'She and her colleagues said the lab would stay closed for a week.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('takes hearsay inside a quotation, and the outlet’s own uncounted sources', () => {
    const c = only('“Some of the money went missing – we are told – before the audit began,” the treasurer said.');
    assert.equal(c.category, 'anonymous');
    assert.deepEqual(triggerWords(c), ['we are told']);
    assert.deepEqual(claims('“We were told to leave the building by noon,” she said.'), []);
    assert.equal(only('The factory will close in March, the Gazette can reveal.').category, 'single-source');
    assert.equal(only('The Gazette confirmed from several sources that the factory will close.').category, 'anonymous');
  });

  it('flags every sentence of a quotation whose speaker the article leaves unnamed', () => {
    const found = analyze('“The cargo was never inspected. Nobody signed the forms,” a senior customs officer told the paper.').claims;
    assert.equal(found.length, 2, JSON.stringify(found.map((c) => c.text)));
    assert.ok(found.every((c) => c.category === 'anonymous'));
    assert.match(found[0].reason, /unnamed speaker \(“a senior customs officer”\)/);
    // Each claim's triggers lie in its own sentence: the first names the speaker in its reason, not as a trigger.
    for (const c of found) for (const t of c.triggers) assert.ok(t.start >= c.start && t.end <= c.end, JSON.stringify(t));
    assert.deepEqual(triggerWords(found[0]), ['The cargo was']);
    assert.deepEqual(triggerWords(found[1]), ['a senior customs officer', 'told']);
    assert.deepEqual(analyze('“The cargo was never inspected. Nobody signed the forms,” Maria Lopez told the paper.').claims, []);
  });
});

describe('figures: tolls, superlatives asserted of the subject, market moves', () => {
  it('takes counts of the dead and hurt, before or after the verb, in digits or words', () => {
    assert.deepEqual(triggerWords(only('The earthquake killed 212 people and injured 900 more.')), ['killed 212', 'injured 900']);
    assert.deepEqual(triggerWords(only('At least 85 miners have been killed since the strike began.')), ['At least 85']);
    assert.deepEqual(triggerWords(only('Dozens of pupils were among those killed.')), ['Dozens']);
    assert.deepEqual(triggerWords(only('Forty-two bodies were recovered from the river.')), ['Forty-two']);
  });

  it('leaves small tolls, spans of time and dates alone', () => {
    const text = [
      'Three people were hurt in the crash.',
      'She was married to him for 40 years before he died.',
      'The March 12 deaths of two climbers closed the route.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('takes a superlative asserted of the subject, or measured since the start of something', () => {
    assert.deepEqual(triggerWords(only('The port is the busiest in the region.')), ['the busiest']);
    assert.equal(only('The town saw the heaviest shelling since the start of the war.').category, 'unsourced-figure');
    // …or since an event dated by its year.
    assert.deepEqual(triggerWords(only('The runoff will be held in October, the country’s first since its return to democracy in 1982.')), ['first since its return to democracy in 1982']);
    assert.deepEqual(claims('She has lived there since her marriage in 1982.'), []);
    assert.equal(only('The fund became the best-funded charity in the county.').category, 'unsourced-figure');
    assert.deepEqual(claims('Honesty is the best policy.'), []);
  });

  it('takes a market’s moves given with no source, and leaves them alone with one', () => {
    assert.equal(only('The miner’s shares fell 3.4% on Tuesday.').category, 'unsourced-figure');
    assert.deepEqual(claims('The stock fell 3.4% on Tuesday, according to FactSet data.').map((c) => c.category), ['single-source']);
    assert.equal(only('Unemployment fell to 4.2 percent in March.').category, 'unsourced-figure');
  });

  it('leaves a company’s reported results alone, but not a figure before their verb', () => {
    assert.deepEqual(claims('Revenue rose 8 per cent to $22.1bn.\nNet income fell to $225.2 million in the quarter.\nSales of its best-selling drug climbed 24 percent to $193 million.'), []);
    assert.equal(only('Revenue at the company, which once held a 10 percent share of the market, has been flat.').category, 'unsourced-figure');
  });

  it('leaves a target set (“its goal is to cut it to less than one percent”) alone', () => {
    assert.deepEqual(claims('Its goal is to cut the old browser’s share to less than one percent.'), []);
    assert.equal(only('The old browser’s share fell to less than one percent.').category, 'unsourced-figure');
  });
});

describe('hedges: speculation about who or what was, reported nouns, reduced passives', () => {
  it('takes "could be the …", "may have + participle", "will likely", "the reported …" and "said to have"', () => {
    assert.deepEqual(triggerWords(only('The missing painting could be a forgery.')), ['could be']);
    const carried = only('Divers fear the current may have carried the wreck further out.');
    assert.deepEqual(triggerWords(carried), ['may', 'carried']);
    assert.match(carried.reason, /speculation in the writer's voice/);
    assert.deepEqual(triggerWords(only('The hearing will likely be postponed until spring.')), ['will likely']);
    assert.deepEqual(triggerWords(only('Markets fell after the rumoured resignation of the finance minister.')), ['rumoured resignation']);
    assert.equal(only('A man said to be the gang’s driver was released on bail.').category, 'hedged');
  });

  it('does not let a relative clause after the hedge, or the hedge itself, count as its source', () => {
    assert.equal(only('The coach was reported to have quit before the fans who had claimed he was unhappy marched.').category, 'hedged');
    assert.equal(only('The minister is said to have left the country.').category, 'hedged');
    assert.deepEqual(claims('The minister will resign, her office said, and an election could follow.'), []);
  });

  it('leaves advice, what might have been, reasons given for an action and accounts alone', () => {
    const text = [
      'A spare room may be a good place to start.',
      'The club could have signed him but chose not to.',
      'Turnout was higher than organisers might have hoped.',
      'The detective kept the suspects’ names back over fears it could prejudice the trial.',
      'The firm’s reported profit rose on the year.',
      'Shouting could be heard from the hall.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('unconfirmed wording, records, and refusals in the speaker’s own words', () => {
  it('takes what the story says it does not yet know', () => {
    for (const [text, words] of [
      ['The landlord couldn’t be reached on Friday.', 'couldn’t be reached'],
      ['The bank is not in a position to comment on individual accounts.', 'not in a position to comment'],
      ['It is too early to tell how many homes flooded.', 'too early to tell'],
      ['The ministry said it was awaiting further details from the embassy.', 'awaiting further details'],
      ['The cause of the collapse has not yet been determined.', 'has not yet been determined'],
      ['The regulator refused to explain the delay.', 'refused to explain'],
    ]) {
      const c = only(text);
      assert.equal(c.category, 'unconfirmed', text);
      assert.deepEqual(triggerWords(c), [words], text);
    }
  });

  it('takes names and identities not yet released as unconfirmed, whoever withholds them', () => {
    for (const text of ['No names have been released.', 'Officials have not released the man’s name yet.', 'The identity of the victim has not been released.']) {
      assert.equal(only(text).category, 'unconfirmed', text);
    }
  });

  it('leaves people not released, a speaker’s own “no comment” and refusals of other things alone', () => {
    const text = [
      'Police have not released the two men arrested.',
      '“Ask the council. No comment,” the builder said.',
      'The hostages have not been released.',
      'She refused to give interviews after the verdict.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('takes a transcript or a recording as the record, not a single source', () => {
    const text = [
      'The chairman put the slump down to the weather, according to a transcript of the call.',
      'A recording obtained by the station shows the coach swearing at referees.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
    assert.equal(only('A letter obtained by the station shows the coach asked for a transfer.').category, 'single-source');
  });

  it('ends the holder of a document before the pronoun that opens the clause (“obtained by the Gazette they were told”)', () => {
    const c = only('In a letter obtained by the Gazette they were told on Friday that the club would fold.');
    assert.equal(c.source, 'Gazette');
    assert.match(c.reason, /only by the Gazette\./);
  });

  it('skips a caption run into the copy up to its photo credit, and reads the copy after it', () => {
    const text = 'The mayor, who declined to comment, at the library opening. ― Picture by Jane DoeRIVERTON, May 3 — Officials have refused to explain why the fair was cancelled.';
    const c = only(text);
    assert.equal(c.text, 'RIVERTON, May 3 — Officials have refused to explain why the fair was cancelled.');
    assert.equal(c.category, 'unconfirmed');
  });
});

describe('accusations carried by a plain verb of saying', () => {
  it('takes wrongdoing in reported speech, on the word of whoever says it', () => {
    const shoved = only('A shop owner says she was shoved by a security guard.');
    assert.equal(shoved.category, 'allegation');
    assert.deepEqual(triggerWords(shoved), ['shoved']);
    assert.equal(shoved.source, 'a shop owner');
    const books = only('The auditor said staff had falsified the accounts to hide the losses.');
    assert.equal(books.category, 'allegation');
    assert.equal(books.source, 'the auditor');
    assert.equal(only('The union said the figures were misleading.').category, 'allegation');
  });

  it('takes an agent’s crime or abuse on someone’s word, before or after the verb of saying', () => {
    const stabbed = only('Police said the suspect stabbed the man several times before fleeing.');
    assert.equal(stabbed.category, 'allegation');
    assert.deepEqual(triggerWords(stabbed), ['stabbed']);
    assert.equal(stabbed.source, 'police');
    assert.equal(only('The suspect shot a man without provocation and walked away, the chief said.').category, 'allegation');
    assert.equal(only('The council said the landlord ignored repeated warnings.').category, 'allegation');
    assert.equal(only('The union said managers had bullied staff for months.').category, 'allegation');
    assert.equal(only('Activists said soldiers opened fire on unarmed protesters.').category, 'allegation');
    assert.equal(only('The minister hit back, saying the opposition is trying to mislead the public.').category, 'allegation');
  });

  it('leaves events, things done to things and one’s own deeds alone', () => {
    const text = [
      'Police said a man was stabbed in the street on Friday night.',
      'She said the storm killed three people.',
      'The manager said his side beat a strong team.',
      'The coach said they attacked well all afternoon.',
      'He said he had ignored the noise around the club.',
      'The governor said recent attacks by bandits had eased.',
    ].join('\n');
    // No one accused: a stabbing or a storm's toll on someone's word is a single source at most.
    assert.deepEqual(claims(text).filter((c) => c.category !== 'single-source').map((c) => c.text), []);
  });

  it('takes laying hands on someone inside a quotation', () => {
    assert.equal(only('“He punched me twice in the car park,” the shopkeeper said.').category, 'allegation');
  });

  it('leaves hands laid on things, and wrongdoing words before the verb of saying, alone', () => {
    const text = [
      'The striker grabbed the headlines with two goals.',
      '“She grabbed the lead on the last lap,” the coach said.',
      'Misleading signs confused drivers on the bypass, the council said.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('denials without a denial verb, doubts that remain, people told apart by order', () => {
  it('takes a claim called untrue', () => {
    assert.equal(only('“That is simply not true,” the minister said.').category, 'denial');
    assert.deepEqual(triggerWords(only('Those figures are simply false, the agency said.')), ['are simply false']);
    assert.deepEqual(claims('If the figures are not accurate, the audit will find it.'), []);
  });

  it('takes what remains unclear or in doubt', () => {
    assert.deepEqual(triggerWords(only('The motive remains unclear.')), ['remains unclear']);
    assert.deepEqual(triggerWords(only('Doubts remain over the pilot’s account.')), ['Doubts remain']);
    assert.deepEqual(triggerWords(only('The cause of the accident was not immediately clear.')), ['was not immediately clear']);
    assert.deepEqual(triggerWords(only('Officials are unsure how many people were aboard.')), ['unsure how']);
    assert.deepEqual(triggerWords(only('The coroner is awaiting the results of tests.')), ['awaiting the results']);
  });

  it('takes counts of people arrested, detained, evacuated or displaced, not days in detention', () => {
    assert.deepEqual(triggerWords(only('Police arrested 45 protesters outside the embassy.')), ['arrested 45']);
    assert.deepEqual(triggerWords(only('At least 60 families were displaced by the flood.')), ['At least 60']);
    assert.deepEqual(claims('He was detained for 12 days.'), []);
    // …and the escaped and the recaptured, on a source's word.
    assert.equal(only('The department said that 61 of the escapees had been rearrested.').category, 'single-source');
    assert.deepEqual(triggerWords(only('Some 69 prisoners escaped from the jail.')), ['Some 69']);
  });

  it('takes an insider told apart by order ("the second council officer") as unnamed', () => {
    assert.equal(only('“It was a mess,” the second council officer said.').category, 'anonymous');
  });
});

describe('names are not verbs, hedges in the writer’s voice only, published records', () => {
  it('reads a capitalised “States” inside a name as no verb of saying', () => {
    assert.deepEqual(triggerWords(only('The rebel army appears to be moving closer to a deal with the United States.')), ['appears to']);
  });

  it('leaves a modal in a clause of purpose alone: what an action was for is no forecast', () => {
    assert.deepEqual(claims('The chairman stayed in the chamber overnight so he could cast the deciding vote.'), []);
    assert.deepEqual(claims('The crew cleared the runway so that the second plane might land.'), []);
    assert.equal(only('The chairman stayed late, and the vote could go either way.').category, 'hedged');
  });

  it('leaves how someone was regarded in the past alone, and keeps the present and widely-held views', () => {
    assert.deepEqual(claims('When the market was booming, the founders were seen as visionaries.'), []);
    assert.deepEqual(claims('The deal won over two members who were viewed as wavering.'), []);
    assert.equal(only('The governor was widely seen as the favourite.').category, 'hedged');
    assert.equal(only('The governor is seen as the favourite.').category, 'hedged');
  });

  it('leaves a timetable or a prognosis (“expected to happen overnight”, “expected to recover”) alone', () => {
    assert.deepEqual(claims('The clerks will read the bill aloud, which is expected to happen overnight.'), []);
    assert.deepEqual(claims('The boy was taken to hospital and is expected to recover.'), []);
    assert.equal(only('The board is expected to reject the offer.').category, 'hedged');
  });

  it('leaves an expectation in the past, someone’s own, or one with no verb alone, and keeps “is today expected”', () => {
    const text = [
      'The smoke was expected to linger over the valley until Thursday.',
      'Tests on the cameras were initially expected to take six weeks.',
      'He said he expected to see many golfers on the course.',
      'Pork prices expected to rise because of swine fever',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => `${c.category}: ${c.text}`), []);
    assert.equal(only('The district council is today expected to grant planning permission.').category, 'hedged');
    assert.equal(only('Such expenses aren’t expected to strain the budget.').category, 'hedged');
  });

  it('takes “…, which may have contributed to …” as a guess at a cause, and leaves appeals for witnesses alone', () => {
    assert.equal(only('Many of the pupils were unvaccinated, which may have contributed to the spread of the virus.').category, 'hedged');
    assert.deepEqual(claims('Police want to hear from anyone who may have seen the van that night.'), []);
  });
});

describe('refusals and anonymity in fewer words', () => {
  it('takes “declined comment” with no “to” as unconfirmed', () => {
    assert.equal(only('The bank declined comment.').category, 'unconfirmed');
    assert.deepEqual(triggerWords(only('A spokesman for the club refused comment on Friday.')), ['refused comment']);
  });

  it('takes “wasn’t immediately released”, “isn’t yet able to provide” as their uncontracted forms', () => {
    assert.equal(only('The driver’s name wasn’t immediately released.').category, 'unconfirmed');
    assert.equal(only('The cause of the fire hasn’t been immediately identified.').category, 'unconfirmed');
    assert.equal(only('The insurer said it isn’t yet able to provide an estimate of the damage.').category, 'unconfirmed');
  });

  it('takes questions left unanswered as unconfirmed', () => {
    assert.equal(only('But the chief didn’t address those questions at the briefing.').category, 'unconfirmed');
    assert.equal(only('The coach declined to answer further questions.').category, 'unconfirmed');
    assert.deepEqual(claims('Founders should answer questions plainly during the pitch.'), []);
  });

  it('takes differing or contradictory versions of events as unconfirmed', () => {
    assert.equal(only('Witnesses have given differing versions of what happened next.').category, 'unconfirmed');
    assert.equal(only('There were contradictory accounts of the fire.').category, 'unconfirmed');
  });

  it('takes “cannot tell if”, “unable to say whether” as a question left open', () => {
    assert.equal(only('The director said he cannot tell if the man was detained in the country.').category, 'unconfirmed');
    assert.equal(only('Officials were unable to say whether the dam would hold.').category, 'unconfirmed');
    assert.deepEqual(claims('“For security reasons I cannot tell you the number,” he said.'), []);
  });

  it('takes what a speaker left unsaid (“without confirming which …”, “without giving any evidence”)', () => {
    assert.equal(only('“It is a trivial matter,” the minister told reporters without confirming which word he used.').category, 'unconfirmed');
    assert.equal(only('The councillor said the three men were local, without giving further details.').category, 'unconfirmed');
    assert.deepEqual(claims('“We will settle this amicably,” he said without elaborating.'), []);
  });

  it('takes anonymity requested or granted, people close to the matter and views held privately as unnamed sources', () => {
    assert.equal(only('The talks stalled on Monday, the official, who requested anonymity, said.').category, 'anonymous');
    assert.equal(only('“People close to the talks tell me the bid is fading,” the presenter said.').category, 'anonymous');
    assert.equal(only('A source close to the family said the funeral would be private.').category, 'anonymous');
    assert.equal(only('Some backbenchers were privately critical of the leader for staying away.').category, 'anonymous');
    assert.deepEqual(claims('The event was a privately organised dinner for the guests.'), []);
    assert.deepEqual(claims('Thousands of people close to the river were moved to higher ground.'), []);
  });

  it('takes a statement, notice or study published on the record as no single source, and keeps an official unnamed', () => {
    assert.deepEqual(claims('Two people were inside the house, according to a statement from the county fire department.'), []);
    assert.deepEqual(claims('The treatment cut hospital stays by a third, according to the study published on Monday.'), []);
    assert.equal(only('Two people were inside the house, according to the fire chief.').category, 'single-source');
  });

  it('takes a person named after “according to” as the attribution news is made of', () => {
    for (const text of ['Two people were inside the house, according to the fire chief, Ann Cole.', 'Two people were inside the house, according to fire chief Ann Cole.', 'According to agronomist Max Ridley, the problem affects many farms.', 'According to Afghan Ambassador to the United States Hamdullah Mohib, the team shows progress.']) {
      assert.deepEqual(analyze(text).claims, [], text);
    }
    assert.equal(analyze('Two people were inside the house, according to the fire chief.').claims[0]?.category, 'single-source');
  });

  it('takes a body named after “according to” as one source, as it does state media, a news agency or police', () => {
    assert.deepEqual(analyze('Breakdowns caused by potholes have risen by a third, according to the AA.').claims.map((c) => c.category), ['single-source']);
    assert.deepEqual(analyze('The ceasefire collapsed, according to the state broadcaster RTS.').claims.map((c) => c.category), ['single-source']);
    assert.deepEqual(analyze('Strike notices went out for two more plants, according to Reuters.').claims.map((c) => c.category), ['single-source']);
    assert.deepEqual(analyze('The three had no weapons at the time, according to police.').claims.map((c) => c.category), ['single-source']);
  });
});

describe('charges before a court', () => {
  it('names no one behind an impersonal “It’s claimed …” (not “Allegation by It’s”)', () => {
    const found = only('It’s claimed raw sewage is being dumped into rivers by the water company.');
    assert.equal(found.category, 'allegation');
    assert.equal(found.source, null);
    assert.doesNotMatch(found.reason, /by It/);
  });

  it('takes no attack by an animal as an allegation (“was attacked by his dog”, “it attacked him”)', () => {
    for (const text of ['Mr Hale said he was attacked by his own dog on Friday morning.', 'Mr Hale said that when he went back outside, it attacked him.']) {
      assert.ok(!analyze(text).claims.some((c) => c.category === 'allegation'), text);
    }
    assert.equal(only('Mr Hale said the suspect attacked him on Friday morning.').category, 'allegation');
  });

  it('takes arrests in connection with a crime, a wanted list, bad faith and irregularities as allegations', () => {
    for (const text of [
      'Two men were arrested in connection with the attack on Saturday.',
      'Police put the former mayor on a wanted list for destroying the monuments.',
      'The judge found the minister may have acted in bad faith.',
      'Observers said the vote was marked by irregularities.',
    ]) assert.equal(only(text).category, 'allegation', text);
  });

  it('takes charges faced with words between, an arraignment and a lawsuit in the passive', () => {
    for (const text of [
      'The former minister is facing multiple corruption charges in two trials.',
      'The singer was arraigned on five counts of fraud in May.',
      'The delivery company was recently sued by one of its own investors.',
    ]) assert.equal(only(text).category, 'allegation', text);
    assert.deepEqual(claims('In this town almost everyone knows someone who has been sued by the hospital.'), []);
  });

  it('reads “pleaded not guilty” as contesting a charge, not settling it', () => {
    assert.equal(only('The driver was charged with manslaughter and pleaded not guilty.').category, 'allegation');
    assert.deepEqual(claims('The driver was charged with manslaughter and pleaded guilty.'), []);
    // With no charge named as one, the plea itself contests the counts.
    assert.equal(only('The actor pleaded not guilty in January to three counts of indecent assault.').category, 'denial');
  });

  it('reads “the alleged victim” as the one who complains, not an accusation', () => {
    assert.deepEqual(claims('Officers have since spoken with the alleged victim.'), []);
    assert.equal(only('Officers have since spoken with the alleged attacker.').category, 'allegation');
  });

  it('takes a claim with a day before its clause, a claim repeated, and claims made by someone', () => {
    for (const text of [
      'The rebel command claimed Sunday that 200 soldiers had been captured.',
      'In parliament he reiterated his claim that the regulator and the ruling party work hand in glove.',
      'The minister responded to claims made by the opposition leader that the port is being sold off.',
    ]) assert.equal(only(text).category, 'allegation', text);
    assert.deepEqual(claims('She responded to the claims in a long interview.'), []);
  });

  it('reads “claims” after an adverb, and before “it’s”, as the verb', () => {
    assert.equal(only('And the tenant also claims it’s a problem that has grown worse for years.').category, 'allegation');
    assert.deepEqual(claims('The asylum claims are processed in the capital.'), []);
  });
});

describe('contested assertions', () => {
  it('leaves a thing upheld (“asserting their commitment”) alone, and keeps a clause asserted', () => {
    assert.deepEqual(claims('Both lawyers traded barbs in court, each asserting their commitment to the truth.'), []);
    assert.equal(only('The lawyer asserted his client had been at home all night.').category, 'allegation');
  });

  it('hears whoever speaks after “In the lawsuit,” or “In court papers,” as one side of the case', () => {
    assert.equal(only('In the lawsuit, Ortega states that the manager made racist remarks to staff.').category, 'allegation');
    assert.equal(only('In court papers, the former aide says the governor ordered the files destroyed.').category, 'allegation');
    assert.deepEqual(claims('In the garden, Ortega says the roses bloomed early this year.'), []);
  });

  it('takes “contends that”, “maintains that” as one side’s case, unless the verb itself is denied', () => {
    assert.equal(only('The union contends that the hospital has proposed changes to the rota.').category, 'allegation');
    assert.equal(only('Islamabad maintains that militants sheltering across the border are behind the raids.').category, 'allegation');
    assert.deepEqual(claims('The ruling stated that the prosecution did not contend that the witness had been identified.'), []);
  });

  it('reads a negated “will” after “insists” as a vow or a forecast, not a denial', () => {
    assert.deepEqual(claims('The opposition leader insists the vote will not go ahead.'), []);
    assert.deepEqual(claims('She insisted she won’t step down before the summer.'), []);
    assert.equal(only('The minister insisted he had not seen the report.').category, 'denial');
  });

  it('reads “it would be wrong to …” as a deed judged, not a claim denied', () => {
    assert.deepEqual(claims('In a statement on the evening news, the mayor said it would be wrong and reckless to close the library.'), []);
    assert.equal(only('The mayor said the report was wrong.').category, 'denial');
  });
});

describe('hearsay in fewer words', () => {
  it('takes “I’m told” and a clause without “that” as hearsay, not an instruction', () => {
    assert.equal(only('“I’m told there were no parties at all,” the minister said.').category, 'anonymous');
    assert.equal(only('“We’ve been told the school will stay shut,” the head said.').category, 'anonymous');
    assert.deepEqual(claims('“We are told to leave at once,” she said.'), []);
    assert.equal(only('“We are told it had to do with a debt,” the neighbour said.').category, 'anonymous');
    assert.deepEqual(claims('“I’m told about it every Friday,” she said.'), []);
  });

  it('takes unnamed people a named speaker brings up in their own words as the speaker’s account, not one informant', () => {
    // (With speakers: analyze, not the rules alone.)
    const categories = (text: string) => analyze(text).claims.map((c) => c.category);
    assert.deepEqual(categories('“People say they find their tribe here,” said Mia Rowe, who runs the club.'), []);
    assert.deepEqual(categories('“Experts predict the market will grow to £3bn by 2030,” said Tom Hale, the firm’s founder.'), []);
    assert.deepEqual(categories('“Someone emailed me today about a tool used to attack the site,” said Tom Hale.'), ['anonymous']);
    assert.deepEqual(categories('“Over the summer her MPs said she must go.”'), ['anonymous']);
  });

  it('takes “we were told”, “I was informed” in the past as an anecdote of what happened, not hearsay', () => {
    assert.deepEqual(claims('“In 1999 we were told that the roof would collapse,” the club secretary said.'), []);
    assert.deepEqual(claims('“Last week I was informed that no-one was coming,” the coxswain said.'), []);
  });

  it('takes news outlets no one names as unnamed sources', () => {
    assert.equal(only('Several news outlets have reported layoffs at the start-up.').category, 'anonymous');
  });

  it('takes firms and banks counted but not named as unnamed sources', () => {
    assert.equal(only('Multiple investment firms told the paper that they had stopped lending to the group.').category, 'anonymous');
    assert.deepEqual(claims('The two firms told regulators about the merger in March.'), []);
  });

  it('reads a plural after a determiner as the noun heading the subject (“Some reports in local media said”)', () => {
    assert.equal(only('Some reports in local media said that the governor had left the country.').category, 'anonymous');
  });

  it('takes “the source” and “the person” on their own as the unnamed source met before', () => {
    assert.equal(only('The source added that the talks had stalled over pay.').category, 'anonymous');
    assert.equal(only('The person said the board would meet again on Friday.').category, 'anonymous');
    assert.deepEqual(claims('The person who found the wallet said she handed it in at once.'), []);
  });

  it('takes a named news outlet closing the sentence as its one source; not agency copy signing itself', () => {
    const agency = only('The two sides will resume talks next week, the Daily Courier newspaper said on Monday.');
    assert.equal(agency.category, 'single-source');
    assert.match(agency.reason, /report alone/);
    assert.equal(only('The bid was worth about $40 a share, KBN reported earlier on Thursday.').category, 'single-source');
    assert.deepEqual(claims('The two sides will resume talks next week, the Courier news agency reports.'), []);
    assert.deepEqual(claims('The firm reported a loss on Thursday.'), []);
  });

  it('takes an outlet that “understands” something as resting on its own unnamed sourcing', () => {
    assert.equal(only('The office, which the Courier understands has lost half its staff this year, is to be merged.').category, 'single-source');
    assert.equal(only('The Courier understands that the mayor will stand down in May.').category, 'single-source');
    assert.deepEqual(claims('Russia understands his country’s security concerns.'), []);
    assert.deepEqual(claims('She understands that the job is hard.'), []);
  });

  it('leaves “there’s always somebody saying …” alone: anyone at all is no source', () => {
    assert.deepEqual(claims('“Whatever we release, there’s always somebody saying the old songs were better,” she said.'), []);
    assert.equal(only('Somebody said the club would fold by the summer.').category, 'anonymous');
  });

  it('leaves “what the media can report” alone: a clause as an object cites no one', () => {
    assert.deepEqual(claims('The order limits what the media can report about the trial.'), []);
    assert.equal(only('Local media reported that the trial had been halted.').category, 'anonymous');
  });

  it('reads a member of a team as an unnamed source, not a member of the public; figures from a named body are sourced', () => {
    assert.deepEqual(analyze('A member of the police team said the villagers were armed.').claims.map((c) => c.category), ['anonymous']);
    assert.deepEqual(analyze('“The plan is wrong,” one member of the public said at the meeting.').claims.filter((c) => c.category === 'anonymous'), []);
    assert.deepEqual(claims('It spoke as figures from Springboard, which measures footfall across the country, showed a 6% decline.'), []);
    assert.equal(only('Footfall fell 6% in the last week.').category, 'unsourced-figure');
  });

  it('reads figures released by a body or named by its initials as sourced; “NEW figures show” names no one', () => {
    assert.deepEqual(claims('Figures released by the Office for National Statistics show that employment has risen by 178,000.'), []);
    assert.deepEqual(claims('The figures from the Office for National Statistics show employment is up by 220,000.'), []);
    assert.deepEqual(claims('ONS figures show employment is up by 220,000.'), []);
    assert.equal(only('NEW figures show employment is up by 220,000.').category, 'unsourced-figure');
  });

  it('reads a benefit or a prize claimed as taken, not said', () => {
    assert.deepEqual(claims('Some people in the town claimed Jobseeker’s Allowance in June.'), []);
    assert.deepEqual(claims('Villagers claimed compensation after the flood.'), []);
    assert.equal(only('Some residents claimed the council had ignored their complaints.').category, 'allegation');
  });

  it('reads “do not accept those who claim …” as a denial, not “did not accept the offer”', () => {
    assert.equal(only('“We do not accept those who claim we are corrupt,” he said.').category, 'denial');
    assert.deepEqual(claims('They did not accept the offer.'), []);
  });

  it('reads counts denied, words never used and failed attempts to get comment; “not fair” denies nothing', () => {
    assert.equal(only('They deny a total of 39 counts of perverting the course of justice.').category, 'denial');
    assert.equal(only('“I have never used those words attributed to me,” he said.').category, 'denial');
    assert.equal(only('Attempts to get comment from the district council spokesperson Jane Moyo were unsuccessful.').category, 'unconfirmed');
    assert.equal(only('Calls to reach the mayor went unanswered.').category, 'unconfirmed');
    assert.deepEqual(claims('Attempts to rescue the boy were unsuccessful.'), []);
    assert.deepEqual(claims('“That is not fair,” said a resident of the town.').filter((c) => c.category === 'denial'), []);
  });

  it('reads unnamed authorities and rescuers, officials “warning that” after “with”, and a toll “if confirmed”', () => {
    assert.equal(only('More than 1,800 were injured, disaster management authorities said.').category, 'anonymous');
    assert.equal(only('Rescuers said it was the baby’s mother.').category, 'anonymous');
    assert.equal(only('Many were trapped under rubble, with officials warning that the toll would rise.').category, 'anonymous');
    assert.equal(only('A spokesman gave a toll that, if confirmed, would make it a grim week.').category, 'unconfirmed');
    // "with one poster writing “…”" quotes an opinion; it makes no claim of its own.
    assert.deepEqual(claims('Critics were angry, with one poster writing “How can people look at both sides?”').filter((c) => c.category === 'anonymous'), []);
  });

  it('leaves timetables and questions alone, and reads a sum run into “million”', () => {
    for (const text of [
      'The wet weather is expected to continue until the weekend.',
      'The new station is now not expected to open until next year.',
      'The electrification project is expected to be completed by May 2017.',
      'Can a smarter phone help the firm in one of the most competitive markets?',
    ]) assert.deepEqual(claims(text), [], text);
    assert.equal(only('The club is expected to win the cup.').category, 'hedged');
    assert.equal(only('They have offered £86million for the striker.').category, 'unsourced-figure');
  });

  it('reads incitement laid at someone’s door in reported speech, and the writer’s “probably” or “perhaps”', () => {
    assert.equal(only('The police chief said some leaders had incited tenants against paying rent.').category, 'allegation');
    assert.equal(only('Perhaps people who get flu shots differ from those who do not.').category, 'hedged');
    assert.equal(only('The pattern probably helped it hide from predators.').category, 'hedged');
  });

  it('leaves “perhaps” inside a sentence alone: one possibility among others, or a description softened', () => {
    const text = [
      'They take part in a craft, perhaps making a costume or baking pancakes.',
      'Then they retire to their tents, or perhaps to a pillow fort in the living room.',
      'Lockdown has brought neighbours together in a way perhaps no other crisis could have.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => `${c.category}: ${c.text}`), []);
  });

  it('reads unanswered calls, silence, innocence maintained, claims called meritless and causes not known', () => {
    for (const [text, category] of [
      ['Calls to the minister’s office were not returned.', 'unconfirmed'],
      ['Messages left for Smith were not returned.', 'unconfirmed'],
      ['The company has not commented publicly.', 'unconfirmed'],
      ['The cause of the fire is not yet known.', 'unconfirmed'],
      ['The terms were not made public.', 'unconfirmed'],
      ['Smith has maintained his innocence.', 'denial'],
      ['The firm said the claims were without merit.', 'denial'],
      ['The department called the report inaccurate.', 'denial'],
      ['Opponents argue the law is unconstitutional.', 'anonymous'],
    ]) assert.equal(only(text).category, category, text);
    for (const text of ['Her phone calls were not answered for days, her mother said.', 'It is not known as a safe area.', 'He said the order covered only children in custody because the size of the policy was unknown at that time.']) assert.deepEqual(claims(text), [], text);
  });

  it('reads shares and multiples in words, beliefs given to no one, links, unnamed reports and rumours', () => {
    for (const [text, category] of [
      ['Nearly half of voters support the plan.', 'unsourced-figure'],
      ['Crime has doubled in the last decade.', 'unsourced-figure'],
      ['The majority of residents oppose the scheme.', 'unsourced-figure'],
      ['Many believe the election was rigged.', 'hedged'],
      ['The drug has been linked to heart problems.', 'hedged'],
      ['There were reports of gunfire in the capital.', 'anonymous'],
      ['Rumours have circulated that the club will be sold.', 'hedged'],
    ]) assert.equal(only(text).category, category, text);
    for (const text of ['He scored in the second half of the match.', 'The majority leader spoke.']) assert.deepEqual(claims(text), [], text);
  });

  it('reads a toll risen to a count, officials’ expectations and “which likely helped”', () => {
    assert.equal(only('Rescue work went on as the death toll rose to at least 270.').category, 'unsourced-figure');
    assert.equal(only('Officials expected the toll to rise as they reach remote areas.').category, 'anonymous');
    assert.equal(only('It had camouflage which likely helped it avoid predators.').category, 'hedged');
    assert.deepEqual(claims('The company expected profits to rise.'), []);
  });

  it('reads denials in so many words, details withheld, investigators’ beliefs and legal action against someone', () => {
    for (const [text, category] of [
      ['“The lawsuit is a sham,” her lawyer said.', 'denial'],
      ['“Of course, we had nothing to hide,” Davis said.', 'denial'],
      ['He said the auditors found no discrepancies in county records.', 'denial'],
      ['“They are absolutely not true,” he said of the reports.', 'denial'],
      ['Smith told the jury: “I didn’t kill Barry Cooper.”', 'denial'],
      ['But Smith told the jury that he had not carried out the attack.', 'denial'],
      ['It is sad that someone would make such false claims, the spokesman said.', 'denial'],
      ['The suspect’s motive is still under investigation.', 'unconfirmed'],
      ['Whether anyone helped him is yet to be determined.', 'unconfirmed'],
      ['Nichols declined to provide any further information about the case.', 'unconfirmed'],
      ['Keefer wouldn’t confirm the identities of the people named.', 'unconfirmed'],
      ['Police believe he acted alone.', 'hedged'],
      ['It was claimed the couple were working on their marriage.', 'hedged'],
      ['Mariah Yeater filed a paternity lawsuit against the singer on Monday.', 'allegation'],
      ['Lawsuits blame the chemicals for a variety of health problems.', 'allegation'],
    ]) assert.equal(only(text).category, category, text);
    assert.deepEqual(claims('“The worst-hit specialties are the ones that were hit hardest in the pandemic – they didn’t carry on then.”'), []);
    for (const text of ['The judge said there was a real risk the public would identify the victim.', 'He had not carried a bag since 2019, she said of the photo.']) {
      assert.deepEqual(claims(text).filter((c) => c.category === 'unconfirmed'), [], text);
    }
  });

  it('names the outlet a document was seen by without the verb after it', () => {
    assert.equal(only('Documents seen by the BBC show the minister knew.').reason, 'Rests on a document seen only by the BBC.');
    assert.equal(only('Papers for the meeting, seen by the Gazette, show the depot will close.').category, 'single-source');
  });

  it('leaves “according to plan” and “according to need” alone, and two sources after “according to”', () => {
    const text = [
      'The work will finish in June if everything goes according to plan.',
      'Tickets are allocated according to need and availability.',
      'According to both the lifeguard association and the YMCA, the problem is very real.',
      'What is going on, according to Reynolds and other analysts, is that buyers cannot afford the cars.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => `${c.category}: ${c.text}`), []);
    assert.equal(only('The bridge will close in June, according to staff.').category, 'single-source');
  });

  it('leaves a place or a person “seen by” someone alone: no paper is seen', () => {
    assert.deepEqual(claims('The missing walker was last seen by his wife on Friday morning.\nThe mural can be seen by the families who visit the ward.'), []);
  });

  it('reads what a lawsuit or the prosecution says someone did as one side’s case, not their opinions or timetables', () => {
    for (const text of ['The suit claims the firm knowingly sold contaminated water.', 'Prosecutors say Smith stabbed the victim twice.', 'The plaintiffs contend the company ignored warnings.']) {
      assert.equal(only(text).category, 'allegation', text);
    }
    for (const text of ['The prosecutor said the sentence was fair.', 'Prosecutors said the trial would start in May.', 'Prosecutors said the case was adjourned until June.']) {
      assert.deepEqual(claims(text), [], text);
    }
  });
});

describe('findClaims on the founding article', () => {
  const text = readFileSync(join(__dirname, '../fixtures/kim-putin-summit.article'), 'utf8');
  const found = analyze(text).claims;
  const claimWith = (words: string) => found.find((c) => c.text.includes(words));

  it('flags the sentences a copy editor would check', () => {
    assert.equal(claimWith('could bolster')?.category, 'hedged');
    const kcna = claimWith('according to North Korean state news agency KCNA');
    assert.equal(kcna?.category, 'single-source');
    assert.equal(kcna?.source, 'KCNA');
    assert.match(kcna?.reason ?? '', /KCNA alone/);
    assert.match(kcna?.reason ?? '', /no immediate confirmation/);
    const accused = claimWith('has accused North Korea of');
    assert.equal(accused?.category, 'allegation');
    assert.match(accused?.reason ?? '', /unclear whether/);
    assert.equal(claimWith('have denied those claims')?.category, 'denial');
    assert.equal(claimWith('has been seen as the power')?.category, 'hedged');
  });

  it('leaves plain sourced facts, quotations, history and pasted debris alone', () => {
    for (const words of [
      'has invited Russian president Vladimir Putin',
      'Mr Kim is due on Thursday',
      'Russia on Thursday said',
      'North Korea was founded in September 1948',
      'courteously invited Putin',
      'Putin repeats Ukraine demands',
      'Opens in new window',
    ]) assert.equal(claimWith(words), undefined, words);
  });
});

describe('the foreign desk: one side’s account set aside, war on one side’s word, those who were there', () => {
  it('takes accusations, numbers and results rejected, or dismissed as false, as denials', () => {
    for (const text of [
      'The foreign ministry spokesman rejected the US accusations against Iran.',
      'But the opposition leader rejected those numbers.',
      'The candidate has rejected as fraudulent the results of the election.',
      'Both governments have dismissed this as a baseless pretext for war.',
      'The latest is the fake statements by the ministry that two shells fell on its territory.',
      'The minister said the report was biased.',
    ]) assert.equal(only(text).category, 'denial', text);
  });

  it('takes strikes and shelling reported by one side as allegations', () => {
    assert.equal(only('Enemy forces have struck a village near the border, wounding one resident, the governor said on Tuesday.').category, 'allegation');
    assert.equal(only('A provincial spokesman said government forces had fired hundreds of artillery shells on two districts.').category, 'allegation');
  });

  it('takes “not possible to verify” as unconfirmed, and survivors and refugees as unnamed sources', () => {
    assert.equal(only('It was not possible to independently verify the incident.').category, 'unconfirmed');
    assert.equal(only('As many as 400 migrants are feared to have drowned, survivors told an aid organisation.').category, 'anonymous');
  });

  it('takes an election called rigged or flawed as an allegation, and a state outlet’s word as single-source', () => {
    assert.equal(only('Mr Sharif was arrested shortly after saying that the polls had been rigged.').category, 'allegation');
    assert.equal(only('“I will not accept the fictionalised results of a flawed election,” he told a news conference.').category, 'allegation');
    const kcna = only('KCNA said the drills were a rehearsal for invasion.');
    assert.equal(kcna.category, 'single-source');
    assert.match(kcna.reason, /state media/);
  });

  it('takes reports rejected as one-sided, “no evidence that”, blame set aside, rebukes, spreading lies and misuse', () => {
    for (const [text, category] of [
      ['But the army spokesman rejected as one-sided the 132-page report.', 'denial'],
      ['Army officials have rejected a Human Rights Watch report on disappearances.', 'denial'],
      ['The company previously said there was no evidence that the drug could cause dementia.', 'denial'],
      ['“We are not responsible for the actions of a corporation that we set up,” he told Channel 2.', 'denial'],
      ['The driver was not to blame, police said.', 'denial'],
      ['The minister received a rebuke from the statistics watchdog for making misleading claims.', 'allegation'],
      ['The minister wants the candidate to stop spreading what he describes as lies.', 'allegation'],
      ['The opposition leader said the government is misusing institutions like the police.', 'allegation'],
      ['It was impossible to independently verify the claims.', 'unconfirmed'],
    ]) assert.equal(only(text).category, category, text);
    assert.deepEqual(claims('The club rejected a bid for the striker.\nParents are responsible for their children.'), []);
  });

  it('takes “claimed” with a clause of its own, or closing the sentence, as an allegation — an account of oneself too', () => {
    assert.equal(only('Speaking at the meeting, he claimed Mr Thomas’ family had been held prisoner in their own home.').category, 'allegation');
    assert.equal(only('The commissioner hardly listened to them before sending them away, they claimed.').category, 'allegation');
    assert.equal(only('It was reported this week that cancer patients were being turned away.').category, 'hedged');
    assert.deepEqual(claims('Liverpool claimed the title on Sunday.\nHe claimed victory after the count.'), []);
    assert.equal(only('He claimed he had been out of the room at the time.').category, 'allegation');
  });

  it('takes “claim” after a plural noun or past an adverb, and the claims an event followed, as allegations', () => {
    assert.equal(only('Tenant groups claim the landlord has ignored repairs for years.').category, 'allegation');
    assert.equal(only('The walkout comes as the nurses claim that managers have cut night staffing.').category, 'allegation');
    assert.equal(only('They further claim that their objections were never read by the panel.').category, 'allegation');
    assert.equal(only('The parade was cancelled after claims the organisers had misused the grant.').category, 'allegation');
    assert.deepEqual(claims('Pensioners can claim help with heating bills.\nThe insurer paid out after claims were made in March.\nFraudsters claim to be from the bank.'), []);
  });

  it('takes someone’s lies and the one responsible for an attack, in a quotation, as allegations', () => {
    assert.equal(only('“He would have to expose his client and her lies at trial,” the lawyer said.').category, 'allegation');
    assert.equal(only('“We are confident the suspect in custody is the person responsible for the deadly shootings,” the department said.').category, 'allegation');
    assert.deepEqual(claims('“Tell no lies,” the coach told his players.\n“She is responsible for the budget,” he said.'), []);
  });

  it('takes “a breach of” and an attempt to suppress on someone’s word as allegations, not a data breach', () => {
    assert.equal(only('The minister said the email was a clear breach of collective responsibility.').category, 'allegation');
    assert.equal(only('The opposition leader said there was an attempt to suppress the vote in urban areas.').category, 'allegation');
    assert.deepEqual(claims('The company said the data breach happened in March.'), []);
  });

  it('takes analysts who “pointed to” something as unnamed sources, and a hedge before “was found” as the writer’s', () => {
    assert.equal(only('Shares slumped 3.5 percent as some analysts also pointed to a disappointing forecast.').category, 'anonymous');
    assert.equal(only('A body believed to be that of a missing walker was found on Sunday.').category, 'hedged');
    // ("pointed" here is the deed police tell of, on their word alone — not a verb of saying.)
    assert.deepEqual(claims('Police said the suspect pointed a gun at officers.').map((c) => [c.category, c.source]), [['single-source', 'police']]);
  });

  it('leaves a standard named by its figure alone: “the 92 per cent national target”', () => {
    assert.deepEqual(claims('Both trusts fell short of the 92 per cent national target.\nThe bank kept to its 2% inflation target.'), []);
    assert.equal(only('Waiting lists grew by 92 per cent last year.').category, 'unsourced-figure');
  });

  it('takes a guess at a size in the writer’s voice as hedged, not a team that could be better', () => {
    assert.equal(only('But even those figures could be low.').category, 'hedged');
    assert.equal(only('The real toll may be much higher.').category, 'hedged');
    assert.deepEqual(claims('The team could be even better next year.'), []);
  });

  it('reads blame laid on a thing, owned or lifted as no allegation; blame laid on someone still is one', () => {
    assert.deepEqual(claims('The bank has blamed dwindling footfall for the move.'), []);
    assert.deepEqual(claims('Parking charges blamed for drop in visitors'), []);
    assert.deepEqual(claims('Frontier took the blame for that.'), []);
    assert.deepEqual(claims('An inquest cleared the doctors of blame for the deaths.'), []);
    assert.equal(only('Residents blamed him for the fire.').category, 'allegation');
    assert.equal(only('He blamed the council for not gritting the path.').category, 'allegation');
  });

  it('reads an open question in a condition as none: “If agreement cannot be reached”, “If you’re unsure whether”', () => {
    assert.deepEqual(claims('If agreement cannot be reached, all options will be considered.'), []);
    assert.deepEqual(claims('If you’re unsure whether to swim, the website lists the latest data.'), []);
    assert.equal(only('It is unclear whether the plan will go ahead.').category, 'unconfirmed');
  });

  it('reads “may” before a plain verb as a possibility granted, not a forecast; “may have” still guesses', () => {
    assert.deepEqual(claims('It may sound like a revolution, but it is anything but.'), []);
    assert.deepEqual(claims('Others may simply abandon the remains altogether.'), []);
    assert.equal(only('The fire may have started in the kitchen.').category, 'hedged');
  });

  it('reads “so people could travel” as a purpose and “could only stand by” as what happened; a result clause still forecasts', () => {
    assert.deepEqual(claims('Farmers cleared roads so people could travel.'), []);
    assert.deepEqual(claims('The vicar could only stand by as the blaze was put out.'), []);
    assert.equal(only('The road is closed, so drivers could face delays.').category, 'hedged');
  });

  it('takes a cause guessed at in the writer’s voice as hedged: “might be due to”, “could be linked to”', () => {
    assert.equal(only('The decline might be due to the cold winter.').category, 'hedged');
    assert.equal(only('The illness could be linked to the spill.').category, 'hedged');
    assert.deepEqual(claims('The payment will be due in March.'), []);
  });

  it('takes a passive forecast in the writer’s voice as hedged: “could be lost”, not what “may be used”', () => {
    assert.equal(only('Several homes on the cliff top could be lost as the erosion worsens.').category, 'hedged');
    assert.equal(only('The dog could also be put down after the attack in the park.').category, 'hedged');
    assert.deepEqual(claims('The hall may be used by local groups on weekday evenings.'), []);
  });

  it('leaves offers turned down, ideas dismissed and false reports in general alone', () => {
    const text = [
      'The club rejected the offer for the striker.',
      'He dismissed the idea as a distraction.',
      'In view of targeted false reports, she pointed to the importance of a credible broadcaster.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('censure in someone’s words: bad conduct or bad faith charged in so many words', () => {
  it('takes a speaker calling someone corrupt, greedy or careless, or saying they failed to pay, as an allegation', () => {
    for (const text of [
      '“The board has been careless with members’ money and failed to protect their savings,” the union leader said.',
      'The shareholders’ leader said the directors of the firm were greedy.',
      '“They have hidden their hypocrisy from voters for years,” she said.',
      'The campaigner said the mayor had failed to pay contractors for six months.',
      '“The contracts were signed without authorisation,” the auditor said.',
    ]) assert.equal(only(text).category, 'allegation', text);
  });

  it('leaves a cause, a charge already laid, a question and the writer’s own words alone', () => {
    const text = [
      'The minister said the fight against corruption would go on.',
      'Her husband is on trial for corruption, the court heard.',
      '“We will support harassment victims,” the mayor said.',
      '“Were you ever asked for a bribe or told of fraud?”',
      'The directors of the firm were greedy.',
      '“The police are not corrupt,” he said.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => `${c.category}: ${c.text}`), []);
  });
});

describe('censure words that class things', () => {
  it('leaves a kind of conduct or of person alone (“reckless driving”, “a selfish driver”), and keeps one charged', () => {
    const text = [
      '“We want to end the culture of reckless driving on these roads,” the mother said.',
      '“He was killed by a selfish driver who knew he would not be caught,” his sister said.',
      'Police said the racist attack would be investigated as a priority.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => `${c.category}: ${c.text}`), []);
    assert.equal(only('“The trust has been reckless with public money,” the councillor said.').category, 'allegation');
    assert.equal(only('Campaigners said the parking rules were discriminatory towards disabled drivers.').category, 'allegation');
  });

  it('leaves “illegal U-turns” and “an unauthorised party” alone, and keeps “unlawfully killed”', () => {
    assert.deepEqual(claims('“Councils need powers to fine illegal U-turns,” the spokesman said.\n“We confirmed that an unauthorised party obtained a copy,” the company said.'), []);
    assert.equal(only('Security forces have unlawfully killed dozens of civilians, the report said.').category, 'allegation');
  });
});

describe('campaigners, reports as a backdrop, refusals and things not learned; blame disclaimed, concessions', () => {
  it('takes campaigners and activists as unnamed sources, and “amid reports that” as reports no one is named for', () => {
    assert.equal(only('Campaigners say a temporary fare cap will not stem the fall in passengers.').category, 'anonymous');
    // …and advocates, left unnamed.
    assert.equal(only('Immigration advocates told the Post that most of those detained were from Mexico.').category, 'anonymous');
    assert.equal(only('Prices are set to fall amid reports that several suppliers will cut tariffs this week.').category, 'anonymous');
  });

  it('takes “we do not comment on speculation” and “couldn’t be learned” as unconfirmed', () => {
    assert.equal(only('A spokesman for the dairy said: “We do not comment on speculation.”').category, 'unconfirmed');
    assert.equal(only('The price of the proposed deal couldn’t be learned.').category, 'unconfirmed');
  });

  it('leaves “who can blame them for …?” and a concession before “but” alone', () => {
    assert.deepEqual(claims('“If farmers keep accepting them, then who can blame the buyers for taking the money?”\nThe year might have started on a good note, but the harvest is poor.'), []);
  });
});

describe('a wire agency cited, a reporter who could not reach someone, a report waved away', () => {
  it('takes “…, Reuters said” as single-source, “unable to reach … for comment” as unconfirmed, and “dismissive about a report” as a denial', () => {
    assert.equal(only('The strike is already the largest since 1980, Reuters said.').category, 'single-source');
    assert.equal(only('The Tribune was unable to reach company leaders for comment on Thursday.').category, 'unconfirmed');
    assert.equal(only('The department was unable to respond with its reaction by publication.').category, 'unconfirmed');
    assert.equal(only('The firm was not able to comment on Friday.').category, 'unconfirmed');
    // How someone acted, not a reply awaited.
    assert.deepEqual(claims('The council did not respond adequately to the warnings.'), []);
    assert.deepEqual(claims('The museum did not respond as fully as it should have.'), []);
    assert.equal(only('The ministry was dismissive about a media report that two units had moved towards the capital.').category, 'denial');
    assert.deepEqual(claims('The minister said it would go ahead.'), []);
  });
});

describe('a public body’s record', () => {
  it('leaves “according to” a department, an agency or a museum alone, but not police, a news agency or a person', () => {
    assert.deepEqual(claims('About half of journeys are made on buses, according to the Department for Transport.\nThe dinosaur lived in the Jurassic, according to the Natural History Museum.'), []);
    // Police telling what happened are one side's account, "said" or "according to".
    assert.equal(only('The three had no weapons at the time, according to police.').category, 'single-source');
    assert.equal(only('Strike notices went out for two more plants, according to the Reuters news service.').category, 'single-source');
    assert.equal(only('Price rises are beginning to slow, according to the boss of the chain.').category, 'single-source');
  });
});

describe('a deal’s announced price', () => {
  it('leaves the price of an acquisition or a transaction alone, but not an offer', () => {
    assert.deepEqual(claims('The deal follows Facebook’s $19 billion acquisition of the service.\nParamount would then acquire Skydance in an all-stock transaction worth around $5 billion.'), []);
    assert.equal(only('The club have offered £86million for the striker.').category, 'unsourced-figure');
  });
});

describe('unnamed people after the verb, and police ranks', () => {
  it('takes words passed on by unnamed people — “by industry insiders”, “cited a source as saying” — and a lieutenant as unnamed sources', () => {
    for (const text of [
      'The idea was dismissed as a stunt by industry insiders.',
      '“I got told by a police officer that it was someone important.”',
      'The celebrity website cited a source as saying the singer had decided to cancel.',
      'The agency has quoted refugees who fled across the border as saying that troops were burning homes.',
      'A Highway Patrol lieutenant says that obviously did not happen.',
    ]) assert.equal(only(text).category, 'anonymous', text);
  });

  it('leaves a named agent, with others or alone, alone', () => {
    assert.deepEqual(claims('The move has been condemned by the NFU and others across the industry.\nThe plan was criticised by Jane Smith.\nHe was told by his doctor to rest.'), []);
  });
});

describe('denials in other words', () => {
  it('takes untrue speculation, no wrongdoing found, pushing back and “not involved in any” as denials', () => {
    for (const text of [
      'The star recently blasted untrue speculation about his relationship.',
      '“There were no wrongdoings found,” the director said.',
      'The mayor’s office has pushed back strongly against these demands.',
      '“To be crystal clear, the Treasury are not involved in any talks.”',
    ]) assert.equal(only(text).category, 'denial', text);
  });

  it('leaves a researcher not involved in a study, and false reports in general, alone', () => {
    assert.deepEqual(claims('The study was fine, said Jane Roe, who was not involved in the study.\nIn view of false reports, she stressed the value of a credible broadcaster.'), []);
  });
});

describe('sources left unnamed, whatever their verb', () => {
  it('takes “another source agreed” and “quoted three unnamed ministers” as anonymous, not a source of water or an unnamed rank that acts', () => {
    for (const text of [
      'Another party source agreed, saying members are getting restless.',
      'One caucus source also expressed frustration with the promotion.',
      'A tabloid story quoted three unnamed Cabinet ministers criticising the chancellor.',
    ]) assert.equal(only(text).category, 'anonymous', text);
    assert.deepEqual(claims('The river is the main source of drinking water for the town.'), []);
    assert.deepEqual(claims('An unnamed Chief Superintendent of Police on Tuesday defied the order to leave the estate.'), []);
  });
});

describe('rejections in plain words', () => {
  it('takes a label that rejects, “total nonsense” and “got nothing to do with me” as denials', () => {
    for (const text of [
      'The treasurer has branded claims that she leaked the budget to a reporter as “total nonsense”.',
      'Asked about the leak, the treasurer said: “That’s total nonsense.',
      '“The board knows it’s got nothing to do with me,” she said.',
    ]) assert.equal(only(text).category, 'denial', text);
    assert.deepEqual(claims('The critic branded the film a triumph of style.'), []);
  });

  it('takes a suggestion rejected or hit back at as a denial, not a team hitting back', () => {
    for (const text of [
      'An hour later the governor hit back at the idea that the state’s laws were an overreach.',
      'The minister rejected the suggestion that she had misled parliament.',
    ]) assert.equal(only(text).category, 'denial', text);
    assert.deepEqual(claims('The visitors hit back at Chelsea with two late goals.'), []);
  });
});

describe('a deed disowned', () => {
  it('takes “had not carried out the attack” and “we did not fire” as denials, not a gun that had not been fired', () => {
    assert.equal(only('He told the jury that he had not carried out the attack.').category, 'denial');
    assert.equal(only('“We did not fire, these are not our shells.”').category, 'denial');
    assert.deepEqual(claims('The gun had not been fired.'), []);
  });
});

describe('still to come: not identified, not yet made public, no comment made', () => {
  it('takes them as unconfirmed, and a name given as nothing', () => {
    for (const text of ['She has not been identified.', 'The biggest cut, not yet made public, is at the dairy.', 'The singer made no comments on his social media platforms.']) assert.equal(only(text).category, 'unconfirmed', text);
    assert.deepEqual(claims('He has been named captain.'), []);
  });
});

describe('fears and possibilities no one is named for', () => {
  it('takes “there are fears …” as hedged, not “there is no possibility”', () => {
    assert.equal(only('There are fears saltwater may be contaminating vital aquifers.').category, 'hedged');
    assert.deepEqual(claims('There is no possibility of a deal.'), []);
  });
});

describe('more censure and charges', () => {
  it('takes hiding from accountability, an inability to deliver, bad behaviour and “charged that” as allegations', () => {
    for (const text of [
      'The spokesperson says the Government is still hiding from accountability.',
      '“The Government has demonstrated its inability to deliver on its promises,” the spokeswoman said.',
      'The singer was banned due to bad behaviour, the bureau said.',
      'On Sunday, the minister had charged that the hawkers were lying.',
      'These lawsuits charge that the firm failed to adequately warn doctors.',
    ]) assert.equal(only(text).category, 'allegation', text);
  });

  it('takes “had not committed the crime” as a denial, and “not yet announced” as unconfirmed', () => {
    assert.equal(only('He had not committed the crime, his lawyer said.').category, 'denial');
    assert.equal(only('The results have not yet been announced.').category, 'unconfirmed');
  });
});

describe('from the sports and courts desks: what was not revealed, a suit closing the sentence, praise and reputations', () => {
  it('takes “no cause … has been revealed” and “did not reveal the date” as unconfirmed', () => {
    assert.equal(only('No cause of death has been revealed.').category, 'unconfirmed');
    assert.equal(only('The league chief did not reveal the date of the hearing.').category, 'unconfirmed');
    // With "yet", and with "did not say" before what was held back.
    assert.equal(only('No cause of death has yet been revealed.').category, 'unconfirmed');
    assert.equal(only('The family statement did not say the cause of her death.').category, 'unconfirmed');
    assert.deepEqual(claims('He did not say much about the film at the premiere.'), []);
  });

  it('takes what a suit or prosecutors say someone did, closing the sentence, as an allegation, not a court’s timetable', () => {
    assert.equal(only('The firm sold the land to a friend of the mayor, the suit said.').category, 'allegation');
    assert.deepEqual(claims('The hearing was adjourned until May, the lawsuit said.'), []);
  });

  it('leaves praise, a reputation and a family’s statement alone', () => {
    assert.deepEqual(claims('I never met such a brilliant person.'), []);
    assert.deepEqual(claims('Jo Bell, the actor perhaps best known for her stage roles, has died aged 71.'), []);
    assert.deepEqual(claims('She died after a short illness, according to a statement released by her family.'), []);
    assert.equal(only('He never met the minister, his lawyer said.').category, 'denial');
  });

  it('reads “never” of what someone has not yet done, or of what is done to something, as no denial', () => {
    assert.deepEqual(claims('For those who have never signed on before, the experience can be daunting.'), []);
    assert.deepEqual(claims('Agents are winning customers who have never used a travel agent.'), []);
    assert.deepEqual(claims('He’s never met the young man who donated his liver.'), []);
    assert.deepEqual(claims('The decision to close a school is never taken lightly.'), []);
    assert.equal(only('“I have never used those words,” he said.').category, 'denial');
    assert.equal(only('Mendes said he had never offered himself for the post.').category, 'denial');
  });
});

describe('the ground of a charge denied', () => {
  it('takes “nothing to back up the claim”, “did not have any evidence”, “just hearsay”, “did not find it to be true” and “found no conclusive evidence” as denials', () => {
    for (const text of [
      'The shopkeeper told the panel there was nothing to back up this claim.',
      '“The police did not have any evidence,” he said.',
      'It was just hearsay that they put in the report.',
      'The panel did not find it to be true.',
      'There was no evidence at all, his lawyer said.',
      'The inquiry pinpointed the likely leaker but found no conclusive evidence.',
    ]) assert.equal(only(text).category, 'denial', text);
  });
});

describe('the other side not heard, unnamed sources described, crimes of war and twisted records', () => {
  it('flags calls “not immediately returned”, an attack “not immediately claimed”, sources “briefed on the matter” or “who attended”, “multiple reports”', () => {
    for (const [text, category] of [
      ['Calls and emails to the police and league representatives were not immediately returned.', 'unconfirmed'],
      ['The rebels did not immediately claim the attack.', 'unconfirmed'],
      ['An official briefed on the matter said the mediator had concluded its role.', 'anonymous'],
      ['Hamas agreed to the proposal, an official briefed on the ceasefire talks said.', 'anonymous'],
      ['The minister said the talks were difficult, sources who attended his briefing said.', 'anonymous'],
      ['There are multiple reports that the plant is set to lose 550 jobs.', 'anonymous'],
    ]) assert.equal(only(text).category, category, text);
  });

  it('flags a massacre, bogus results and a record misrepresented in someone’s words as an allegation', () => {
    for (const text of [
      '“In a heinous massacre, the militia killed civilians,” the network said.',
      '“These are bogus figures,” he said.',
      '“The report wholly misrepresents minutes of meetings,” she said.',
    ]) assert.equal(only(text).category, 'allegation', text);
  });
});

describe('stolen goods and framed laws', () => {
  it('flags what was stolen by or from someone and a person framed, not goods called stolen or laws framed', () => {
    assert.equal(only('“The data was stolen by the hackers,” the firm said.').category, 'allegation');
    assert.equal(only('“Police framed him,” his mother said.').category, 'allegation');
    assert.deepEqual(claims('“We want to know where the stolen coat is,” police said. “They framed laws to help the poor,” he said.'), []);
  });
});

describe('results described as bogus', () => {
  it('flags a side that describes the results or the figures as bogus, not a pay offer rejected', () => {
    assert.equal(claims('Morgan Komi described the results as bogus, claiming the figures had been inflated.').length, 1);
    assert.deepEqual(claims('The workers rejected the pay offer.'), []);
  });
});

describe('the ones told', () => {
  it('are no source when a verb of telling is passive (“the officials were advised to fix the potholes”)', () => {
    assert.deepEqual(claims('In the wake of the rains, the officials were advised to fix the potholes by Friday.'), []);
    assert.equal(claims('The officials told reporters the roads would reopen.').length, 1);
  });
});

describe('denials, doubts and expectations in plain words', () => {
  it('flags “no foundation” to claims, one’s own “not guilty”, a report not able to be verified and “it is expected”', () => {
    assert.equal(only('But the MP said there was "no foundation" to the claims.').category, 'denial');
    assert.equal(only('"I entered these pleas because I am not guilty," he said.').category, 'denial');
    assert.equal(only('The Kelmar Press has not been able to independently verify the woman’s claims.').category, 'unconfirmed');
    assert.equal(only('It is expected he will run as an independent candidate.').category, 'hedged');
    // A verdict on someone else is no denial of one's own.
    assert.deepEqual(claims('The jury found he was not guilty of the assault.').filter((c) => c.category === 'denial'), []);
  });
});

describe('what asserts nothing', () => {
  it('passes over appeals from unnamed people — asked, warned or told to do something, calls for and on — but not what they warn or tell', () => {
    for (const text of [
      'Officials ask residents to report any suspicious activity by calling 911.',
      'Police officials have warned people not to approach the two men.',
      'Survivors of the attacks have called for him to be denied further attention.',
      'Campaigners have set up a page calling on supporters to attend the protest.',
    ]) assert.deepEqual(claims(text), [], text);
    assert.equal(only('Officials warned that the dam could burst.').category, 'anonymous');
    assert.equal(only('Officials told reporters the dam had burst.').category, 'anonymous');
  });

  it('passes over advice from unnamed officials and numbers that are codes (a photo’s file name, a picture reference)', () => {
    assert.deepEqual(claims('To keep up with alerts, officials recommend downloading the weather app.'), []);
    assert.deepEqual(claims('20230822220840-64e571db3763d2ff1bee5fddjpeg'), []);
    assert.deepEqual(claims('Picture by Jane Doe. C141074-4 SUS-140212-091626001'), []);
    // A count is still a count.
    assert.equal(only('There were 123456 votes cast.').category, 'unsourced-figure');
  });
});

describe('tolls and hedges on the attribution', () => {
  it('flags a toll rising or lives claimed, “an estimated” figure (no one’s estimate), and “reportedly” before a verb of saying', () => {
    assert.equal(only('Hopes faded on Friday, with the death toll rising to 267.').category, 'unsourced-figure');
    assert.equal(only('The storm has claimed at least 43 lives since slamming into the coast.').category, 'unsourced-figure');
    assert.equal(only('An estimated 2,500 people were left homeless by the quake.').category, 'unsourced-figure');
    assert.equal(only('Kelmar intelligence reportedly suggested that the official had been questioned.').category, 'hedged');
    // Still someone's word: "He claimed the storm took 43 lives", "The ministry estimated that 2,500 …".
    assert.deepEqual(claims('The ministry estimated that 2,500 people were left homeless.').filter((c) => c.category === 'unsourced-figure'), []);
  });

  it('takes suspects being interrogated for police work, and someone interrogated by a named person for a charge', () => {
    assert.deepEqual(claims('“The suspects are now in custody, being interrogated,” Kamci said.'), []);
    assert.equal(only('He said a church lawyer interrogated him for two hours.').category, 'allegation');
  });
});

describe('a sentence opening on a verb’s bare form', () => {
  it('takes “State officials are working …” for no one’s word, as “Officials say …” still is', () => {
    assert.deepEqual(claims('State officials are working with the Army Corps of Engineers to limit the damage.'), []);
    assert.equal(only('Officials say the dam is safe.').category, 'anonymous');
  });
});

describe('a guess at what happened, in anyone’s voice', () => {
  it('flags “it appears this man was waiting” in a spokesman’s words, not “it seems to be easing” or an opinion', () => {
    assert.equal(only('“It appears the driver was waiting for the officers to arrive,” a police spokeswoman said.').category, 'hedged');
    assert.equal(only('“It seems that the pair fled the city a day later,” Inspector Marlow said.').category, 'hedged');
    assert.equal(only('Talks were due to end on Sunday, but it seems that the board has not yet reached a decision.').category, 'hedged');
    assert.deepEqual(claims('“It seems to be easing off at this point,” she said.'), []);
    assert.deepEqual(claims('“It seems protest is the only language the council understands,” she said.'), []);
    assert.deepEqual(claims('“It seems that we should have a conversation about the policy,” he said.'), []);
  });

  it('takes what someone said they believe happened for a belief to check, not disbelief, an opinion or a suspect', () => {
    assert.equal(only('Hale said they believe the thieves climbed a tree and jumped over the fence.').category, 'hedged');
    assert.equal(only('A spokeswoman said she believed the road had since been cleared.').category, 'hedged');
    assert.deepEqual(claims('Dr Allen believes that more has to be done to protect owners.'), []);
    assert.deepEqual(claims('She said she could not believe what she saw.'), []);
    assert.deepEqual(claims('The suspects were arrested at the scene.'), []);
  });

  it('takes what Gardaí or prosecutors believe for a working theory, as it does the police’s', () => {
    assert.equal(only('Gardaí believe the man who attacked the shopkeeper acted alone.').category, 'hedged');
    assert.equal(only('Prosecutors believe the money was moved offshore in 2019.').category, 'hedged');
  });
});

describe('an inquiry into someone', () => {
  it('is no unknown (“Three MPs are under investigation”), where a motive under investigation still is; what it is over is an allegation', () => {
    assert.deepEqual(claims('Three MPs, including the former health secretary, are under investigation by the standards watchdog.'), []);
    assert.equal(only('Ms Okafor, the MP for Riverside, is under investigation over her use of office stationery.').category, 'allegation');
    assert.equal(only('The MP for Riverside is under investigation over her use of office stationery.').category, 'allegation');
    assert.equal(only('The motive for the attack is still under investigation.').category, 'unconfirmed');
  });
});

describe('tallies and answers not given', () => {
  it('flags a toll or a count risen to a figure with words between (“the death toll from days of flooding has reached 53”)', () => {
    assert.equal(only('In the west the death toll from days of flooding after heavy rain has reached 53.').category, 'unsourced-figure');
    assert.equal(only('The number of people treated at the clinic rose to 412.').category, 'unsourced-figure');
  });

  it('flags a contracted “didn’t immediately respond” and “unable to say how long”, not “can not tell you how happy”', () => {
    assert.equal(only('The retailer didn’t immediately respond to a request for comment.').category, 'unconfirmed');
    // "has yet to comment", and with "is": "The government is yet to comment".
    assert.equal(only('The government is yet to comment on the minister’s detention.').category, 'unconfirmed');
    assert.equal(only('Officials are unable to say how long the water may remain in the village.').category, 'unconfirmed');
    assert.deepEqual(claims('I can not tell you how happy I am.'), []);
    assert.deepEqual(claims('She may not know when the album is out, but she can describe it.'), []);
  });
});

describe('coping and timetables', () => {
  it('passes over brands “contending with” frustration and smoke “expected to return”, still flags “contends that”', () => {
    assert.deepEqual(claims('They joined a growing list of brands contending with customers’ frustration over prices.'), []);
    assert.deepEqual(claims('While conditions have improved, smoke is expected to return on Sunday.'), []);
    assert.equal(only('The union contends that the hospital has proposed cuts.').category, 'allegation');
  });
});

describe('confirmed and reported cases', () => {
  it('takes “confirmed” or “reported” before a noun for an adjective, not a source, and “disclosed” for a source', () => {
    assert.equal(only('The number of confirmed measles cases in the state stands at 43.').category, 'unsourced-figure');
    assert.equal(only('There have been 1,204 confirmed cases this year.').category, 'unsourced-figure');
    assert.deepEqual(claims('The agency chief disclosed that the country recorded 1,469 suspected cases, with 70 deaths.').filter((c) => c.category === 'unsourced-figure'), []);
  });
});

describe('attribution hedged, questions left open, innocence maintained', () => {
  it('flags a quotation “reportedly” written, “has not yet said whether”, and “I have always maintained my innocence”, not “never took them for granted”', () => {
    assert.equal(only('"The two songs share a chord progression," the singer\'s team reportedly wrote.').category, 'hedged');
    assert.equal(only('The broadcaster has not yet said whether it will do so.').category, 'unconfirmed');
    const own = only('Cosby wrote: "I have always maintained my innocence."');
    assert.equal(own.category, 'denial');
    assert.notEqual(own.source, 'I have always');
    assert.deepEqual(claims('He loved his audiences and never took them for granted.'), []);
  });
});

describe('charges filed and answered: arrests on charges, suits filed, complaints refuted or called frivolous', () => {
  it('finds a charge carried over "and", a law as the charge, and an arrest on charges', () => {
    assert.equal(only('The driver has been arrested and charged with careless driving.').category, 'allegation');
    assert.equal(only('The two editors were charged under the sedition law passed in 2021.').category, 'allegation');
    assert.equal(only('Four activists were detained on charges of inciting unrest.').category, 'allegation');
    // A conviction settles the charge.
    assert.deepEqual(claims('The mayor was convicted on charges of bribery in 2019 and served two years.'), []);
  });

  it('finds suits and complaints filed, and claims against someone', () => {
    assert.equal(only('Three lawsuits were filed against the landlord in the county court on Friday.').category, 'allegation');
    assert.equal(only('The union filed a complaint with the labour board against the bakery chain last week.').category, 'allegation');
    assert.equal(only('The watchdog is reviewing claims against two councillors.').category, 'allegation');
    assert.equal(only('They claim there were no warnings before the bridge was closed.').category, 'allegation');
    // A suit someone brought, told as a matter of record, charges no one in the writer's voice.
    assert.deepEqual(claims('The governor came to the capital to present the lawsuit he has filed against the new rules.'), []);
  });

  it('finds a denial that refutes, defends against a suit, or calls a complaint frivolous, and names who says so', () => {
    assert.equal(only('The club and the league both refuted the quote after it spread online.').category, 'denial');
    assert.equal(only('The baker says he will vigorously defend himself against the claims.').category, 'denial');
    assert.equal(only('A spokeswoman for the senator called the complaint politically motivated.').category, 'denial');
    assert.equal(only('I reject the criticisms of the committee utterly.').category, 'denial');
    const merit = only('The complaint is without merit, said Ann Gray, a lawyer for the firm.');
    assert.equal(merit.category, 'denial');
    assert.equal(merit.source, 'Ann Gray');
    assert.equal(only('There is no evidence of any wrongdoing, the minister said.').source, 'the minister');
  });
});

describe('arrests and charges with their object, pleas and remarks rubbished', () => {
  it('finds an arrest or a charge with the one arrested or charged between, and a charge after “and later”', () => {
    assert.equal(only('Police have arrested a second man in connection with the deaths of two officers.').category, 'allegation');
    assert.equal(only('On Friday, the county police charged one of their own with murder.').category, 'allegation');
    assert.equal(only('The driver was arrested at the scene and later charged with murder.').category, 'allegation');
    // A task, not a charge: no object between.
    assert.deepEqual(claims('She moved here to lead a group charged with beautifying downtown.'), []);
  });

  it('finds a plea of not guilty entered and remarks rubbished as denials', () => {
    assert.equal(only('He entered a not guilty plea at the county court.').category, 'denial');
    assert.equal(only('The commissioner rubbished remarks by the family that officers had been warned.').category, 'denial');
  });
});

describe('words asserted in quotation marks', () => {
  it('takes “asserted that “…”” with the words quoted for no charge, where “contends that …” reported still is one', () => {
    assert.deepEqual(claims('He asserted on arrival that “this is the right time to launch a new period.”'), []);
    assert.equal(only('The union contends that the hospital has proposed cuts to pay.').category, 'allegation');
  });
});

describe('a figure or an event on one party’s word', () => {
  it('takes the figure or event a named source reports in its own words, before or after the verb, as resting on it', () => {
    const toll = only('The dead included two children and 14 adults, the regional emergency service said in a statement.');
    assert.equal(toll.category, 'single-source');
    assert.equal(toll.source, 'the regional emergency service');
    const crowd = only('Police said more than 40,000 people attended the rally.');
    assert.equal(crowd.category, 'single-source');
    assert.ok(triggerWords(crowd).includes('more than 40,000'), triggerWords(crowd).join(' | '));
    assert.equal(only('The army said it killed the commander of the rebel group in an air strike.').category, 'single-source');
    assert.equal(only('Her lawyer told reporters that the woman fled the country in March.').category, 'single-source');
    assert.equal(only('Police said a man was stabbed in the street on Friday night.').category, 'single-source');
    // Around the source's own quoted words too, and from a station that "reports" it.
    assert.equal(only('The army said two soldiers were lightly injured “as a result of an explosive device that detonated during an operation”.').category, 'single-source');
    assert.equal(only('KXTV-TV reports the gunman fled the scene before officers arrived at the school.').category, 'single-source');
  });

  it('leaves views, plans, times, quoted figures and other categories’ sentences to themselves', () => {
    const text = [
      'The mayor said the boy was welcome to visit the city hall at any time.',
      'The minister said he would step down in the second half of his term.',
      '“We lost 40 per cent of the harvest,” the farmer said.',
      'The storm has claimed at least 43 lives since slamming into the coast.',
      'The coach said they attacked well all afternoon in the rain.',
      'Reports that the minister was arrested on Wednesday prompted calls for calm.',
    ].join('\n');
    assert.deepEqual(claims(text).filter((c) => c.category === 'single-source').map((c) => c.text), []);
    // Unconfirmed outranks it: a fact the source says it cannot tell.
    assert.equal(only('The director said he cannot tell if the man was detained in the country.').category, 'unconfirmed');
  });
});

describe('a charge carried over “and”', () => {
  it('reads “was arrested at his home on Monday and charged with” as a charge, ten words back to “was”', () => {
    assert.equal(only('The mayor was arrested at his home on Monday and charged with taking bribes.').category, 'allegation');
  });
});

describe('a clause denied after a longer subject', () => {
  it('reads “denied last week’s riots strongly influenced …” as a denial, and a motion denied as a ruling', () => {
    assert.equal(only('The prize judges have denied last week’s city riots strongly influenced their choice of winner.').category, 'denial');
    assert.deepEqual(claims('Judge Tom Hale denied the defence’s motion and ruled that she remain on the panel.'), []);
  });
});

describe('a source’s guess at what happened', () => {
  it('takes “X said Y may have tested …” or “had probably obtained …” as hedged, and leaves a remedy proposed alone', () => {
    assert.equal(only('The army said the rebels may have tested a new long-range missile.').category, 'hedged');
    assert.equal(only('Tom Hale said that the newspaper had probably obtained its information from a memo.').category, 'hedged');
    assert.deepEqual(claims('Professor Hale says manufacturers could easily remedy the situation by using iodised salt.'), []);
  });
});

describe('scrutiny, investigation and arrest for a wrong', () => {
  it('takes “under scrutiny for”, “under investigation over”, “his arrest for” and “investigated for” as allegations', () => {
    assert.equal(only('The senator has come under scrutiny for accepting unreported private flights from a donor.').category, 'allegation');
    assert.equal(only('The mayor is under investigation over payments to his brother.').category, 'allegation');
    assert.equal(only('Tom Hale fell from grace in November after his arrest for financial crimes.').category, 'allegation');
    assert.equal(only('The singer was investigated for bribery last year.').category, 'allegation');
  });
});

describe('tolls raised, arrests counted, people taken to hospital', () => {
  it('takes “raising the death toll to 111”, “more than 140 arrests”, “the detention of 25 people” and “Hundreds have been hospitalised”', () => {
    assert.equal(only('Six more people were killed on Tuesday, raising the total death toll to 111.').category, 'unsourced-figure');
    assert.equal(only('The operation has resulted in more than 140 arrests in the past few months.').category, 'unsourced-figure');
    assert.equal(only('The probe has led to the detention of 25 people, from porters to the director.').category, 'unsourced-figure');
    assert.equal(only('Hundreds have been hospitalised after complaining of headaches.').category, 'unsourced-figure');
    // A few arrests are the texture of news.
    assert.deepEqual(claims('Police made three arrests after the match.'), []);
  });
});

describe('anonymity wished for, hearsay with no one behind it', () => {
  it('takes “who wish to remain anonymous” and “It’s said …” as unnamed sources', () => {
    assert.equal(only('Several former employees, who wish to remain anonymous, spoke to the broadcaster about the climate.').category, 'anonymous');
    assert.equal(only('It’s said the complaints are related to campaign spending.').category, 'anonymous');
    assert.deepEqual(claims('She said it was time to go home.'), []);
  });
});

describe('a first time in a while', () => {
  it('leaves “for the first time in two weeks” and “the first time since September” alone, and keeps “the first … ever”', () => {
    assert.deepEqual(claims('He went out to the supermarket for the first time in two weeks on Wednesday.\nThe farm opens on Saturday for the first time since September.'), []);
    assert.equal(only('It was the first all-Welsh final ever staged at the venue.').category, 'unsourced-figure');
    assert.deepEqual(claims('The party’s seats fell sharply, and it lost control of the chamber.'), []);
  });
});

describe('charges in more words', () => {
  it('takes charges laid over a deed, trials faced, charges filed or hit with, and a crime after a reduced “charged with”', () => {
    assert.equal(only('A prosecutor on Monday charged 18 activists over their roles in the rallies.').category, 'allegation');
    assert.equal(only('The other 15 protesters face trial for sedition.').category, 'allegation');
    assert.equal(only('Police on Tuesday filed charges of lese majeste against 14 leaders.').category, 'allegation');
    assert.equal(only('The leaders have been hit with several charges for their speeches.').category, 'allegation');
    assert.equal(only('Those named included three leaders charged with sedition during the rallies.').category, 'allegation');
    assert.equal(only('The former mayor was placed under formal investigation for corruption.').category, 'allegation');
    assert.equal(only('Prosecutors questioned Tom Hale for suspected involvement in the scandal.').category, 'allegation');
    // A task given, and a threat of prosecution, lay no charge.
    assert.deepEqual(claims('The committee charged with reviewing the budget met on Monday.'), []);
    assert.deepEqual(claims('Editors were warned that they could face prosecution if they printed the memo.'), []);
  });
});

describe('innocence and a verdict rejected', () => {
  it('takes “is innocent”, “hadn’t done anything wrong”, “did nothing wrong” and a verdict called unacceptable or not accepted as denials', () => {
    assert.equal(only('“Tom Hale is innocent,” his wife said.').category, 'denial');
    assert.equal(only('His lawyer said he had not pleaded guilty because he thought he hadn’t done anything wrong.').category, 'denial');
    assert.equal(only('“We did nothing wrong,” the company said.').category, 'denial');
    assert.equal(only('His wife called the verdict “unacceptable”.').category, 'denial');
    assert.equal(only('“I do not acknowledge or accept this verdict,” she told Reuters.').category, 'denial');
    assert.equal(only('She described the charges as laughable.').category, 'denial');
    assert.deepEqual(claims('The innocent bystanders were taken home.'), []);
  });
});

describe('speculation', () => {
  it('takes speculation in the writer’s voice or owned by a source as hedged', () => {
    assert.equal(only('The move comes amid rising speculation about a new conflict.').category, 'hedged');
    assert.equal(only('Party leader Ann Lee speculated that the elections may not take place until May.').category, 'hedged');
  });
});

describe('a deed before an attribution that a participle carries on', () => {
  it('takes “X breached …, Y said, adding that …” as an allegation on Y’s word', () => {
    const [c] = claims('The neighbours have breached the agreement they reached last year, Tom Hale said, adding that they had also tried to change the status quo and courted outside powers to put pressure on the council.');
    assert.equal(c.category, 'allegation');
    assert.equal(c.source, 'Tom Hale');
  });
});

describe('an incident on the word of police or firefighters', () => {
  it('takes what police, detectives or firefighters say happened as single-sourced, but not their plans or statements', () => {
    assert.equal(only('Police said the driver had been speeding and refused to pull over.').category, 'single-source');
    assert.equal(only('The driver had been speeding and refused to pull over, police said.').category, 'single-source');
    // The reason says what rests on their word, not three words cut from the clause.
    assert.match(only('Police said the driver had been speeding and refused to pull over.').reason, /^An account of what happened rests on police's word alone/);
    assert.equal(only('Firefighters say two neighbours ran into the burning house.').category, 'single-source');
    assert.deepEqual(claims('Police said they would release more details on Monday morning.'), []);
    assert.deepEqual(claims('Police said in a statement that the road had reopened to traffic.'), []);
  });
});

describe('an incident on the word of an army', () => {
  it('takes what a military or a defence ministry says happened as single-sourced, but not its plans', () => {
    assert.equal(only('The Northland military said a drone launched from the coast was shot down before dawn.').category, 'single-source');
    assert.equal(only('Four patrol boats were seen near the reef over the weekend, the navy said.').category, 'single-source');
    assert.match(only("Eastland's Defence Ministry said enemy aircraft crossed the line twice on Tuesday.").reason, /^An account of what happened rests on Eastland's Defence Ministry's word alone/);
    assert.equal(only('The armed forces said soldiers had cleared the last of the roadblocks.').category, 'single-source');
    assert.deepEqual(claims('The army said it would hold more drills near the border next month.'), []);
  });
});

describe('a guess with “could have”', () => {
  it('takes “X could have tested …” as hedged, on a source\'s word too, but not what a person might have done', () => {
    const c = only("Eastland's army said the North could have tested a new long-range missile on Tuesday.");
    assert.equal(c.category, 'hedged');
    assert.match(c.reason, /^Hedged: “could … tested” is a guess, not a finding, even on a source's word/);
    assert.match(only('The storm could have knocked out power to the whole valley overnight.').reason, /speculation in the writer's voice/);
    assert.deepEqual(claims('He could have scored twice in the first half of the match.'), []);
    assert.deepEqual(claims('The strike could have been avoided if the council had listened to the staff.'), []);
  });
});

describe('a subject pronoun after “X, <apposition>, said”', () => {
  it('takes the source from before the apposition, not the clause the pronoun opens', () => {
    // Not "he would call four witnesses" as unnamed sources.
    assert.deepEqual(claims('Mia Stone, lawyer for the co-accused, said he would call four witnesses next week.'), []);
    const c = only('Neighbours of the tower, about a mile from the port, said they saw the smoke before noon.');
    assert.equal(c.category, 'anonymous');
    assert.match(c.reason, /“Neighbours … said”/);
  });
});

describe('a figure someone claims', () => {
  it('takes “X claimed 16,000 troops have died” as single-sourced, like “said”', () => {
    const c = only('In a video address, the general claimed 16,000 enemy troops have died since March.');
    assert.equal(c.category, 'single-source');
    assert.match(c.reason, /^“16,000” rests on the general's word alone/);
  });
});

describe('more events a source passes on', () => {
  it('takes a drone downed, an interception or people missing on one party’s word as single-sourced', () => {
    assert.equal(only('The ministry said its air defences downed a drone over the capital overnight.').category, 'single-source');
    assert.equal(only('The governor said guards intercepted two drones near the border on Monday.').category, 'single-source');
    assert.equal(only('The coastguard said two fishermen were still missing after the storm on Sunday.').category, 'single-source');
  });
});

describe('neighbours as unnamed sources', () => {
  it('takes “Neighbors said …” as resting on unnamed people', () => {
    assert.equal(only('Neighbors said the man kept to himself and rarely left the house.').category, 'anonymous');
    assert.equal(only('Neighbours say the couple are both 85 years old.').category, 'anonymous');
  });
});

describe('a fine faced for a wrong, and a figure as a multiple of another', () => {
  it('takes “is facing a record fine for failing to …” as an allegation and “twice the amount” as a figure', () => {
    assert.equal(only('The water firm is facing a record fine for failing to manage sewage spills.').category, 'allegation');
    assert.equal(only('This penalty is twice the amount a company has been ordered to pay.').category, 'unsourced-figure');
    assert.deepEqual(claims('The firm is facing a busy week of talks.'), []);
  });
});

describe('arrests on charges named before the word, and fire crews', () => {
  it('takes “arrested on murder and child abuse charges” as an allegation and what fire crews say happened as single-sourced', () => {
    assert.equal(only('A woman was arrested on murder and child abuse charges on Wednesday.').category, 'allegation');
    assert.equal(only('Fire crews say the smoke detector in the kitchen had not been working.').category, 'single-source');
    assert.equal(only('The Coast Guard said the boat that capsized had no papers and was not registered.').category, 'single-source');
    assert.equal(only('The county Sheriff’s Office said the woman had told deputies the toddler pulled the baby off a table.').category, 'single-source');
  });
});

describe('what is unknown', () => {
  it('takes “It’s unknown why …” as unconfirmed, like “unclear why”', () => {
    assert.equal(only('It’s unknown why the man was at the house on Sunday night.').category, 'unconfirmed');
  });
});

describe('a passive verb of judging', () => {
  it('takes no source from what was judged: “a system for 3,000 refugees was reportedly rejected by …” rests on no refugees', () => {
    const c = only('A fast-track system for 3,000 Afghan refugees was reportedly rejected by the prime minister over fears of an amnesty.');
    assert.equal(c.category, 'hedged');
  });
});

describe('an expectation on someone’s word', () => {
  it('keeps “is expected to” hedged when a source reports it', () => {
    assert.equal(only('The minister said the bill is expected to pass the senate next week.').category, 'hedged');
    assert.equal(only('The ministry said the foreign minister is likely to meet his counterpart this week.').category, 'hedged');
  });
});

describe('a toll in a named speaker’s own quoted words', () => {
  it('takes “So far we have counted 48 bodies,” X told reporters as single-sourced, not words without a toll', () => {
    // (With speakers: the whole engine.)
    const found = analyze('“So far we have counted 48 bodies,” Tariq Hanif, the top administrator in the region, told reporters.').claims;
    assert.deepEqual(found.map((c) => c.category), ['single-source']);
    assert.match(found[0].reason, /^“48” rests on Tariq Hanif's word alone/);
    assert.deepEqual(analyze('“We have 40 people on the team and they love it,” Tariq Hanif told reporters.').claims, []);
  });
});

describe('published figures after “according to”', () => {
  it('passes over figures, statistics and surveys put out for anyone to check, not a named owner’s', () => {
    assert.deepEqual(claims('A speeding fine is issued every 25 seconds, according to figures from the Department of Justice.'), []);
    assert.deepEqual(claims('Councils need £14bn to fix the roads, according to an annual survey.'), []);
    assert.equal(only('Sales rose sharply last year, according to FactSet figures.').category, 'single-source');
  });

  it('takes figures a named body gives out as that body’s word, not a public body’s or police’s', () => {
    assert.equal(only('Two pubs close every day, according to new figures from the Beer and Pub Association.').category, 'single-source');
    assert.equal(only('Licence reviews doubled, according to a survey from legal data compiler Sweet & Maxwell.').category, 'single-source');
    assert.deepEqual(claims('Two pubs close every day, according to new figures from the Office for National Statistics.'), []);
    assert.deepEqual(claims('The officers were stopped by two people, according to a statement from Chicago Police.'), []);
  });
});

describe('ages and denials withheld', () => {
  it('takes no age for a toll (“two women aged 70 and 71 have been arrested”)', () => {
    assert.deepEqual(claims('Two women aged 70 and 71 have been arrested after a stand-off over trees.'), []);
    assert.equal(only('More than 70 people have been arrested after the match.').category, 'unsourced-figure');
  });

  it('takes no denial from one withheld (“she did not deny that …”)', () => {
    assert.deepEqual(claims('However, she did not deny that the reforms would see local maternity units close.'), []);
    assert.equal(only('Mr Hale denied that the reforms would see local maternity units close.').category, 'denial');
  });
});

describe('a fear someone voices', () => {
  it('is their opinion, not the writer’s forecast: “traders fear the plans could drive shoppers away”', () => {
    for (const text of ['Traders fear the refurbishment plans could drive shoppers away.', 'Market organiser Trevor Watts fears the market could come to an end.']) {
      assert.ok(!analyze(text).claims.some((c) => c.category === 'hedged'), text);
    }
    // (No one's fear: "it is feared" still hedges.)
    assert.equal(only('It is now feared the decision could open the floodgates for more homes.').category, 'hedged');
  });
});

describe('what the copy could and could not establish', () => {
  it('takes “could not be reached” and “unable to confirm” as unconfirmed, not “could be reached” or “I can confirm”', () => {
    assert.equal(only('The company’s owner could not be reached for comment on Monday.').category, 'unconfirmed');
    assert.equal(only('Reuters was unable to confirm the report on Monday.').category, 'unconfirmed');
    assert.deepEqual(claims('Ann Cole said the mayor could be reached by phone on Monday evening.'), []);
    assert.deepEqual(claims('“I can confirm that everything is on the table,” Ann Cole said.'), []);
  });
});

describe('an unnamed source past a word of place', () => {
  it('takes “officials there told CNN” as unnamed, not “there”', () => {
    assert.equal(only('Austin will have fewer than half its city pools open by June, officials there told CNN.').category, 'anonymous');
    assert.deepEqual(claims('Ann Cole went there and said the pools would open in June.'), []);
  });
});

describe('figures that are sourced, or are no finding', () => {
  it('takes a number a named source gives as resting on its word, not its superlative or what it confirms', () => {
    assert.equal(only('Mayor Ann Cole said crews had filled more than 110,000 potholes this year.').category, 'single-source');
    assert.equal(only('Farmer Jo Bell told the paper that 40 per cent of her wheat was lost to the rain.').category, 'single-source');
    assert.equal(only('The regional emergency service said 14 adults had died in the blaze.').category, 'single-source');
    assert.deepEqual(claims('Visitor Ann Cole said the parade was the first she had ever been to.'), []);
    assert.deepEqual(claims('The league confirmed that its grant of £2.8 million will stay at the same level.'), []);
  });

  it('takes a counted event on one person’s word, not an event without a count (“the dog was killed”)', () => {
    assert.equal(only('Councillor Ray Dunn told local television that seven people had been killed.').category, 'single-source');
    assert.deepEqual(claims('Farmer Jo Bell said the dog was killed with a rifle on Tuesday.'), []);
    assert.deepEqual(claims('After his father died, Tom Hale said he was told his heart gave up.'), []);
    // (Police telling what happened need no count.)
    assert.equal(only('Police said the man was arrested near the station on Tuesday.').category, 'single-source');
  });

  it('passes over a prize’s sum (“won £1 million”, “a prize fund of €2.7 billion”), not a contract won', () => {
    assert.deepEqual(claims('Neil Lee, from Hereford, won £1 million on an Instant Win Game in November.'), []);
    assert.deepEqual(claims('The Christmas draw has a prize fund of €2.7 billion this year.'), []);
    assert.equal(only('The Go Safe consortium won a €80m contract to operate speed cameras.').category, 'unsourced-figure');
  });

  it('passes over what a body or a person has: its members, its staff, its land', () => {
    assert.deepEqual(claims('The union, which represents 2,200 bus operators, walked out on Monday.'), []);
    assert.deepEqual(claims('Grower Tim Hale owns about 1,200 acres east of Roseville.'), []);
    assert.deepEqual(claims('Ken Loach spoke for the RMT’s 40,000 members at the rally.'), []);
    assert.equal(only('More than 40,000 members of the union walked out on Monday.').category, 'unsourced-figure');
  });

  it('takes a count of ten or more people or things as a figure, not a time, a measure, a date or a court’s counts', () => {
    assert.equal(only('In April 564 patients at the county hospital had waited longer than that.').category, 'unsourced-figure');
    assert.equal(only('During the last two decades, 34 homes have crumbled into the sea in the village.').category, 'unsourced-figure');
    assert.deepEqual(claims('The search for the missing walker went on for 12 hours across the hills.'), []);
    assert.deepEqual(claims('The new market runs until March 11 this year in the town square.'), []);
    assert.deepEqual(claims('From the moment a 911 call comes in to a dispatcher, every second matters.'), []);
    assert.deepEqual(claims('The former manager was found guilty on all 12 counts by the jury.'), []);
    assert.deepEqual(claims('Waits climbed in 2021 and peaked in 2022 as old habits resumed.'), []);
  });

  it('passes over a figure a rule or a licence sets (“a quota of”, “a capacity of”), not one counted', () => {
    assert.deepEqual(claims('The ministers agreed on a mackerel quota of 1,020,996 tonnes for next year.'), []);
    assert.deepEqual(claims('The festival, which will have a capacity of 4,000 customers, takes place in July.'), []);
    assert.equal(only('The festival drew more than 45,000 people to the park in July.').category, 'unsourced-figure');
  });

  it('passes over a number that names a law, a route or a branch (“Code 17200”, “Local 1587”)', () => {
    assert.deepEqual(claims('He is suing under Business and Professions Code 17200, which bans unfair practices.'), []);
    assert.equal(only('Inspectors counted 17200 cars on the bridge in one day.').category, 'unsourced-figure');
    // (Without commas a count names what it counts; "the 75069" is a locomotive.)
    assert.deepEqual(claims('The railway unveiled the 75069 to the public after a seven-year overhaul.'), []);
  });
});

describe('no charge laid, no source hidden', () => {
  it('passes over a lie only supposed (“I’d be lying if I said …”), not a lie charged', () => {
    assert.deepEqual(claims('"I would be lying to you if I said I sleep well," Dr Ann Hale said.'), []);
    assert.equal(only('"He was lying to the public," Dr Ann Hale said.').category, 'allegation');
  });

  it('passes over a fault its owner admits (“Lockhart admitted he “failed to provide …””)', () => {
    assert.deepEqual(claims('Lockhart admitted he “failed to provide a suitable, clean and ventilated environment”.'), []);
  });

  it('takes a source named among others as named (“Proops and other board members said”)', () => {
    assert.deepEqual(claims('Proops and other board members said they back Bell, pending the results of independent zoo evaluations.'), []);
    assert.equal(only('Board members said they back Bell, pending the results of the evaluations.').category, 'anonymous');
  });
});

describe('modals of ability and returns that are journeys', () => {
  it('passes over what someone could do and a time waited for, but not a forecast', () => {
    assert.deepEqual(claims('Mulrooney asked the ferry firm for help, but there was nothing the company could do.'), []);
    assert.deepEqual(claims('The cancellations forced travellers to wait until they could catch a later boat.'), []);
    assert.equal(only('The new ferry could bolster the island economy.').category, 'hedged');
  });

  it('takes “could have to” and “might have to” as a forecast, but not “may have to”, a worry more often', () => {
    assert.equal(only('The town’s pier could have to close in five years.').category, 'hedged');
    assert.equal(only('The operator said the pools might have to close next March.').category, 'hedged');
    assert.deepEqual(claims('The owner fears the sanctuary may have to close.'), []);
  });

  it('passes over a modal negated after it, one closing a relative clause’s subject, and “anyone may”', () => {
    assert.deepEqual(claims('After the surge in members the club could no longer share the pitch at Henwick.'), []);
    assert.deepEqual(claims('The runoff went into a stream that firefighters could dam up.'), []);
    assert.deepEqual(claims('The chapel had a speaker system which the hospital radio could use.'), []);
    assert.deepEqual(claims('Anyone with information may call Hanover police.'), []);
    assert.equal(only('The closure of the plant could cost jobs in a town that depends on it.').category, 'hedged');
  });

  it('passes over “did not return to full service”, but not a call unreturned', () => {
    assert.deepEqual(claims('Trains ran at reduced frequency and did not return to full service until after 4pm.'), []);
    assert.equal(only('The operator did not return calls seeking comment on the strike.').category, 'unconfirmed');
  });
});

describe('blame on a thing, and a lie owned', () => {
  it('passes over a cause named (“a severe winter was to blame”), but not blame laid on a body', () => {
    assert.deepEqual(claims('The motoring group’s chief executive said a severe winter was to blame for the pothole epidemic.'), []);
    assert.equal(only('The council was to blame for the delays, the report found.').category, 'allegation');
  });

  it('passes over a lie its teller owns (“I meant when I lied”), but not a lie laid on another', () => {
    assert.deepEqual(claims('"I meant when I lied, I continue to lie," Murdock said.'), []);
    assert.equal(only('"He lied to the court," Murdock said.').category, 'allegation');
  });
});

describe('those told to do something', () => {
  it('passes over a headline’s “People told to leave”, but not officials who told reporters something', () => {
    assert.deepEqual(claims('Dentist queue: People told to leave as practice stops taking new patients'), []);
    assert.equal(only('Officials told reporters the queue was three hours long.').category, 'anonymous');
  });
});

describe('a state of affairs is no denial, and whose word it is', () => {
  it('passes over “nothing was wrong” and “what is wrong with”, but not a report called wrong', () => {
    assert.deepEqual(claims('“No report was needed before because nothing was wrong,” she said.'), []);
    assert.deepEqual(claims('The trip went ahead and no one gave any hint that anything was wrong.'), []);
    assert.deepEqual(claims('The spill showed everything that is wrong with the water company.'), []);
    assert.equal(only('The mayor said the report was wrong.').category, 'denial');
  });

  it('says “his word”, not “he’s word”', () => {
    assert.match(only('He said tens of thousands of people were evacuated from the estate overnight.').reason, /rests on his word alone/);
  });

  it('takes no source from the subject of what was said: “…, which runs the block, said about 30 homes were evacuated”', () => {
    const c = only('Ann Lee, the director of the housing association, which runs the block, said about 30 homes were evacuated.');
    assert.doesNotMatch(c.reason, /homes/);
  });
});

describe('insisting on a deed, and plural sources', () => {
  it('passes over “insisted on paying”, but not “insisted he had not seen”', () => {
    assert.deepEqual(claims('She turned white and insisted on paying for the parking, although it was not cheap.'), []);
    assert.equal(only('The minister insisted he had not seen the report.').category, 'denial');
  });

  it('says “investigators’ word”, not “investigators’s”', () => {
    assert.match(only('Federal investigators said three people were killed in the crash on the bridge.').reason, /investigators' word alone/);
  });
});

describe('figures a body sets by its own decision', () => {
  it('passes over a budget approved and a rise voted or being considered, but not a count beside a decision, nor a participle', () => {
    assert.deepEqual(claims('The city council on Tuesday approved the budget, which cut transit funding by $2.4 million.'), []);
    assert.deepEqual(claims('Executive members voted to raise the cost of a permit by 67 per cent.'), []);
    assert.deepEqual(claims('A 9.5% council tax increase is also being considered.'), []);
    assert.equal(only('Councillors were due to approve the complex, which will serve 40,000 city residents.').category, 'unsourced-figure');
    assert.equal(only('Fines will rise under proposed legislation to as much as $20 million a year.').category, 'unsourced-figure');
  });
});

describe('papers whose issuer is given, and names given', () => {
  it('takes “a report by MPs” and “a report from the regulator” as issued, not unnamed, but not posts “from Friday”', () => {
    for (const text of ['It is essential for the project to go ahead, a report by MPs has said.', 'Passengers face delays, according to a critical report from the regulator.']) {
      assert.ok(claims(text).every((c) => c.category !== 'anonymous'), text);
    }
    assert.equal(only('Passengers face delays, according to a report.').category, 'anonymous');
    assert.equal(only('Posts on the message board from Friday theorized that an attack had occurred.').category, 'anonymous');
  });

  it('takes a paper owned by a body or a post, or addressed to one, as on the record (“a council report”, “a report to cabinet”)', () => {
    for (const text of ['A council report says the cliff could collapse within a year.', 'An arborist’s report said the trees are healthy.', 'A report to the planning committee stated the work would harm the area.']) {
      assert.ok(claims(text).every((c) => c.category !== 'anonymous'), text);
    }
    assert.equal(only('A report found the church needed £20,000 of rewiring.').category, 'anonymous');
  });

  it('passes over “Some people call it the … Bridge”, but not officials calling someone a liar', () => {
    assert.deepEqual(claims('Some people call it the Habiber Bhanga Bridge.'), []);
    assert.equal(only('Officials called the Prime Minister a liar.').category, 'anonymous');
  });
});

describe('denials granted or spoken in a quotation', () => {
  it('sees no denial in “impossible to deny”, “no one can deny” or “there is no denying”, but one in “denies”', () => {
    for (const text of ['It is impossible for anyone objective to deny that badgers play a role, he said.', 'No one can deny that the town has changed.', 'There is no denying the scheme has problems.']) {
      assert.deepEqual(claims(text).filter((c) => c.category === 'denial'), [], text);
    }
    assert.equal(only('The firm found it hard to sell, but denies any wrongdoing.').category, 'denial');
  });

  it('puts “It’s rubbish” inside a quotation down to the speaker, not to “rubbish”', () => {
    const c = analyze('Farmer Tom Hale told the paper: “I don’t know where he got that from. It’s rubbish.”').claims.find((x) => /rubbish/.test(x.text));
    assert.equal(c?.source, 'Tom Hale');
  });
});

describe('unnamed sources that are no one’s word', () => {
  it('passes over experts “called in” and a quotation after “said”, but not an unnamed trader before it', () => {
    assert.deepEqual(claims('Structural experts were called in to help survey the scene.'), []);
    assert.deepEqual(claims('Another visitor, Larry Quay of Covina, said, “For someone who likes cars, this is like Christmas.”'), []);
    assert.equal(only('Another trader, who did not wish to be named, said: “It has been pretty desolate.”').category, 'anonymous');
  });

  it('takes “it is learnt that” for hearsay with no one behind it, as “it is understood that” is', () => {
    assert.equal(only('It is learnt that the general body meeting took a decision in this regard.').category, 'anonymous');
  });

  it('takes one who “did not wish” or “didn’t want” to be named for an unnamed source', () => {
    assert.equal(only('The resident, who did not wish to be named, said that the road was gritted at 10pm.').category, 'anonymous');
    assert.equal(only('The driver, who didn’t want to be identified, said that the road was gritted at 10pm.').category, 'anonymous');
  });
});

describe('“could” in a sentence set in the past', () => {
  it('reads “In the 1960s visitors could relax” and “In the past it could take 30 minutes” as past ability, not forecasts', () => {
    for (const text of ['In the 1960s, visitors could relax in heated pools before plunging into the sea.', 'In the past it could take 30 minutes to get a table on weekends.', 'Years ago you could buy a house for a song.']) {
      assert.deepEqual(claims(text).filter((c) => c.category === 'hedged'), [], text);
    }
    assert.equal(only('In the next decade the new law could cost jobs.').category, 'hedged');
  });
});

describe('“claimed” before a clause without “that”', () => {
  it('reads “The council had claimed the crack must have closed up” and “claimed the animal escaped” as claims laid, but not a title or lives claimed', () => {
    assert.equal(only('The council had claimed the crack must have closed up before inspection.').category, 'allegation');
    assert.equal(only('The victim’s mother claimed the dog snapped at her wrist.').category, 'allegation');
    assert.equal(only('Organiser Lorenzo Franco claimed 200 people had been refunded.').category, 'allegation');
    for (const text of ['She claimed the title in 2019 and retired.', 'Violence has claimed two more lives.', 'The man who claimed the prize was delighted.']) {
      assert.deepEqual(claims(text).filter((c) => c.category === 'allegation'), [], text);
    }
  });
});

describe('a passive with no one behind it is no source', () => {
  it('flags a figure that “is estimated at” with no estimator named', () => {
    const c = analyze('The cost of the new bypass is estimated at £84 million.').claims;
    assert.equal(c[0]?.category, 'unsourced-figure');
  });
  it('keeps the hedge after “have not been revealed”: nothing was said, so the belief is the writer’s', () => {
    const c = analyze('The jobs at risk have not been revealed but no routes are believed to be affected.').claims;
    assert.equal(c[0]?.category, 'hedged');
  });
  it('still takes an estimate with its estimator as sourced', () => {
    const c = analyze('The cost is estimated by the county surveyor at £84 million.').claims;
    assert.notEqual(c[0]?.category, 'unsourced-figure');
  });
});

describe('no one available to comment, no response received', () => {
  for (const text of [
    'No-one from Harbour Homes was available to comment.',
    'The landlord was unavailable for comment.',
    'The Gazette asked the trust for its figures but has not yet received a response.',
    "When we went to press we hadn't heard back.",
  ]) {
    it(`flags “${text}” as unconfirmed`, () => {
      assert.equal(analyze(text).claims[0]?.category, 'unconfirmed');
    });
  }
  it('leaves “The bus was available for hire.” alone', () => {
    assert.equal(analyze('The bus was available for hire.').claims.length, 0);
  });
});

describe('“with X claiming” and a clause', () => {
  it('flags “…, with parents claiming the gates had been left open.” as an allegation', () => {
    assert.equal(analyze('The farm was closed for a week, with parents claiming the gates had been left open.').claims[0]?.category, 'allegation');
  });
  it('leaves “people claiming benefits” alone', () => {
    assert.equal(analyze('The number of people claiming benefits fell last month.').claims.filter((c) => c.category === 'allegation').length, 0);
  });
});

describe('people at large, anyone supposed, and a first minister are no unnamed source', () => {
  const anonymous = (text: string) => analyze(text).claims.some((c) => c.category === 'anonymous');
  it('does not flag “people were asking”, “if someone had told me …” or “The first minister said: …”', () => {
    assert.ok(!anonymous('Despite the ban, people have still been asking for haircuts at home.'));
    assert.ok(!anonymous('Mr Lane said that “if someone had told me I would win I would have laughed.”'));
    assert.ok(!anonymous('Wales will keep the scheme. The first minister said: "There will not be another extension to the deadline."'));
  });
  it('still flags people described and saying, and someone telling the writer', () => {
    assert.ok(anonymous('People in the industry said they are facing shortages of protective equipment.'));
    assert.ok(anonymous('Someone emailed me earlier today about a tool the group has been using.'));
  });
});

describe('a measured superlative held', () => {
  it('flags “has the highest number of second homes in Wales” as a figure to source', () => {
    const a = analyze('Conwy has the highest number of holiday lets in Wales.');
    assert.equal(a.claims[0]?.category, 'unsourced-figure');
  });
});

describe('“it is now understood”, “it is now feared”', () => {
  it('reads “now” inside the impersonal hedge and the unnamed source', () => {
    const cats = (text: string) => analyze(text).claims.map((c) => c.category);
    assert.deepEqual(cats('The minister agreed to the plan, but it is now understood that a split has emerged in the sector.'), ['anonymous']);
    assert.deepEqual(cats('And it is now feared that the night patrol could be withdrawn.'), ['hedged']);
  });
});

describe('“One of the …” opening a sentence', () => {
  it('picks out a thing to talk about, no ranking to source; “the fair is one of the largest” still ranks', () => {
    assert.deepEqual(analyze('One of the oldest cars on the day was a 1912 Wolseley.').claims, []);
    assert.equal(analyze('The fair is one of the largest in Georgia.').claims[0]?.category, 'unsourced-figure');
  });
});

describe('someone out of touch is no unanswered request', () => {
  it('does not flag “did not respond to his father’s call” or “didn’t return and …”, still “did not return calls”', () => {
    assert.deepEqual(analyze('Louis did not respond to his father’s call or text message and later replied at 8.30am.').claims, []);
    assert.deepEqual(analyze('Ernest didn’t return and Weed was convinced he would never see him again.').claims, []);
    assert.equal(analyze('The firm did not return calls.').claims[0]?.category, 'unconfirmed');
  });
});

describe('who accuses and who denies, read only where they can be', () => {
  it('takes no accuser from “by gross negligence” and no denier from what is denied (“denies perverting …”)', () => {
    assert.equal(only('He is charged with manslaughter by gross negligence of the 21 cockle pickers.').source, null);
    assert.equal(only('He was accused of theft by his employer.').source, 'his employer');
    assert.equal(only('Ren’s girlfriend, Zhao Qing, 20, from Liverpool, denies perverting the course of justice.').source, null);
  });

  it('reads “a bitter dispute” as a noun, not experts disputing', () => {
    assert.deepEqual(claims('The judge has asked experts in a bitter dispute between neighbours over a hedge to meet.').map((c) => c.category), []);
    assert.match(only('Experts dispute the figures, saying the rise is smaller.').reason, /unnamed source/);
  });

  it('reads “arrested 41-year-old Michael Tobar” as an age, not a count of arrests', () => {
    assert.deepEqual(claims('Officers arrested 41-year-old Michael Tobar.').map((c) => c.category), []);
    assert.equal(only('Officers arrested 41 people.').category, 'unsourced-figure');
  });
});

describe('hedges and open requests the copy words in other ways', () => {
  it('catches “it’s believed”, “believed to weigh”, and a reduced hedge beside “were reported missing”', () => {
    assert.equal(only('Judging by the seizure, it’s believed that similar shipments leave each week.').category, 'hedged');
    assert.equal(only('Army experts blew up the bomb, believed to weigh some 500kg.').category, 'hedged');
    assert.equal(only('The search began after 23 people, believed to be Chinese, were reported missing.').category, 'hedged');
  });

  it('catches a request for comment still open (“has been contacted for a response”, “yet to receive a response”)', () => {
    assert.equal(only('City of York Council has been contacted by the BBC for a response.').category, 'unconfirmed');
    assert.equal(only('We reached out to the landlord, but we have yet to receive a response.').category, 'unconfirmed');
  });
});

describe('a sum a court has set', () => {
  it('takes “ordered to pay £1,100” and “have been fined £130,000” as on the record, not “could be fined up to £5,000”', () => {
    const text = [
      'Bosses at the restaurant have been ordered to pay more than £1,100 in fines and costs.',
      'District Judge Andrew Shaw also ordered Hughes to pay £6,000 in costs.',
      'Two companies have been fined more than £130,000.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.category), []);
    assert.equal(only('If owners cannot produce one, they could be fined up to £5,000.').category, 'unsourced-figure');
  });
});

describe('an estimate', () => {
  it('takes an estimate for a figure on its maker’s word, and one with no maker for a figure on no one’s', () => {
    const named = only('Organisers estimated the crowd at 10,000.');
    assert.equal(named.category, 'single-source');
    assert.equal(named.source, 'organisers');
    assert.equal(only('Restoring the organ could cost more than $7,000, Canon Hale estimated.').category, 'single-source');
    assert.equal(only('Volunteers walked an estimated 64.3 miles across the county.').category, 'unsourced-figure');
    // Not a guess at one's own affairs with no figure in digits, an estimate granted ("As …"), nor one by "they" or
    // "we", whose estimate is a finding of their own.
    const text = [
      'He estimates he has lost a few hundred over the years.',
      'As Penn estimates, what is left may be gone within 30 days.',
      'They estimated by 2050 that food needs would rise by 50 percent.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('names no maker for a passive estimate or a comparison with one, and the agent of one with “by”', () => {
    for (const sentence of ['Census returns suggest 2,410 homes were estimated to be empty last winter.', 'The bridge opened at £4m, nearly £1m more than first estimated.']) {
      const claim = only(sentence);
      assert.equal(claim.category, 'unsourced-figure', sentence);
      assert.equal(claim.source, null, sentence);
    }
    // With "by", the maker follows it.
    const byPolice = only('The crowd was estimated by police at 5,000.');
    assert.equal(byPolice.category, 'single-source');
    assert.match(byPolice.reason, /rests on police's word/);
  });
});

describe('a share or a count as the subject', () => {
  it('is a survey’s or a tally’s finding, not one party’s word', () => {
    const text = [
      'Asked about the plan, 62 per cent of members said they backed it.',
      'Nearly half of tenants called repairs slow, and two-thirds said rents were too high.',
      'Of the 40 stallholders, 12 said trade had fallen since March.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.reason), []);
  });
});

describe('an exact sum of money a source gives', () => {
  it('rests on that source’s word, before or after the attribution', () => {
    for (const [sentence, sum] of [
      ['The rowing club’s treasurer said it had spent £3,450 on new oars.', '£3,450'],
      ['A further £950 a year goes on insurance, the secretary said.', '£950'],
      ['The union said drivers earn just 11.20 pounds an hour.', '11.20 pounds'],
    ]) {
      const claim = only(sentence);
      assert.equal(claim.category, 'single-source', sentence);
      assert.ok(triggerWords(claim).includes(sum), `${sentence}: ${JSON.stringify(triggerWords(claim))}`);
    }
  });

  it('leaves the writer’s own prices, a court’s order and a survey’s share alone', () => {
    const text = [
      'Tickets for the gala cost £12 and go on sale on Monday.',
      'The pair were told to pay a total of £640 towards costs, the council said.',
      'Asked about fees, 23pc of parents said they were paying €150 a term.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('an account in the past perfect after a verb of saying', () => {
  it('rests on the source’s word when it tells what someone else had done or undergone', () => {
    for (const sentence of [
      'A spokesman for the harbour board said the crews had struggled to reach the trawler in high seas.',
      'Mrs Okafor said the hall had been flooded twice before the drains were cleared.',
    ]) {
      const claim = only(sentence);
      assert.equal(claim.category, 'single-source', sentence);
      assert.match(claim.reason, /An account of what happened rests on/, sentence);
    }
  });

  it('leaves the source’s own story, a duty, a quoted verdict and a confirmation alone', () => {
    const text = [
      'She said she had farmed the valley for nine years.',
      'Mr Lowe said the club had to close its bar early.',
      'He said the talks had been “difficult” at times.',
      'The board confirmed an appeal had been lodged on Tuesday.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('a cause told after a verb of saying', () => {
  it('rests on the source’s word: “caused by”, “due to”, “because of”, “the reason”', () => {
    for (const sentence of [
      'The water company told reporters the flooding was caused by a burst main on Elm Road.',
      'A ferry spokeswoman said wind was the reason for the cancellations on Monday.',
      'Cllr Amos said the depot was short of drivers because of a sickness outbreak.',
    ]) {
      const claim = only(sentence);
      assert.equal(claim.category, 'single-source', sentence);
      assert.match(claim.reason, /An account of what happened rests on/, sentence);
    }
  });

  it('leaves the source’s reasons for its own doings, and what is due to happen, alone', () => {
    const text = [
      'The council said it was closing the reading room because of budget cuts.',
      'The trust said the hearing is due to be held in the spring.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('what someone claims, in a clause of its own', () => {
  it('rests on the claimant’s word: “fishers claim the changes have already cut …”', () => {
    for (const sentence of [
      'Crab fishers claim the planned changes, which start in May, have already cut the value of their pots.',
      'Mrs Dale had claimed the dog escaped because builders failed to close the gate.',
    ]) {
      const claim = only(sentence);
      assert.equal(claim.category, 'single-source', sentence);
      assert.match(claim.reason, /^What .* claim(?:ed)? rests on/, sentence);
    }
  });

  it('leaves a claim to something, the noun, and a quotation’s claimed alone', () => {
    const text = [
      'Officials and campaigners have both claimed success following the judgement.',
      'The flames claimed entire storage areas and several pieces of equipment.',
      'A judge declined the group’s claim for a judicial review.',
      '“We are bringing back these animals,” claimed Ben, a farmer.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });
});

describe('a rank a place or an owner gives', () => {
  it('is a figure to source: “the region’s largest”, “one of the world’s longest running”', () => {
    const claim = only('The mill will become North Wessex’s largest employer when it reopens.');
    assert.equal(claim.category, 'unsourced-figure');
    assert.deepEqual(triggerWords(claim), ['North Wessex’s largest']);
    assert.equal(only('The trust runs one of the world’s longest running otter protection schemes.').category, 'unsourced-figure');
  });

  it('leaves a known peak, an honour and the latest meeting alone', () => {
    const text = [
      'Walkers were warned about the weather on the county’s highest peak.',
      'She received one of the society’s highest awards last year.',
      'The plan came up at the board’s most recent meeting.',
    ].join('\n');
    assert.deepEqual(claims(text).map((c) => c.text), []);
  });

  it('hedges a belief “by some” or “by many”, and reads onlookers and spectators as unnamed sources', () => {
    const hedged = only('The game is thought by some to have originated in India in the sixth century.');
    assert.equal(hedged.category, 'hedged');
    assert.equal(only('Other spectators said the goalkeeper was pushed to the ground.').category, 'anonymous');
  });

  it('reads the subject before a place and its region in commas (“Officials in Calvia, Mallorca, said”)', () => {
    assert.equal(only('Officials in Calvia, Mallorca, said the player was attacked after the game.').category, 'anonymous');
    assert.equal(only('However, other witnesses at the event, in Calvia, Mallorca, said the player was attacked.').category, 'anonymous');
    assert.match(only('Police in Tonbridge, Kent, said the man had stolen the car.').source ?? '', /^police in Tonbridge$/i);
  });

  it('reads words quoted right after “asserted” for themselves, not as a charge (“he asserted, “I will play on …””)', () => {
    assert.deepEqual(claims('When given the option to retire, he asserted, “I will play on for my family.”').map((c) => c.category), []);
    assert.equal(only('The union asserted the hospital had cut wages.').category, 'allegation');
  });

  it('takes a count after “the” or an owner as a set already known, not a figure to check (“the team’s 20 members”)', () => {
    assert.deepEqual(claims('Eight of the team’s 20 members will compete on Friday. The 24 competing teams chose their players.').map((c) => c.category), []);
    assert.equal(only('About 35 homes have no access to water.').category, 'unsourced-figure');
  });
});
