// Who said it: cues after, before and around quotes; pronouns, descriptions, continuation.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/engine';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.kind, q.speaker?.name ?? null, q.speaker?.text ?? null, q.cue?.text ?? null]);

describe('attribution', () => {
  it('“…,” X said / “…,” said X / X said: “…”', () => {
    assert.deepEqual(speakers('“We will rebuild the bridge this year,” Maria Okafor said.'), [['speech', 'Maria Okafor', 'Maria Okafor', 'said']]);
    assert.deepEqual(speakers('“We will rebuild the bridge this year,” said Maria Okafor, the mayor.'), [['speech', 'Maria Okafor', 'Maria Okafor', 'said']]);
    assert.deepEqual(speakers('Mayor Maria Okafor told reporters: “We will rebuild the bridge this year.”'), [['speech', 'Maria Okafor', 'Maria Okafor', 'told']]);
  });

  it('resolves “he” and “she” to the person meant, and keeps the mention as the speaker span', () => {
    const text = 'Tomasz Nowak, a farmer, lost his barn in the flood. Ms Jane Whitfield, the county engineer, inspected it.\n“The river rose two metres in an hour,” she said.';
    assert.deepEqual(speakers(text), [['speech', 'Jane Whitfield', 'she', 'said']]);
  });

  it('resolves a description to the person with that role', () => {
    const text = 'Acme’s spokeswoman, Priya Raman, declined to comment on the figures.\n“We do not discuss pending litigation,” the spokeswoman said.';
    assert.deepEqual(speakers(text), [['speech', 'Priya Raman', 'the spokeswoman', 'said']]);
  });

  it('attributes to organisations and to unnamed groups', () => {
    assert.deepEqual(speakers('“The strike will continue,” the union said in a statement.')[0].slice(0, 2), ['speech', 'union']);
    const groups = analyze('“There were no survivors,” officials said.').quotes[0];
    assert.equal(groups.speaker?.type, 'group');
  });

  it('continues the previous speaker in a quote-only paragraph', () => {
    const text = '“We lost everything,” said Ahmed Haddad, a shopkeeper.\n“Nobody came to help us for three days.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ahmed Haddad', 'Ahmed Haddad']);
  });

  it('takes the speaker of the sentence before a quote that opens its own sentence', () => {
    const text = 'Professor Lena Ortiz said the results were clear. “The ice is thinning faster than any model predicted.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Lena Ortiz']);
  });

  it('takes the speaker of “with X saying …” in the paragraph before, but not of another participle', () => {
    const text = 'Reporters met the pupils, with Thandi Mokoena saying she was relieved.\n\n“It was stressful, but it was worth it.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Thandi Mokoena']);
    const other = 'Reporters met the pupils, with Thandi Mokoena hoping for good marks.\n\n“It was stressful, but it was worth it.”';
    assert.deepEqual(speakers(other).map((s) => s[1]), [null]);
  });

  it('takes a name after an inverted cue as a person even when its words are common nouns', () => {
    const text = '“It is very targeted,” explained Teal Baker, the national director of surrogates.';
    assert.deepEqual(speakers(text), [['speech', 'Teal Baker', 'Teal Baker', 'explained']]);
  });

  it('reads “according to X”', () => {
    const q = analyze('The ceasefire had collapsed, according to the Syrian Observatory for Human Rights, “in every district of the city.”').quotes[0];
    assert.ok(q.speaker);
  });

  it('reports speech with no speaker', () => {
    const a = analyze('“This is a disaster for everyone involved in the project.”');
    assert.equal(a.quotes[0].speaker, null);
    assert.deepEqual(a.problems.map((p) => p.code), ['unattributed-quote']);
  });

  it('does not attribute scare quotes or titles', () => {
    const a = analyze('The so-called “experts” met on Tuesday. She appeared on the show “Morning Edition” last week.');
    assert.deepEqual(a.quotes.map((q) => q.kind), ['scare', 'title']);
    assert.ok(a.quotes.every((q) => q.speaker === null));
  });

  it('strips an office the lexicon does not list, and a party word before an honorific, from the name', () => {
    assert.deepEqual(speakers('“The vote will pass,” Senate Majority Leader Walter Brandt, R-Ohio, said Tuesday.')[0].slice(1, 3), ['Walter Brandt', 'Walter Brandt']);
    assert.deepEqual(speakers('Democratic Sen. Carla Moretti (D-Vt.) scolded him: “The science is settled.”')[0].slice(1, 2), ['Carla Moretti']);
  });

  it('reads a contracted pronoun as the subject of its verb', () => {
    const text = 'Dmitri Volkov, the mayor, spoke on Monday. He’s claiming that fraud is “a big problem in this city.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Dmitri Volkov', 'He', 'claiming']);
    assert.equal(analyze(text).people.some((p) => /He’s/.test(p.name)), false);
  });

  it('keeps a verb after an adverb, and a noun after a partitive or an article, apart', () => {
    // "still says" is a verb; "32% of Labour claims" and "a Facebook message" are nouns.
    const text = 'Ruth Abernathy has softened with age, but even now she still says things such as, “We are not all meant to be equal.”';
    assert.deepEqual(speakers(text)[0].slice(1, 2), ['Ruth Abernathy']);
    assert.deepEqual(speakers('In a Facebook message posted Friday, Osei Mensah said he had “areas of disagreement” with the board.')[0].slice(1, 4), ['Osei Mensah', 'Osei Mensah', 'said']);
    assert.equal(analyze('FactCheck rated 32% of Labour claims as “false” this year.').quotes[0].cue?.text === 'claims', false);
  });

  it('lets “according to X” that opens the sentence govern a verb inside it', () => {
    const text = 'He will go, because, according to Jonas Berg, the press would call him a “coward” if he did not.';
    assert.deepEqual(speakers(text)[0].slice(1, 2), ['Jonas Berg']);
  });

  it('reads “says of X,” and a speaker after a number glued to a word (“said 9/11 widow Terry Strada”)', () => {
    assert.deepEqual(speakers('The retired businessman says of Clinton, “If she gets the chance, she will sell the office.”')[0].slice(1, 4), ['retired businessman', 'The retired businessman', 'says']);
    assert.deepEqual(speakers('“They are 100 percent wrong,” said 9/11 widow Terry Strada.')[0].slice(1, 2), ['Terry Strada']);
  });

  it('gives a quote introduced by a colon after a clause with no reporting verb to that clause’s subject', () => {
    const text = 'Senator Ada Lindqvist spoke in Malmö. On July 6, Lindqvist made the following comment: “The unemployment rate for young people is 33 percent.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Ada Lindqvist', 'Lindqvist', ':']);
    // A later clause with a subject of its own is not the opening subject's.
    const later = 'Ada Lindqvist became so upset that I had to change my answer: “Of course I believe in it.”';
    assert.notEqual(speakers(later)[0][1], 'Ada Lindqvist');
  });

  it('gives words quoted inside a sentence with no speech verb to the named subject of the sentence', () => {
    const text = 'Governor Ada Lindqvist spoke in Malmö. In an August speech, Lindqvist attacked “the hateful ideology of the far right.”';
    assert.deepEqual(speakers(text)[0], ['partial', 'Ada Lindqvist', 'Lindqvist', 'attacked']);
  });

  it('takes a name and any verb right after a quotation closed by a comma, ? or ! as its attribution', () => {
    assert.deepEqual(speakers('“This is fantastic!” beamed Donald Hartley, who had come from Madison.')[0].slice(1, 4), ['Donald Hartley', 'Donald Hartley', 'beamed']);
    assert.deepEqual(speakers('“They are all here for the free stuff,” Jim Bennett shot back with a laugh.')[0].slice(1, 4), ['Jim Bennett', 'Jim Bennett', 'shot']);
    // Not when the sentence has a reporting verb of its own before the quote.
    assert.deepEqual(speakers('Maria Okafor called the plan “a disaster,” Jim Bennett arrived later.')[0].slice(1, 2), ['Maria Okafor']);
  });

  it('gives a few quoted words to the subject past an apposition or parenthesis, and to an organisation’s “it”', () => {
    const reid = 'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding the candidate as a “con artist” this year.';
    assert.deepEqual(speakers(reid)[0], ['partial', 'Harry Reid', 'Harry Reid', 'pounding']);
    const smith = 'Jane Smith, director of debate at the University of Michigan, compared him to a coach who is “working the referees” all game.';
    assert.deepEqual(speakers(smith)[0].slice(0, 2), ['partial', 'Jane Smith']);
    const imf = 'The International Monetary Fund cut its forecast on Tuesday. Although the IMF did not name anyone, it referenced “political tensions” in rich economies.';
    assert.deepEqual(speakers(imf)[0].slice(0, 3), ['partial', 'International Monetary Fund', 'it']);
  });

  it('gives words quoted after “NAME’s claim that” to NAME, but not a verdict on the claim', () => {
    const claim = 'The checkers looked at Mayor Ruth Abernathy’s claim that there have been “thousands of shootings” in the city.';
    assert.deepEqual(speakers(claim)[0].slice(0, 2), ['partial', 'Ruth Abernathy']);
    const verdict = 'The checkers said on Monday that Mayor Ruth Abernathy’s statement was “true” after all.';
    assert.notEqual(speakers(verdict)[0][1], 'Ruth Abernathy');
    // (Owned by a pronoun too: "her claim that" is hers.)
    const hers = 'Ms Ana Kaur said she was bullied. The tribunal upheld her claim that she was treated “less favourably” than colleagues.';
    assert.deepEqual(speakers(hers)[0].slice(0, 3), ['partial', 'Ana Kaur', 'her']);
  });

  it('takes the nearest main-clause verb, not a new clause after the quote nor an earlier coordinated one', () => {
    const text = 'Kerr Putney, the police chief, said the footage did not give “absolute visual evidence,” but she said that the footage “supports what we have heard” about it.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['Kerr Putney', 'she']);
  });

  it('reads an -ly adverb it does not know, a gerund after a preposition and “NAME of PLACE” as the subject', () => {
    const morial = 'Marc H. Morial, the chief executive of the league, forcefully told a young woman who suggested that people may not vote that “this is not the first generation to be frustrated.”';
    assert.deepEqual(speakers(morial)[0].slice(1, 4), ['Marc H. Morial', 'Marc H. Morial', 'told']);
    const dean = 'Howard Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose anyone.';
    assert.deepEqual(speakers(dean)[0].slice(1, 2), ['Howard Dean']);
    const tomblin = 'In January, Gov. Earl Ray Tomblin of West Virginia lauded the company in his address for helping develop “new and innovative ideas.”';
    assert.deepEqual(speakers(tomblin)[0].slice(1, 4), ['Earl Ray Tomblin', 'Gov. Earl Ray Tomblin', 'lauded']);
  });

  it('looks for a clause’s subject after its opening phrase, and takes a name before a pronoun after it', () => {
    const suu = 'Appearing before supporters at NLD headquarters, Aung San Suu Kyi, 70, said it was too early to celebrate but added, “I think you all have an idea of the results.”';
    assert.deepEqual(speakers(suu)[0].slice(1, 2), ['Aung San Suu Kyi']);
    const lazar = 'In a long interview with journalist Matei Rosca last year, Marcel Lazar said he welcomed extradition and added, “I will plead guilty, no problem.”';
    assert.deepEqual(speakers(lazar)[0].slice(1, 2), ['Marcel Lazar']);
  });

  it('gives a quote with no cue the attribution of the quote that follows it at once', () => {
    const run = 'Richard Viguerie is upbeat. “Not only can she win in November, she has the best chance.” “She may be the only one who unites the party,” Viguerie notes.';
    assert.deepEqual(speakers(run).map((s) => s[1]), ['Richard Viguerie', 'Richard Viguerie']);
    const pair = 'Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed.';
    assert.deepEqual(speakers(pair).map((s) => s[1]), ['Howard Dean', 'Howard Dean']);
  });

  it('reads “Trump said.” split off by a full stop, and a subject with a relative clause', () => {
    const split = 'Donald Trump spoke about the emails. “I hope you are able to find the 30,000 emails that are missing.” Trump said. The campaign disagreed.';
    assert.deepEqual(speakers(split)[0].slice(1, 4), ['Donald Trump', 'Trump', 'said']);
    const groups = 'While Hillary Clinton has condemned the proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”';
    assert.deepEqual(speakers(groups)[0].slice(1, 4), ['groups', 'the groups', 'say']);
  });

  it('reads a split-off attribution with an apposition between the name and the verb', () => {
    const split = 'The church voted to help. “We wanted to say ‘you are welcome.’” Rev. Hal Brodie, of Elm Street Church, said. The family arrived on Tuesday.';
    assert.deepEqual(speakers(split)[0].slice(1, 4), ['Hal Brodie', 'Rev. Hal Brodie', 'said']);
    // A sentence that goes on past the verb is its own, not the quote's attribution.
    const own = 'The church voted to help. “We wanted to say hello.” Hal Brodie, of Elm Street Church, said the family was safe.';
    assert.equal(speakers(own)[0][1], null);
  });

  it('reads wire copy: a dateline is not the subject, a run of role words is a title, an apposition is not inverted', () => {
    const ap = 'WASHINGTON (AP) — President Joe Biden on Tuesday urged Congress to pass the bill, saying it would give officials “the tools they need.”';
    assert.deepEqual(speakers(ap)[0].slice(1, 2), ['Joe Biden']);
    const pm = 'British Prime Minister Keir Starmer said on Monday that Europe must do “the heavy lifting” in Ukraine.';
    assert.deepEqual(speakers(pm)[0].slice(1, 3), ['Keir Starmer', 'Keir Starmer']);
    const report = 'The report, published on Tuesday, described a culture of “fear and blame” among senior managers.';
    assert.deepEqual(speakers(report)[0].slice(1, 3), ['report', 'The report']);
    // (So is one owned by a pronoun: "Her daughter, who did not want to be named, said".)
    const daughter = 'Mary Hill died in May. Her daughter, who did not want to be named, said: “It is cruel.”';
    assert.deepEqual(speakers(daughter)[0].slice(2, 3), ['Her daughter']);
  });

  it('takes a described subject after an opening phrase, past an age', () => {
    const text = 'Speaking in Darlington on Thursday, the prime minister, 44, said: “I am not taking anything for granted.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['prime minister', 'the prime minister', 'said']);
  });

  it('reads “one said” as one of the group named last, and a block-quoted quotation as speech', () => {
    const one = 'Hunt’s allies insist the party can recover. ‘It’s not over till it’s over,’ one said.';
    assert.deepEqual(speakers(one)[0].slice(0, 3), ['speech', 'one of Hunt’s allies', 'one']);
    const md = '# Waiting lists hit record\n\n> “This is a national scandal,” said Dr Sarah Clarke, president of the college.';
    assert.deepEqual(speakers(md)[0].slice(0, 2), ['speech', 'Sarah Clarke']);
  });

  it('reads a possessive name after the verb as describing the speaker', () => {
    assert.deepEqual(speakers('‘I was there in ’94,’ said Tom Jones’ manager, Gordon Mills.')[0].slice(1, 3), ['Gordon Mills', 'Gordon Mills']);
    assert.deepEqual(speakers('“It is not over,” said Tom Jones’ manager.')[0].slice(1, 3), ['Tom Jones’ manager', 'Tom Jones’ manager']);
  });

  it('resolves “he” to a subject introduced since the last quote, and “the German chancellor” to the one person it can be', () => {
    const text = 'Angela Merkel met French President Emmanuel Macron in Berlin. The German chancellor said the talks had been “constructive”.\n\n' +
      'Macron, 45, was more cautious. “We are not there yet,” he told reporters.\n\n' +
      'Merkel’s spokesman, Steffen Seibert, said a statement would follow. “The chancellor is optimistic,” he said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Angela Merkel', 'Emmanuel Macron', 'Steffen Seibert']);
    // Two people without a role before it: no guess.
    assert.equal(speakers('Anna Berg met Olga Lind in Oslo. The chancellor said the talks were “constructive”.')[0][1], 'chancellor');
  });

  it('resolves a description to the subject of the sentence before, and “he” to the subject just named', () => {
    const text = 'Villa’s Leon Bailey scored the winner. “It was the best goal of my career,” the Jamaica international said.\n\n' +
      'Pep Guardiola, 52, admitted his players looked tired. “We played three games in a week,” he told BBC Sport.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Leon Bailey', 'Pep Guardiola']);
    // Not when the description cannot be that person.
    assert.equal(speakers('Mr John Smith scored the winner. “It was my best goal,” the woman said.')[0][1], 'woman');
  });

  it('gives a term coordinated with a partial quotation to the same speaker', () => {
    const text = 'Senate Minority Leader Harry Reid spoke on Monday. In recent weeks, Reid has gone after the candidate as a “human leech who will bleed the country” and a “spoiled brat.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Harry Reid'], ['partial', 'Harry Reid']]);
    // Not a term after a partial quotation in another sentence.
    const other = 'Harry Reid called the plan a “disaster”. Or the “reform” was dropped, some thought.';
    assert.equal(speakers(other)[1][0], 'scare');
  });

  it('reads a rating as the rater’s words', () => {
    const text = 'Analyst Jane Roe rated 32% of the claims as “false” or “pants on fire” last year.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Jane Roe'], ['partial', 'Jane Roe']]);
  });

  it('takes a nickname inside a name for a term held at arm’s length, not anyone’s words nor a work, except in a headline’s capitals', () => {
    assert.deepEqual(speakers('Her niece, state Del. Marcia “Cia” Price, shouted to the crowd. NASA astronaut Barry "Butch" Wilmore waved.').map((s) => s.slice(0, 2)), [['scare', null], ['scare', null]]);
    assert.deepEqual(speakers('Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments\n\nThe governor spoke on Tuesday.')[0].slice(0, 2), ['partial', 'Chris Christie']);
  });

  it('reads “a popular play called “…”” and “A blog, called the “…”” as names, and another name after “or” as one too', () => {
    const text = 'Comedians are performing a popular play called “Los Hijos de Trump,” or “Sons of Trump,” in Mexico City. A blog, called the “Feed,” is new.';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['title', 'title', 'title']);
  });

  it('reads capitalised words broken off by their attribution as speech, but a work named before it as a title', () => {
    assert.deepEqual(speakers('“Me and Okafor,” said Pacquiao, “we want the fans to be happy.”').map((s) => s.slice(0, 2)), [['speech', 'Pacquiao'], ['speech', 'Pacquiao']]);
    const song = 'At the end of her rendition of the anthem “A Change Is Gonna Come,” she added the words, “Thank you.”';
    assert.equal(speakers(song)[0][0], 'title');
  });

  it('reads one capitalised word after a kind of work or its owner, and a drama’s name, as titles even after a cue', () => {
    const text = 'He says the articles cost him his career, including being dropped from the Sky series “Bulletproof” and ITV’s “Viewpoint.” Stars were asked how best drama “Game of Thrones” has changed their lives.';
    assert.deepEqual(speakers(text).map((s) => s[0]), ['title', 'title', 'title']);
  });

  it('reads attributions past a dashed aside, “said to have”, a crosshead and a one-word quote with its speaker', () => {
    const wells = 'It is spreading, “unfortunately,” Katherine Wells, director of public health for the city of Lubbock -- which is in western Texas -- told ABC News.';
    assert.deepEqual(speakers(wells)[0].slice(1, 2), ['Katherine Wells']);
    const mps = 'Keir Starmer asked Tory MPs said to have called Rishi Sunak “arrogant”, “inexperienced” and a “really bad politician” to speak up.';
    assert.deepEqual(speakers(mps).map((s) => s[2]), ['Tory MPs', 'Tory MPs', 'Tory MPs']);
    const crosshead = '“I was lucky,” Rickie Lambert told Saints TV.\n\nGREATER SUCCESS\n\n“I tried to just whack it into that corner.”';
    assert.deepEqual(speakers(crosshead).map((s) => s[1]), ['Rickie Lambert', 'Rickie Lambert']);
    const concern = 'Mark Okerstrom spoke on Friday. The stock decline is a “concern,” Okerstrom said.';
    assert.deepEqual(speakers(concern)[0].slice(0, 2), ['partial', 'Mark Okerstrom']);
  });

  it('takes a described subject at the start over a name in the object', () => {
    const text = 'The company initially declined to comment on the Mail on Sunday report, but later issued a statement saying: “We do not comment on rumours.”';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['company', 'The company']);
  });

  it('gives a statement issued by a possessive description to that description, not to the statement', () => {
    const text = 'Paul Ryan spoke on Sunday. His office released a statement saying he is “fully confident” in the count.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['His office', 'His office']);
  });

  it('gives words to the subject a participle describes, not to the participle’s agent: “A man bitten by a dog said”', () => {
    assert.deepEqual(speakers('A man bitten by a dog said it was “terrifying”.')[0].slice(1, 3), ['man', 'A man']);
    const mother = 'The mother of a young boy killed by a speeding van has described her son as “our whole world”.';
    assert.deepEqual(speakers(mother)[0].slice(1, 3), ['mother', 'The mother of a young boy']);
    // (A passive clause's own agent is still no subject: "is being sued by a customer who claims" is the customer's.)
    const sued = 'The Brightway Company is being sued by a customer who claims the brand “misleadingly labeled” its goods.';
    assert.match(speakers(sued)[0][1] ?? '', /^customer\b/);
    // …and past a relative clause on "whose".
    const whose = 'The father of a young boy whose death has been linked to a faulty heater has said he is “angry but hopeful”.';
    assert.deepEqual(speakers(whose)[0].slice(1, 3), ['father', 'The father of a young boy']);
    // …and past one on "who" or "that" with its verb right after it (not "that" before a subject of its own).
    const who = 'A pensioner who lives near the Greyfield depot has said the noise is “unbearable”.';
    assert.deepEqual(speakers(who)[0].slice(1, 3), ['pensioner', 'A pensioner']);
    // …and past a long participle phrase, where a verb that is a noun too still speaks.
    const protesting = 'A campaigner protesting against the grid operator’s controversial Harwell to Bexley pylon plans claims ministers “are definitely for the plans”.';
    assert.deepEqual(speakers(protesting)[0].slice(1, 4), ['campaigner', 'A campaigner', 'claims']);
  });

  it('gives words to the one a film or a witness shows saying them, not to whoever shows them', () => {
    const text = 'The advert concludes with footage of Ann Obi saying during a debate last year, “That makes me smart,” to cheers.';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Ann Obi', 'Ann Obi', 'saying']);
    const film = 'John Smith arrived. Mary Jones put out a film showing him saying, “We will win.”';
    assert.deepEqual(speakers(film)[0].slice(1, 3), ['John Smith', 'him']);
    const video = 'The video later shows an officer noting that the mother is being held “because she doesn’t have papers,” then leaving.';
    assert.deepEqual(speakers(video)[0].slice(1, 3), ['officer', 'an officer']);
    // "of" after a day is no footage, and a hearing does not speak.
    const hearing = 'Dr Anil Varma made the apology on the first day of a two-week hearing adding that “mistakes” had been made.';
    assert.deepEqual(speakers(hearing)[0].slice(1, 3), ['Anil Varma', 'Dr Anil Varma']);
    // One described whom a film shows speaking is no object of the film's verb.
    const clip = 'A video showing a senior police officer in Kent asking policemen to ensure farmers who are protesting get “head injuries” have surfaced on social media.';
    assert.deepEqual(speakers(clip)[0].slice(1, 3), ['senior police officer', 'a senior police officer']);
  });

  it('gives words inside a person’s reported speech to that person, not to the agency that reports the sentence', () => {
    const text = 'Jane Obi spoke first. Press secretary Sarah Sanders said the ruling was “outrageous, especially in light of the meeting,” the AP said.';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Sarah Sanders', 'Sarah Sanders', 'said']);
    // A quotation that opens the sentence is the agency's.
    assert.equal(speakers('“The ruling is outrageous,” the AP said.')[0][1], 'AP');
    const paper = 'In court on Thursday, Clarke’s lawyer, Adam Speker, said his client underwent a “trial by media,” The Evening Standard reports.';
    assert.equal(speakers(paper)[0][1], 'Adam Speker');
  });

  it('gives a participle that opens the sentence to the described subject after its clause, not a name further on', () => {
    const text = 'Saying migrants “were likely to suffer serious, irreparable harm” without a ruling, a federal judge on Tuesday blocked the Kelverton administration’s plan.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['federal judge', 'a federal judge']);
  });

  it('leaves someone’s unnamed spokesman unnamed rather than give the words to the spokesman of someone else named later', () => {
    const text = '“He should not have run,” a Kelverton spokesman says\n\nThe trial of Anna Kelverton began Tuesday.\n\nWalter Jones, a spokesman for Brad Orlanda, confirmed the probe.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Kelverton spokesman', 'a Kelverton spokesman']);
    // A spokesman named soon after, with no one's name on the first mention, is that spokesman.
    assert.equal(speakers(text.replace('a Kelverton spokesman', 'a spokesman'))[0][1], 'Walter Jones');
  });

  it('gives a participle after a passive clause’s comma to the agent after “by”, and reads “the United Nations” as a body', () => {
    const text = 'A similar warning was issued by the United Nations, saying the country’s leaders “stand on the brink of relapsing into widespread conflict”.';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['United Nations', 'United Nations', 'saying']);
    assert.equal(speakers('“We are worried,” said the United Nations.')[0][1], 'United Nations');
  });

  it('reads local copy’s appositions: an age and an address with its town, a long relative clause, a role left open', () => {
    const address = 'Another employee Ben Okafor, 32, of Joeys Lane, Bilbrook, said: “This is devastating news for everybody.”';
    assert.deepEqual(speakers(address)[0].slice(1, 3), ['Ben Okafor', 'Ben Okafor']);
    const steward = 'Colette Sims, 55, of Wordsworth Road, Colne, who has worked there for 13 years and is a steward for the union, said: “There have been a lot of rumours.”';
    assert.equal(speakers(steward)[0][1], 'Colette Sims');
    const campaigner = 'Katie Barlow, who has been campaigning for crossings in Brownedge Lane, Bamber Bridge, which is in a 20mph zone, said the figures are “alarming”.';
    assert.equal(speakers(campaigner)[0][1], 'Katie Barlow');
    const relative = 'Deputy steward Denise Pye has been told she will finish.\n\nDenise, who has been employed at the company for eight years and is married with three children said: “Nearly everyone has been in tears.”';
    assert.equal(speakers(relative)[0][1], 'Denise Pye');
    const manager = 'In a statement Stephen Johnston, site manager for Invista at Brockworth said: “A step change is needed.”';
    assert.equal(speakers(manager)[0][1], 'Stephen Johnston');
  });

  it('reaches back from the first paragraph of a quotation run over several for the “he” that closes it', () => {
    const text = [
      'Romelo Lukavu has completed his move from Everton to Manchester United.',
      'Speaking on the signing, the club’s manager Jose Mourinho said the striker was fit.',
      '“He will be a great addition to the group,” Mourinho stated.',
      'On his part, Lukavu thanked the fans and he promised to deliver for United now.',
      '“I would like to start by thanking Everton.',
      '“However, when Manchester United come knocking it is an opportunity.',
      '“It was a long summer.',
      '“I cannot wait to run out at Old Trafford,” he said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Jose Mourinho', 'Romelo Lukavu']);
  });

  it('reads a given name before a plural verb as a club, and “the club” as the one named as a subject, not in a prepositional phrase', () => {
    const text = 'English Premier League club, Chelsea have announced the sack of manager Frank Lampard after a poor run in the Premier League.\n\n“This has been a very difficult decision,” the club said in a statement.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Chelsea', 'the club']);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Frank Lampard']);
  });

  it('gives a participle to people in the plural opening the clause, not to a name in its object (“Small groups of protesters … while chanting”)', () => {
    const text = 'Small groups of protesters continued to call for more information about the shooting of Keith Lamont Scott, looping the streets while chanting, "Hands up, don\'t shoot."';
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]), [['protesters', 'Small groups of protesters']]);
  });

  it('reads “went on about” as talking (“as Trump went on about “how the system is rigged,””)', () => {
    const text = 'Donald Trump spoke for an hour. Kevin was drifting off, and as Trump went on about “how the system is rigged,” and “wounded families,” Melanie said yes, yes, yes.';
    assert.equal(speakers(text)[0][1], 'Donald Trump');
  });

  it('lets a lower-case adjective the lexicon lacks stand in a title before the subject (“Republican presidential nominee”)', () => {
    const text = 'Republican presidential nominee Donald Trump, during multiple interviews on Thursday, referred to Barack Obama as “the most valuable player” for the group.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Donald Trump']);
  });

  it('reads “state” before a plural role as a noun (“GOP state leaders”), not a verb of saying', () => {
    const text = 'Tom Hale came out as gay. He recently wrote a commentary, mocking GOP state leaders as "obsessed" with the issue. Republicans say voters are “tired” of it.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale', 'Republicans']);
  });

  it('does not take those told after a quotation (“as “fantastic,” telling reporters”) for its speaker', () => {
    const text = 'Trump has hailed the vote as “fantastic,” telling reporters during a visit that it was great.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Trump']);
  });

  it('reads “…, said Mr Depp had not shown” as reported speech, not “said” inverted before its speaker', () => {
    const text = 'Adam Wolanski QC, representing the newspaper, said Mr Depp had not shown “contrition” for what happened. “We will win,” said Mr Depp.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Adam Wolanski', 'Depp']);
  });

  it('reads “…, said the convention could be” as reported speech, not an inverted speaker, and “delegate” as a role', () => {
    const text = '“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland said.\n\nDelegate Mary Susan, clad in a red cape, said the convention could be a “failure” if it fails.\n\nMinnesota state delegate Ann Lake said it was a “triumph” for the party.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Bill Eastland', 'Mary Susan', 'Ann Lake']);
    assert.equal(analyze(text).people[0].role, 'Texas delegate');
  });

  it('finds the subject pronoun past a short opening phrase for a second verb of saying (“Eight years ago, he supported … and said”)', () => {
    const text = 'Al Sharpton left no doubt. Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has never done nothing for us.”';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['he']);
  });

  it('gives a quote to the person of a body, not the body: “X with the American … Society said”, “X of Y University, an expert, told”', () => {
    const text = '“Most of these burn up in the air,” Dana Wirth with the American Comet Society said.\n\n“The numbers are disturbing,” Paul Brandt of Halden University, a sea level expert, told the Post.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dana Wirth', 'Paul Brandt']);
  });

  it('steps over a few quoted words in a relative clause before the verb (“…,” activist X, who fled after the new “security” law came in, told)', () => {
    const text = '"People are still resisting," activist Lena Marsh, who fled the city soon after the new "public order" law came into effect, told the BBC.';
    assert.deepEqual(speakers(text)[0].slice(0, 2), ['speech', 'Lena Marsh']);
  });

  it('gives a quote to the people in a place, not the place (“eyewitnesses in Nauru said”, “witnesses in Gaza said”)', () => {
    const text = 'Eyewitnesses in Nauru said "many of the men had rips in their shirts". Witnesses in Gaza said "the night was long".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Eyewitnesses', 'Witnesses']);
  });

  it('keeps a firm’s “’s” before a verb of saying as part of its name (“McDonald’s said”), an organisation', () => {
    const text = '“We believe any increase should be phased in,” McDonald’s said in a statement. Sainsbury’s said: “We are pleased.” Mr Ray Lee’s plan was dropped.';
    assert.deepEqual(analyze(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type]), [['McDonald’s', 'organisation'], ['Sainsbury’s', 'organisation']]);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Ray Lee']);
  });

  it('takes a military command for a body, so its officer speaks (“Senior Captain Li Xi of the PLA Eastern Theatre Command said”)', () => {
    const text = 'Senior Colonel Wu Qian of the PLA Northern Theatre Command said on Wednesday the command had "completed the drills and tested its troops."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Wu Qian']);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Wu Qian']);
  });

  it('gives a quote to the body, not the city it sits in (“The Defence Ministry in Taipei stressed that “…””)', () => {
    const text = 'The Foreign Ministry in Lisbon stressed that "the provocations undermine regional peace."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Foreign Ministry']);
  });

  it('gives a quote to a bare plural, not the place it is in (“Pensioners in Lyon chanted”, “…, commuters in Dover said”)', () => {
    const text = 'Pensioners in Lyon chanted "we will not give up" outside the ministry.\n\nOn Monday, commuters in Dover said "we were stuck for hours".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Pensioners', 'commuters']);
  });

  it('gives a quote to a practice, not the town it is in, when the lexicon does not know the town (“the Brown Dental Practice in Felixstowe said”)', () => {
    const text = 'In a letter to patients, the Hale Dental Practice in Westbrough said it was leaving the NHS due to a "chronic lack of investment".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Hale Dental Practice']);
    // "Practice" closes a body's name as "Surgery" does.
    assert.equal(analyze('Hale Dental Practice said it was "very proud" of its staff.').quotes[0].speaker?.type, 'organisation');
  });

  it('gives a quote to the person, not the town after “of” or at the end of a relative clause with no comma', () => {
    // A town the lexicon does not know reads as someone because it speaks; after a full name and "of" it is theirs.
    const of = '"What will happen to the jobs?" grower Shane Ortiz of Wexcombe wondered.\n\n"It is a year round job," Marta Steen who is the director of Central Services for the City of Quincy said.';
    assert.deepEqual(speakers(of).map((s) => s[1]), ['Shane Ortiz', 'Marta Steen']);
    assert.deepEqual(analyze(of).people.map((p) => p.name), ['Shane Ortiz', 'Marta Steen']);
  });

  it('reads a paper’s opening word in capitals as a word (“A GROUP of activists … pledged”), and an acronym still as a name', () => {
    const text = "A GROUP of campaigners protested outside the zoo and pledged to make their visits 'regular'.\n\nNHS bosses said the plans were 'final'.";
    assert.deepEqual(speakers(text).map((s) => s[1]), ['campaigners', 'NHS']);
  });

  it('gives the quote to the person past a body’s possessive and a title (“wrote Animal Asia’s Animal Welfare Director Dave Neale”)', () => {
    const text = '“Taking animals from the wild can never be defended,” wrote Born Free’s Animal Welfare Director Dana Neill in a blog post.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dana Neill']);
  });

  it('gives the quote to the person an apposition describes before “who” (“Elizabeth Yeomans, a … ergonomist, who described …”)', () => {
    const text = 'The jury heard from Eliza Yates, a Health and Safety Executive senior ergonomist, who described the keeper, whose home is in Calne, Wiltshire, as "very responsible and meticulous".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Eliza Yates']);
  });

  it('reads the clip named after a video player’s label as a title (“Click to play video: ‘Ferry changes to be discussed’”)', () => {
    const text = "Islanders fear ferry cuts\n\nClick to play video: 'Ferry timetable changes to be discussed at council'\n\nMayor Dan Hale says the council was not told.";
    assert.deepEqual(speakers(text).map((s) => [s[0], s[1]]), [['title', null]]);
  });

  it('names “a spokesperson for the practice” after the practice named before', () => {
    const text = 'Hale Street Dental Practice is closing its NHS list.\n\n“We are upset,” a spokesperson for the practice said.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Hale Street Dental Practice spokesperson', 'a spokesperson for the practice']]);
  });

  it('gives the quote to the person past a place’s possessive and a role in lower case (“said Prince George’s County Council member Calvin Hawkins”)', () => {
    const text = '“When you suffer, the county suffers,” said Prince George’s County Council member Colin Hawes at a rally.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Colin Hawes']);
  });

  it('gives the quote to the person before a role holding a list, left open (“Elizabeth Lloyd, cabinet lead for planning, environmental health and the environment at Havant Borough Council said”)', () => {
    const text = 'Councillor Ellen Lloyd, cabinet lead for planning, housing and the environment at Hale Borough Council said: “We have major concerns.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ellen Lloyd']);
  });

  it('gives the quote to the person before a role left open that holds a body’s initials or only capitals with a role word', () => {
    const surtees = 'Councillor Ros Surtin, vice-chairman of the Children, Young People & Lifelong Learning (CYPLL) Committee said: “It is dear.”';
    assert.deepEqual(speakers(surtees).map((s) => s[1]), ['Ros Surtin']);
    const oleary = 'Speaking after the call, Eamon O’Lenny, Dun Laoghaire RNLI Deputy Launching Authority said: “We wish them well.”';
    assert.deepEqual(speakers(oleary).map((s) => s[1]), ['Eamon O’Lenny']);
  });

  it('gives “he” and “she” the person named after a role with a complement in lower case or a list (“cabinet member for finance Richard Brown”)', () => {
    const brown = 'In a post seen by the BBC, Hale City Council’s cabinet member for finance Rick Browne said the government had told the authority. He said it was "very disappointing".';
    assert.deepEqual(speakers(brown).map((s) => s.slice(1, 3)), [['Rick Browne', 'He']]);
    const keneally = 'On Friday, Labor’s Shadow Minister for Immigration and Citizenship, Kristin Kenny, called on the government to act. "It is a story of the Good Samaritan," she said.';
    assert.deepEqual(speakers(keneally).map((s) => s.slice(1, 3)), [['Kristin Kenny', 'she']]);
  });

  it('gives the quote to the person before a body named alone in an apposition left open (“Ruth Kelly, Water UK said:”)', () => {
    const text = 'Rita Kell, Water UK said: "Ultimately the judgement of how much goes on bills is for the regulator."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Rita Kell']);
  });

  it('reads “continued the Prime Minister” right after a quotation as its attribution', () => {
    const text = 'Prime Minister Jon Tardif spoke on Friday.\n\nBy letting migrants cross at the border, “we can at least check them,” continued the Prime Minister.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Jon Tardif', 'the Prime Minister']]);
  });

  it('gives “he” the person named after a role of two words (“Sainsbury’s chief executive Simon Roberts said … He said”)', () => {
    const text = 'Asda’s chief executive Sam Rowe said the chain had passed on some increases.\n\nREAD MORE: Chancellor announces cost of living package\n\nHe said: “We have a really important relationship with farmers.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Sam Rowe', 'He']]);
  });

  it('gives the words an apology is for to the ones who issued it (“have issued an apology for not “acting quickly enough””)', () => {
    const text = 'The water companies have issued an apology for not "acting quickly enough" to tackle sewage spills.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'water companies']]);
  });

  it('gives words in a sentence with a passive verb to its agent, not its subject (“Acme has been slammed by Jane Smith over a “…” increase”)', () => {
    const text = 'Acme Ltd has been slammed by Jane Smith over a "completely unacceptable" increase in sewage spills.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Jane Smith']]);
  });

  it('reads a utility or an operator by the word closing its name (“Thames Water has issued a statement”)', () => {
    const text = 'Severn Water has issued a statement that it is "acting quickly enough" to tackle spills.\n\n"Services are back to normal," Sydney Trains said.';
    assert.deepEqual(analyze(text).quotes.map((q) => [q.speaker?.name, q.speaker?.type]), [['Severn Water', 'organisation'], ['Sydney Trains', 'organisation']]);
  });

  it('gives the words after “…, X said, adding that” to X, not to the clause’s subject', () => {
    const text = 'Mayor Leon Kroll spoke on Monday.\n\nThe delay in starting the service upset many people who had hoped to use it, Kroll said, adding that he appreciates the company’s “safe approach.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Leon Kroll', 'Kroll']]);
  });

  it('reads a name opening with a preposition as a group’s, so the person at it speaks (“Mark Barrow at Beneath British Waters, who …, said”)', () => {
    const text = 'Underwater filmmaker Mark Barlow at Beneath Welsh Waters, who has been filming sewage, said water companies are “using these channels as ducts”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Mark Barlow']);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Mark Barlow']);
  });

  it('resolves “the company” past an outlet reporting on it, and “the statement” to the one who said it in a statement', () => {
    const text = 'Norvik Corp chief resigns over accounting scandal.\n\nThe panel sent its report to the company on Monday, Japan’s KBN news portal reported.\n\n“We deeply apologise,” the company said in a statement.\n\n“Because of this, our president will resign today,” the statement said.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Norvik Corp', 'the company'], ['Norvik Corp', 'the statement']]);
  });

  it('takes the subject after an opening phrase, not a name in a later clause, as the one “he” carries on from', () => {
    const text = 'Beijing calls Lai Ming a "separatist". Lai rejects the claims over the island.\n\nSpeaking at a regular press conference, council spokesperson Liang Wen-chieh said the threats had become a "normal state of affairs", noting drills were held shortly after Lai assumed his post last year.\n\n"Therefore, we do not rule out trouble again," he said.';
    assert.equal(speakers(text).at(-1)?.[1], 'Liang Wen-chieh');
  });

  it('keeps “he” on the previous speaker past a man who reports something in a clause of time (“after her father Eric reported her missing”)', () => {
    const text = 'Sheriff Dale Cook said the girl was missing. “We put out an alert,” he said.\n\nHe says dispatch sent out an alert for Jess Wills at 11:16 on Tuesday night after her father Eric reported her missing.\n\n“She went missing between 6:30 and 7 p.m.,” he said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dale Cook', 'Dale Cook']);
  });

  it('takes outlets in the plural for a group that speaks (“…, media outlets argue”, “newspapers reported”)', () => {
    const text = 'The deal is a ‘classic example’ of waste, media outlets argue. The plan was “a shambles”, newspapers reported.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'media outlets'], ['partial', 'newspapers']]);
  });

  it('reads the sentence before a quotation past a photo credit pasted between (“… issued an apology.¶BEN STANSALL/GettyImages¶“I am sorry …”)', () => {
    const text = 'Rovers manager Paul Farrow has been fined £1,000 by the FA.\n\nThe Rovers manager admitted the charge and later issued an apology via the club’s website.\n\nJOHN SMYTHE/GettyImages\n\n“I am sorry for that comment and regret the wording.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['speech', 'Paul Farrow']]);
  });

  it('reads a caption closing on its agency in capitals as a caption, so “He said:” after it is not its subject', () => {
    const text = 'Lynch described him as a "great one" in a statement posted online.\n\nStanton’s agent John S Kelly confirmed the star had died on Friday afternoon (REUTERS)\n\nHe said: "The great Harry Dean Stanton has left us."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Lynch', 'Lynch']);
  });

  it('resolves “the Cincinnati native said” to the subject of the sentence before, as for a nationality', () => {
    const text = '“We want the fans to be happy,” said Manny Ortiz. Adrien Bell himself claimed to be put off when it was his turn to speak.\n\n“I really ain’t up here to talk a lot,” the Cincinnati native said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Manny Ortiz', 'Adrien Bell']);
  });

  it('reads “X, chair of the judges, said Y …” as X saying something about Y, not an inverted “said Y”', () => {
    const text = 'Ken Barber, chair of the judges, said True Story of the Gang, based on letters and brilliantly sustained in a "direct, vigorous vernacular", had turned the outlaw into "the Robin Hood of Australia".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ken Barber', 'Ken Barber']);
  });

  it('gives words “described as “…” by” someone, the auxiliary left out, to the agent, past an office’s “of”', () => {
    const text = 'The novel, described as "dazzling" by chairman of judges Robert Hale, tells the story of a gold rush.\n\n"It is a marvel," said head of research Ann Lee.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 3)), [['partial', 'Robert Hale', 'Robert Hale'], ['speech', 'Ann Lee', 'Ann Lee']]);
  });

  it('gives one quoted word to the source a sentence names with “according to”, wherever it stands', () => {
    const text = 'With an “astronomical” increase in challenges this year—according to Kira Pell of the library association—publishers are worried.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Kira Pell']]);
  });

  it('reads a form in -ing between an article (and an adjective) and a noun as a modifier, not a verb of saying', () => {
    const text = 'Advocates point to polar bears as the white-hot warning signal for the planet — “the canary in the cryosphere.” A letter warning residents said “stay indoors”.';
    assert.deepEqual(speakers(text).map((s) => s[3]), [null, 'said']);
  });

  it('reads a verb in an aside between dashes, past a bracketed party and state, as no speaker of the sentence’s quote', () => {
    const text = 'Speaker Ann Ruiz spoke on Friday. The speaker described the incident Thursday — in which Rep. Mike Dale (D-N.Y.) allegedly announced a vote count early — as a “misunderstanding”.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 4)), [['Ann Ruiz', 'The speaker', 'described']]);
  });

  it('takes a possessive name in an apposition for the owner of the role, not the speaker (“…, Clinton’s New Hampshire spokeswoman, said”)', () => {
    const text = 'Dana Clark held events with her daughter, Chelsea Clark.\n\nJulie Mann, Clark’s New Hampshire spokeswoman, said Clark’s message is she has “the most experience and is best equipped to do the job.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Julie Mann']);
  });

  it('takes a verb before a quotation as close past a phrase of where or when (“Weld asked in an interview, “…?””)', () => {
    const text = 'Walsh recently called the canceled contests “undemocratic,” while fellow challenger Bill Weld asked in an interview, “What is Trump afraid of?”';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 4)), [['Walsh', 'Walsh', 'called'], ['Bill Weld', 'Bill Weld', 'asked']]);
  });

  it('reads “the reporter followed up” after a quotation as its attribution, whatever the verb', () => {
    const text = '“I have nothing for you on that,” Carl Moss said.\n\n“He plays a significant role in immigration,” the reporter followed up.';
    assert.deepEqual(speakers(text).map((s) => s.slice(2, 4)), [['Carl Moss', 'said'], ['the reporter', 'followed']]);
  });

  it('reads a capitalised word right after a quotation closed mid-sentence as a name, not a verb (“and “intimidate” State Department officials”)', () => {
    const text = 'On Tuesday, Secretary Mike Paulson accused Democrats of trying to "bully" and "intimidate" State Department officials by scheduling depositions.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 2)), [['Mike Paulson'], ['Mike Paulson']]);
  });

  it('gives words an outlet reports someone said to that someone (“WROC-TV reported the district attorney said … “not political.””)', () => {
    const text = 'Affiliate KXTV reported the district attorney said the process could be long and the indictment was "not political."';
    assert.deepEqual(speakers(text).map((s) => s.slice(2, 4)), [['the district attorney', 'said']]);
    const outlets = 'Several outlets are reporting that at the hearing her lawyer Sam Pratt said the trust is “unlikely to survive”.';
    assert.deepEqual(speakers(outlets).map((s) => s.slice(2, 4)), [['Sam Pratt', 'said']]);
  });

  it('takes no one told, in the passive, in the sentence before for the speaker of a quotation with no cue', () => {
    const text = 'After the governor signs or vetoes a bill, lawmakers are told immediately.\n\n“If the bill is signed then the author receives a phone call.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), [null]);
    // (Past an adverb too: "they were not properly informed" tells them nothing they say.)
    const informed = 'Campaigners, who say they were not properly informed, called the decision “an insult”.';
    assert.notEqual(speakers(informed)[0][2], 'they');
  });

  it('resolves a description after a paragraph break in the whole paragraph before when its last sentence names no one (“She admitted … .¶… the 48-year-old woman … described”)', () => {
    const text = 'Anna Lloyd-Baker had agreed to a plea deal before the hearing. She admitted that she had entered the building as Congress met.\n\nAfter the riots, the 48-year-old woman from Indiana had described the day as the "best day ever" in a post.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Anna Lloyd-Baker']);
  });

  it('gives later words quoted in the sentence of a verb that brought in earlier ones, with no cue of their own, to that speaker', () => {
    // (The middle quotation holds two sentences, which end the sentence the third one is read in.)
    const text = 'Columnist Dana Brooks stated that the debate was “more substantive” and the senator “did well, because it was a real debate. It was more uplifting” and Rubio was hurt by going “personally, just in the gutter” against his rival.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Dana Brooks'], ['partial', 'Dana Brooks'], ['partial', 'Dana Brooks']]);
  });

  it('gives “She and others said” to her', () => {
    const text = 'The talks were opened by Maria Lund.\n\nShe and others said the day would provide “a defining moment,” but warned that some countries were stalling.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 3)), [['partial', 'Maria Lund', 'She']]);
  });

  it('reads “enthused” as a verb of saying', () => {
    const text = '"Our town is the heart of Europe," Daria Lapinska, a city official, enthused in an interview with a local daily.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Daria Lapinska']);
  });

  it('steps over the country after a body closing an apposition (“…, lecturer at Keele University, United Kingdom, told”)', () => {
    const text = '“There remains a lack of clear information,” Afsaneh Rahimi, senior lecturer in politics at Halden University, United Kingdom, told the weekly.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Afsaneh Rahimi']);
  });

  it('gives a participle the main clause’s subject past an opening span of time (“A day after …, the party … criticised …, calling them”)', () => {
    const text = 'A day after the court made stern comments against Sen. Dale Ruiz in a defamation case, the Labour party on Tuesday criticised the remarks, calling them an “unwarranted” interference.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Labour party']]);
  });

  it('gives a participle the main clause’s subject past a subordinate clause after “And” (“And although she …, she sounded …, saying”)', () => {
    const text = 'Mayor Dana Holt spoke for an hour. And although she praised the council, she sounded a note of doubt, saying, “I am not sure it will last.”';
    const q = analyze(text).quotes[0];
    assert.equal(q.speaker?.name, 'Dana Holt');
    assert.equal(q.speaker?.start, text.indexOf('she sounded'));
  });

  it('ends an opening phrase at the comma before the subject, not at a comma between its modifiers', () => {
    const text = 'In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed extradition and added, "I will plead guilty, no problem."\n\nAfter winning the Emmy for best comedy series, co-creator Daniel Palladino bounded out, blurting out, “Let the backlash begin!”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Lazar', 'Daniel Palladino']);
  });

  it('reads “Trump’s Putin Remarks” in a headline as a noun, so the headline’s subject calls them ‘Troubling’; “Russia’s Putin says” still says', () => {
    const text = 'Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling.’\n\nWASHINGTON - Hillary Clinton said Russian intelligence services hacked the committee.\n\nRussia’s Putin says the West is “lying”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Hillary Clinton', 'Putin']);
  });

  it('gives “another added” to another of those just mentioned, before or after the quotation', () => {
    const text = 'Several women spoke. Another added: "It was awful."\n\n"We were scared," another said.';
    assert.deepEqual(speakers(text).map((s) => [s[2], s[3]]), [['Another', 'added'], ['another', 'said']]);
  });

  it('reads a past form after a possessive as an adjective, “One …, saying” as one of those mentioned, and a participle after a clause of time as the subject’s', () => {
    const text = 'Several women spoke. One referenced Kelly’s alleged childhood abuse, saying, "Being abused does not give you the right."\n\nThe LAPD issued a statement after the show ended saying that it was aware of an "incident between two individuals."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['One', 'LAPD']);
  });

  it('reads “accepted” with a clause after it as conceding, a cue — not “accepted the award”; a role before a name and a place is a person', () => {
    const text = 'Today, Harlow Council chief executive Mira Wales accepted social workers took the parents’ views at ‘face value’.\n\n‘I apologise unreservedly, we missed key signs.’\n\nTom Hale accepted the “Best Actor” award.';
    assert.deepEqual(speakers(text).map((s) => [s[0], s[1]]), [['partial', 'Mira Wales'], ['speech', 'Mira Wales'], ['title', null]]);
  });

  it('reads a panel’s or a tribunal’s “found that” as what it says, and “found a body” as nothing said', () => {
    const text = 'The panel found that the remarks were “degrading and humiliating”. Police found a body near the “Old Mill” sign.';
    assert.deepEqual(speakers(text).map((s) => [s[0], s[1]]), [['partial', 'panel'], ['title', null]]);
  });

  it('names a body whose name has “and” in it whole: “the Food and Drug Administration said”, not after a person', () => {
    assert.deepEqual(speakers('“It is safe,” the Food and Drug Administration said.')[0].slice(1, 3), ['Food and Drug Administration', 'Food and Drug Administration']);
    assert.equal(speakers('“No,” Marks & Spencer said.')[0][1], 'Marks & Spencer');
    assert.equal(speakers('“Yes,” Tom Lee and Hale Agency said.')[0][1], 'Hale Agency');
    // (A body whose name opens its sentence on a word of the language: "Age UK said".)
    assert.equal(speakers('Age UK said the cut was “a disaster”.')[0][1], 'Age UK');
    // (Past "for" or "of" too, whose last word speaking is no person: "the Department for Work and Pensions said".)
    const dwp = analyze('The Department for Work and Pensions said: “We are reviewing the case.”');
    assert.deepEqual([dwp.quotes[0].speaker?.name, dwp.quotes[0].speaker?.type, dwp.people.length], ['Department for Work and Pensions', 'organisation', 0]);
  });

  it('reads a past form after an article as an adjective: “the alleged mastermind” says nothing', () => {
    const text = 'The agency claimed that Omar Dey, a cleric and the alleged mastermind of the cell, was “involved in recruiting young men”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['agency']);
  });

  it('reads “continues” with an object as going on doing something, not saying, unless the object is words', () => {
    const text = 'Spokesman Dmitry Peskov said on Tuesday that because there are no signals from Kyiv, Russia continues its "special military operation." The candidate has continued his warnings that the vote is “rigged,” angering many.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dmitry Peskov', 'candidate']);
  });

  it('gives a quotation to the person of a band (“of the Stone Roses”), and to a barrister before his “QC”', () => {
    const text = 'Ian Browne of the Stone Roses tweeted that working with her was "a highlight of my musical life."\n\nBarrister Gavin Millar QC, who leads the legal team, described the award as “wrong in law”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ian Browne', 'Gavin Millar']);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Ian Browne', 'Gavin Millar']);
  });

  it('does not give “the French president” to the one the article calls “Ukrainian president”', () => {
    const text = '“Only scum can act like this,” Ukrainian president Volodymyr Zelensky said.\n\n“Everyone knows this war was started by Russia alone,” the French president said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Volodymyr Zelensky', 'French president']);
  });

  it('resolves “he” after a quote to one a subject “he” carries on from, past the previous speaker named as an object', () => {
    const text = '"That was a great night," Chris Rock said, not making more references to the incident.\n\nJust a few minutes later, Will Smith was back on stage to accept the Best Actor award. In his acceptance speech, he apologized to the Academy, without mentioning the incident or Chris Rock.\n\n"Richard Williams was a fierce defender of his family," he said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Chris Rock', 'Will Smith']);
  });

  it('resolves “he” after a quote to the subject of the sentence since, not the one that sentence names later', () => {
    const text = '“It was five hard drives,” Steve Whitmore said.\n\nMark Rathbun requested donations on his blog, in order to help Marc Montalvo with his defence. He described Montalvo as a man "facing the penitentiary for leaving."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Steve Whitmore', 'Mark Rathbun']);
  });

  it('resolves “he” past a name in an object to the one a subject “he” carries on from', () => {
    const text = 'Once again, Don Fowler decided to defy the establishment. He blasted Tom Brady as a creature of the establishment. At one point, he referred to him as “the devil.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Don Fowler']);
  });

  it('reads a run of three quotations or more in title case, joined by commas and “and”, as works; not chanted slogans', () => {
    const text = 'Hamlisch\'s Broadway credits include "They\'re Playing Our Song," "Jean Seberg," "Smile," "The Goodbye Girl" and "Sweet Smell of Success."\n\nThe crowd chanted “Lock her up!”, “Build the wall!” and “Drain the swamp!”';
    assert.deepEqual(speakers(text).slice(0, 5).map((s) => s[0]), ['title', 'title', 'title', 'title', 'title']);
    assert.ok(speakers(text).slice(5).every((s) => s[0] !== 'title'));
  });

  it('gives “the statement continued” to the issuer of the statement released before, past “the statement read”', () => {
    const text = 'The network NBX, which aired the show, also released a statement expressing sympathy.\n\n"We are so deeply saddened," the statement read.\n\n"It was a risky role for him," the statement continued.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['NBX', 'NBX']);
  });

  it('gives a participle after a platform to the clause’s subject, and “the band” to the band named last', () => {
    const text = 'Actor Chris Dowling paid tribute on Twitter saying: “Very few are capable of such empathy.”\n\nRock band Grey Wolves said they were “heartbroken”. The band posted a message on Facebook saying they were “shocked and saddened” at the news.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Chris Dowling', 'Grey Wolves', 'Grey Wolves']);
    // "The group" is no platform it wrote on.
    assert.deepEqual(speakers('Writing on Facebook, the group said: “It is cruel.”').map((s) => s[1]), ['group']);
    // A participle in an opening phrase belongs to the main clause after its comma.
    const opening = 'In a statement announcing his recommendation, Police Chief Dana Morrow referred to the death as “avoidable”.';
    assert.deepEqual(speakers(opening).map((s) => s[1]), ['Dana Morrow']);
  });

  it('gives a quotation with no cue anywhere to the named person the sentence before is about, not to a credit line', () => {
    const text = 'Re-treading worker Mark Lewin, 53, of Idonia Road, Perton, has worked at the site for 37 years.\n\n“It is a sad time. My father worked here.”\n\nDarren Ferguson was fined.\n\nBEN STANSALL/GettyImages\n\n“I am sorry for that comment.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Mark Lewin', null]);
  });

  it('reads a name before its founder, boss or owner, or owning administrators, as a body “the retailer” stands for', () => {
    const text = 'Quidmart’s administrators will close 80 stores. One bidder is Quidmart founder Chris Edwards.\n\nThe retailer fell into administration in June, blaming “high costs.”\n\nZentrix boss Ann Lee said: “We are sorry.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 3)), [['Quidmart', 'The retailer'], ['Ann Lee', 'Ann Lee']]);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Chris Edwards', 'Ann Lee']);
  });

  it('resolves “he” after a described subject to the person named right after the role', () => {
    const text = 'Cameroon’s Interior Minister Paul Atanga Nji said arrests were made. “The government watches with concern acts of provocation,” he said.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Paul Atanga Nji', 'he']);
    // …or after the role's complement.
    const past = 'Fiji’s High Commissioner to Canada Ratu Tevita Lomani said talks would follow. “We will meet them next week,” he said.';
    assert.deepEqual(speakers(past)[0].slice(1, 3), ['Ratu Tevita Lomani', 'he']);
  });

  it('reads concerns “expressed” as someone’s words', () => {
    const text = 'Following the results, Secretary of State Ann Whitby expressed “serious concerns” about the accuracy of the outcome.';
    assert.deepEqual(speakers(text)[0].slice(0, 2), ['partial', 'Ann Whitby']);
  });

  it('reads blaming and blurting as verbs of saying', () => {
    const text = 'Poundworld will close 80 stores. The retailer fell into administration in June, blaming “high product cost inflation and decreasing footfall.”';
    assert.deepEqual(speakers(text)[0].slice(2, 4), ['The retailer', 'blaming']);
    assert.equal(speakers('Daniel Palladino bounded out to applause, blurting out, “Let the backlash begin!”')[0][1], 'Daniel Palladino');
    // (Past a lead-in and its colon to the clause's subject.)
    const lead = 'Producers try stand-up comedy: After winning the Emmy for best comedy series, co-creator Daniel Palladino bounded out, blurting out, “Let the backlash begin!”';
    assert.equal(speakers(lead)[0][1], 'Daniel Palladino');
  });

  it('reads “as X put it”, with a participle phrase after the subject', () => {
    const text = 'As one journalist covering the research put it, “Ocean acidification can mess with a fish’s mind.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['one journalist', 'one journalist', 'put']);
    // "put" without "it" reports nothing.
    assert.equal(analyze('The minister put the plan “on hold” last week.').quotes[0].cue, null);
  });

  it('takes no time for a speaker: “got into the tone of the evening saying:” is the subject’s', () => {
    const text = 'Meyers got straight into the tone of the evening saying: “Good evening ladies, and remaining gentlemen”, a dig at the absentees.';
    assert.equal(speakers(text)[0][1], 'Meyers');
  });

  it('gives “he” the unnamed role that is the subject just before, or the person holding it', () => {
    const spokesman = 'Theresa May told MPs to stop. Jeremy Corbyn laughed.\n\nMrs May’s spokesman also made clear she would bring the message to Cabinet.\n\n“Cabinet must be able to hold discussions in private,” he said.';
    assert.deepEqual(speakers(spokesman)[0].slice(1, 3), ['Theresa May’s spokesman', 'he']);
    const ceo = 'Facebook chief executive Mark Zuckerberg spoke to staff. The chief executive admitted that morale had suffered. “Sure, maybe some people will leave,” he said.';
    assert.deepEqual(speakers(ceo)[0].slice(1, 3), ['Mark Zuckerberg', 'he']);
  });

  it('gives a “he” with nobody named in reach to the person the article is about', () => {
    const text = 'Cisco chief executive John Chambers apologised to shareholders on Thursday.\n\nShares closed up 1 percent.\n\nAnalysts had expected more.\n\nThe company forecast revenue growth of 9 percent.\n\nIts rivals gained.\n\nHe said federal spending was “great” this year.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['John Chambers', 'He']);
  });

  it('gives “the 62-year-old” with no age in the article to the person quoted last, never to someone of another age', () => {
    const text = 'Ghana’s opposition candidate, John Mahama, rejected the results.\n\n“I will not accept them,” he told a news conference.\n\nChallenges could test the nation.\n\nThe 62-year-old claimed that “numerous steps have been taken to manipulate the results”.';
    assert.equal(speakers(text)[1][1], 'John Mahama');
    assert.equal(speakers('Jane Smith, 41, spoke first. “We won,” she said.\nThe 62-year-old claimed that “it was a fix”.')[1][1], '62-year-old');
  });

  it('gives words an outlet “quoted … as saying” to the one quoted, before or after the quotation', () => {
    assert.equal(speakers('“Two prisoners died in front of us,” Amnesty quoted a 70-year-old detainee as saying.')[0][1], '70-year-old detainee');
    assert.equal(speakers('The paper quoted Mr Jones as saying: “We will not resign.”')[0][1], 'Jones');
    assert.equal(speakers('Mr Smith spoke in Tokyo. “We are ready,” the agency quoted him as saying.')[0][1], 'Smith');
    assert.equal(speakers('“We are ready,” the agency said, quoting a report.')[0][1], 'agency');
    // The paragraph after carries on with the one quoted, not the outlet.
    const text = '“We question this,” Dziennik Gazeta Prawna quoted Andrzej Duda as saying.\n\n“I am inclined to block it.”';
    assert.equal(speakers(text)[1][1], 'Andrzej Duda');
    // …and so do words someone "was quoted by" an outlet "as saying".
    assert.equal(speakers('Judge Mike Peters was quoted by the Houston Chronicle as saying, "She will get more than her horses got."')[0][1], 'Mike Peters');
    assert.equal(speakers('Mayor Ann Cole was cited by the Daily Record as saying: "We will not close the pool."')[0][1], 'Ann Cole');
  });

  it('gives words to the person whose relative clause names a body that a second apposition describes', () => {
    const text = 'Mr Foulds, who is the headteacher of Bournside School, a comprehensive in Gloucestershire, said: “I am under no illusion.”';
    assert.equal(speakers(text)[0][1], 'Foulds');
  });

  it('gives a lede’s unnamed leader to the person named and quoted after it, and leaves an unnamed official alone', () => {
    const lede = 'A hospital trust leader has said national targets are “incredibly challenging”.\n\nKirsten Mayhew, chief executive of the trust, spoke to governors on Monday.\n\n“We are working hard,” Ms Mayhew said.';
    assert.deepEqual(speakers(lede)[0].slice(1, 3), ['Kirsten Mayhew', 'A hospital trust leader']);
    const official = 'A senior official said the talks were “very difficult”.\n\nJane Smith, a teacher, was at the school.\n\n“It was chaos,” Ms Smith said.';
    assert.equal(speakers(official)[0][1], 'senior official');
  });

  it('reads a councillor’s abbreviated title as part of the attribution, not as the end of a sentence', () => {
    assert.equal(speakers('“I think the whole concept is ridiculous,” Coun. Paul Baxter said of the bylaw.')[0][1], 'Paul Baxter');
    assert.equal(speakers('“It is fine,” Cr. Jane Smith said.')[0][1], 'Jane Smith');
    assert.deepEqual(analyze('“It is fine,” Coun. Paul Baxter said. Coun. Baxter left early.').people.map((p) => [p.name, p.aliases]), [['Paul Baxter', ['Coun. Paul Baxter', 'Coun. Baxter']]]);
  });

  it('gives “he” to the subject of the paragraph just before, over the previous speaker', () => {
    const text = '“I think the whole concept is ridiculous,” Coun. Paul Baxter said of the bylaw.\n\nCoun. Stavros Karlos, who supports quota systems, was not in support of the bylaw for several reasons.\n\n“This strategy risks most and guarantees little,” he said.';
    assert.deepEqual(speakers(text).map((x) => x[1]), ['Paul Baxter', 'Stavros Karlos']);
  });

  it('takes a report’s or a website’s title after its noun for a title, however long', () => {
    const text = 'The spokesman rejected the 132-page report, “We Can Torture, Kill or Keep You for Years: Enforced Disappearances by Pakistan Security Forces in Baluchistan.”';
    assert.equal(speakers(text)[0][0], 'title');
    assert.equal(speakers('The study said: “Sleep matters more than we thought.”')[0][0], 'speech');
    const site = analyze('The attack was launched on Wednesday by a user labelled “Anonymous”, on the website “Insurgency Wiki”, a spinoff.');
    assert.equal(site.quotes.find((q) => q.text === '“Insurgency Wiki”')?.kind, 'title');
  });

  it('does not give “they” to an outlet the story cites', () => {
    assert.equal(speakers('Lawyers for the woman spoke to the Associated Press on Monday. “We call on him to resolve this,” they said.')[0][1], 'they');
  });

  it('does not give “the company” or “the country’s weather agency” to the wire agency of the dateline', () => {
    assert.equal(speakers('MANILA (Reuters) - A typhoon hit on Monday. The country’s weather agency said winds would reach “185 km/h and more”.')[0][1], 'country’s weather agency');
    assert.equal(speakers('LONDON (Reuters) - The report was published on Monday. “We regret this,” the company said.')[0][1], 'company');
  });

  it('gives a quote to a name labelling it with what they speak on, and to a named person’s gesture before a comma', () => {
    assert.equal(speakers('BHRUT chief executive Matthew Trainer on the trust’s emergency performance: “Too many people are waiting.”')[0][1], 'Matthew Trainer');
    assert.equal(speakers('Tom Hale on the result: “We deserved it.”')[0][1], 'Tom Hale');
    assert.equal(speakers('Susan Johnson nods in agreement, “We have volunteers tutoring English.”')[0][1], 'Susan Johnson');
    assert.equal(speakers('Questions on Tom Hale: “Is he fit?”')[0][1], null);
    assert.equal(speakers('When Jane Doe arrived, “We have to go now.”')[0][1], null);
  });

  it('gives a quotation over several paragraphs to the attribution it closes on, not to the speaker before it', () => {
    const text = 'Mr Smith spoke first. “We won,” he said.\n\n“We have a very long boundary with China. The line is long.\n\n“So from time to time, patrols stray,” spokesperson Vishnu Prakash said.';
    assert.deepEqual(speakers(text).map((x) => x[1]), ['Smith', 'Vishnu Prakash']);
    // With no attribution where it ends, it continues the previous speaker's.
    const run = 'Mr Smith spoke first. “We won,” he said.\n\n“We have a very long boundary. The line is long.\n\n“So from time to time, patrols stray.”\n\nVishnu Prakash said nothing.';
    assert.deepEqual(speakers(run).map((x) => x[1]), ['Smith', 'Smith']);
  });

  it('reads a noun after a reporting verb as its object, not as the verb: “said rates were “appropriate””', () => {
    assert.deepEqual(speakers('The chairman of the bank said rates were “appropriate”.')[0].slice(2, 4), ['The chairman of the bank', 'said']);
    assert.deepEqual(speakers('The report states that it was “a failure”.')[0].slice(2, 4), ['The report', 'states']);
  });

  it('gives “the head of emergencies at the World Health Organization” to the office, not to the body', () => {
    assert.equal(speakers('The head of emergencies at the World Health Organization is hailing “good news” in early trials.')[0][2], 'The head');
    assert.equal(speakers('An analyst at Morgan Stanley said the results were “very strong”.')[0][1], 'Morgan Stanley');
  });

  it('gives “the Minister of Public Security” to the holder of that office, not to the ministry in its name', () => {
    const text = 'According to Albert Damantang Camara, Minister of Public Security, the bullets did not match.\n\nThe Minister of Public Security assures that the inquiry is “carried out to the end”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Albert Damantang Camara', 'The Minister']);
    // A spokesperson for a body is still named for it.
    assert.equal(speakers('A spokesperson for Lancaster City Council said: “We are aware of this.”')[0][1], 'Lancaster City Council');
  });

  it('takes the person before an apposition left open before a colon’s verb, not its role words', () => {
    for (const [text, name] of [
      ['Jonathan Lieberman, head of planning said: “We are pleased.”', 'Jonathan Lieberman'],
      ['Giovanna Lewis, who leads the Bring Back the Beds campaign said: “Ray was a key campaigner.”', 'Giovanna Lewis'],
      ['Councillor Jane Roberts, Portfolio Holder for Community Safety said: “Scams are rising.”', 'Jane Roberts'],
    ]) assert.equal(speakers(text)[0][1], name, text);
    // The verb's own commas make it an aside: the union says it.
    assert.equal(speakers('Mr Smith, the union said, was sacked for being “too loud”.')[0][1], 'union');
    // A document after the comma is the subject itself, not a role of the person before it; a body closing a role is
    // the role's.
    assert.equal(speakers('Staff were “overstretched and low” before the death of Amy Hale, a child practice review said.')[0][1], 'child practice review');
    assert.equal(speakers('“Ties are cut,” Mira Obi, the spokeswoman of the foreign ministry told reporters.')[0][1], 'Mira Obi');
  });

  it('reads attributions from a second batch of real articles’ shapes', () => {
    // An apposition left open before the verb; a name in apposition after a description; a place modifying a noun.
    const open = '“They ambushed them,” Darlington Tuagben, managing director of Liberia’s Forestry Development Authority told the Liberian Observer. “We will appeal,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.';
    assert.deepEqual(speakers(open).map((s) => s.slice(0, 2)), [['speech', 'Darlington Tuagben'], ['speech', 'Doug Andres']]);
    assert.deepEqual(speakers('“The cable is now missing,” says Eskom spokesperson, Khulu Phasiwe.')[0].slice(1, 3), ['Khulu Phasiwe', 'Khulu Phasiwe']);
    // …past the role's "of" phrase.
    assert.equal(speakers('“It imposes an unjustified fine,” said the firm’s global head of regulatory affairs, Lee-Anne Mulholland.')[0][1], 'Lee-Anne Mulholland');
    assert.equal(speakers('“The ship ignored it,” said the head of Ports and Harbours Board in southern Fars province, Dara Kamali.')[0][1], 'Dara Kamali');
    // …past a relative clause on a place closing the apposition.
    assert.equal(speakers('Tom Rusk, police chief in nearby Elm Park, where officers found the car, said he had “every reason to believe it”.')[0][1], 'Tom Rusk');
    assert.deepEqual(speakers('“I’d just like to clear that up,” said the New Zealand boss.')[0].slice(1, 2), ['New Zealand boss']);
    // “A statement read:”; a continuation across a “Read more:” line and a photo credit.
    assert.deepEqual(speakers('A statement read: “With his distinctive voice he was loved.”')[0].slice(1, 4), ['statement', 'A statement', 'read']);
    const run = 'Andrew Mackenzie, chief executive of BHP, said: “We will grow.”\n\nRead more: Anglo slips as bad weather hits copper\n\nMackenzie after the results. Andrew Cornaga / INPHO\n\n“We can create significant value.”';
    assert.deepEqual(speakers(run).map((s) => s[1]), ['Andrew Mackenzie', 'Andrew Mackenzie']);
    // “It had …” after a quotation is the next sentence, not its attribution; “READ MORE” is no speaker.
    assert.notEqual(speakers('Jay-Z rang: “I found the new anthem!” It had an energy like no other.')[0][2], 'It');
    assert.equal(speakers('Eskom said the grid was stable.\n\nREAD MORE: Load shedding a ‘high probability’ this winter')[0][1], null);
  });

  it('gives a few quoted words to the speaker of an attribution clause after a comma, not to a verb deep in a later clause', () => {
    const leads = 'Indian detectives “have good leads” on the three blasts that killed 21 people in Mumbai, a top official said on Saturday.';
    assert.deepEqual(speakers(leads)[0].slice(0, 4), ['partial', 'top official', 'a top official', 'said']);
  });

  it('takes a word cited as a word for a scare quote', () => {
    const text = 'Other commentators have said the words ‘Facebook’ and ‘privacy’ sit uneasily together.';
    assert.equal(speakers(text)[0][0], 'scare');
  });

  it('keeps an auxiliary out of a described subject', () => {
    const text = 'Officials named the group. The group has denied any role in the blasts, calling the attacks “inhuman and barbaric”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['group', 'The group']);
  });

  it('reads the spoken quotative “I was like, “…””', () => {
    const text = 'When I was watching the film, I was like, “Man, there is a person with a massive amount of songs.” He had the fireworks.';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['I', 'I', 'like']);
    assert.equal(analyze('I like “jazz” a lot.').quotes[0].cue, null);
  });

  it('reads speech quoted inside a quotation, spoken by the subject of the verb before it', () => {
    const text = 'Mr Green said he was pushed. “I said, ‘What are you doing, assaulting me?’ The minute I said that, he left,” Mr Green said. “They’d say, ‘We want it to remain simple,’” says Reynolds.';
    assert.deepEqual(speakers(text), [
      ['speech', 'Green', 'Mr Green', 'said'],
      ['speech', 'Green', 'I', 'said'],
      ['speech', 'Reynolds', 'Reynolds', 'says'],
      ['speech', 'They', 'They', 'say'],
    ]);
    // A term inside a quotation stays a term, and an inner quotation is never reported as unattributed.
    assert.equal(speakers('“We call it ‘the vault’ here,” the manager said.')[1][0], 'scare');
    assert.ok(analyze('“He kept saying, ‘not now’, all night,” she said.').problems.every((p) => p.code !== 'unattributed-quote'));
  });

  it('takes a description opened by a possessive (“his loved ones”) as the speaker', () => {
    const text = 'Joss Ackland, who appeared in 130 films, died “peacefully surrounded by family,” his loved ones confirmed tonight.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['his loved ones', 'his loved ones']);
  });

  it('reads a lower-case title before the sentence subject', () => {
    const text = 'Outgoing chief financial officer Chris Lynch attributed the miss to old contracts, which cost the firm “a couple of hundred million” dollars.';
    assert.deepEqual(speakers(text)[0].slice(0, 3), ['partial', 'Chris Lynch', 'Chris Lynch']);
  });

  it('gives the quote to the person after a name and a lower-case role (“said MUA Sydney assistant secretary Paul Garrett”)', () => {
    const text = '“The crews will still be there,” said RMT Kent branch secretary Dana Holt.\n\n“We are ready,” said Biden campaign manager Jen Dillon.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dana Holt', 'Jen Dillon']);
  });

  it('gives the quote to the person named right after a body’s possessive (“said Destination Cleveland’s Viveca Kimble”)', () => {
    const text = '“We want them to have a great time,” said Visit Lakeland’s Dora Pike.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dora Pike']);
  });

  it('passes over a body’s initials in brackets to the person after its title (“said … Association (NFDA) spokesperson Jo Kent”)', () => {
    const text = '"These are hard times," said National Funeral Directors Association (NFDA) spokesperson Jo Kent, "and families are choosing cremation."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Jo Kent', 'Jo Kent']);
  });

  it('reads a third batch of real articles’ shapes', () => {
    // The person after an organisation's title, before or after the verb.
    assert.deepEqual(speakers('“We are delighted,” said AP President and CEO Daisy Veerasingham.')[0].slice(1, 2), ['Daisy Veerasingham']);
    const pas = 'PAS MP Datuk Mohd Khairuddin Aman Razali praised the council, saying it “carried the aspirations” of residents.';
    assert.deepEqual(speakers(pas)[0].slice(1, 2), ['Mohd Khairuddin Aman Razali']);
    // “The president” is not the vice president; “he” is the sentence's subject, not its object; an age as subject.
    const harris = 'President Nana Akufo-Addo met US Vice President Kamala Harris on Monday. The president added: “It may well be.”';
    assert.deepEqual(speakers(harris)[0].slice(1, 2), ['Nana Akufo-Addo']);
    const judge = 'Judge Christopher Mitchell took over from Judge Philip Clegg in 2020. Explaining his role, he said: “One does feel a responsibility.”';
    assert.deepEqual(speakers(judge)[0].slice(1, 3), ['Christopher Mitchell', 'he']);
    // …unless a reporting verb follows the later name: the one who said the sentence is who "he" is next.
    // "The Sinn Fein TD": the person whose role has the description's capitalised words, after the verb or as "he".
    const td = 'Health Minister Stephen Donnelly took questions from Sinn Fein health spokesperson David Cullinane. Mr Donnelly admitted: “It is a challenge.”\n' +
      '“We have to go further,” he said.\nThe Sinn Fein TD said that the numbers were going the wrong way.\n“Promises have been made,” he said.\n“Nothing has changed,” said the Sinn Fein TD.';
    assert.deepEqual(speakers(td).map((s) => s[1]), ['Stephen Donnelly', 'Stephen Donnelly', 'David Cullinane', 'David Cullinane']);
    const reported = 'Governor Hassan Ochieng turned himself in at police headquarters on Saturday, police chief Samuel Mwangi said.\n“We will prosecute those found culpable,” he is quoted as saying.';
    assert.deepEqual(speakers(reported)[0].slice(1, 3), ['Samuel Mwangi', 'he']);
    const age = 'Judge Christopher Mitchell, 66, sits in Southend. The 66-year-old said: “It has been an interesting year.”';
    assert.deepEqual(speakers(age)[0].slice(1, 3), ['Christopher Mitchell', 'The 66-year-old']);
  });

  it('gives a few quoted words to a source named with “according to” further on in the sentence', () => {
    const text = 'Derrick Van Orden spoke. Van Orden “dropped an f-bomb,” which drew applause from members, according to another GOP member.';
    assert.deepEqual(speakers(text)[0].slice(0, 4), ['partial', 'another GOP member', 'another GOP member', 'according to']);
  });

  it('resolves a description to the person named with that role just after, when nobody had it before', () => {
    const text = '“We reject the allegations,” the FO spokesperson said on Friday.\n\nAt the weekly briefing, FO spokesperson Sarah Jones said talks would go on.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Sarah Jones', 'the FO spokesperson']);
  });

  it('takes a short quoted sentence after another speaker’s sentence for more of their speech', () => {
    const text = '“It is taxing on campaign resources,” Mark O’Donnell said. “Big time.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['speech', 'Mark O’Donnell'], ['speech', 'Mark O’Donnell']]);
    // A term inside the writer's sentence stays a term.
    assert.equal(speakers('The so-called “experts” met on Tuesday.')[0][0], 'scare');
  });

  it('reads speech quoted inside a quotation after “is just like,” or a verb and the one told', () => {
    const text = '“My friends are telling me, ‘Feel the Bern,’ but I cannot,” said Mona Lamberson. “Donald Trump is just like, ‘no, I want this.’ He owes nobody,” she said.';
    const q = speakers(text);
    assert.deepEqual(q[1].slice(0, 4), ['speech', 'friends', 'friends', 'telling']);
    assert.deepEqual([q[3][0], q[3][3]], ['speech', 'like']);
  });

  it('keeps “the first GOP lawmaker” unnamed rather than taking the lawmaker named before', () => {
    const text = 'GOP lawmaker Derrick Van Orden stormed out. “He was just frustrated,” the first GOP lawmaker said of Van Orden.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['first GOP lawmaker', 'the first GOP lawmaker']);
  });

  it('resolves “the company” or “the brewer” to the organisation named last, not the outlet that reported it', () => {
    const text = 'Shares in Norvale Holdings fell 4% after the report, first carried by Reuters.\n“We do not comment on market rumours,” the company said.\nCarlsberg Malaysia Sdn Bhd raised prices. “Costs have risen,” the brewer said.';
    assert.deepEqual(speakers(text).map((q) => q.slice(1, 3)), [['Norvale Holdings', 'the company'], ['Carlsberg Malaysia Sdn Bhd', 'the brewer']]);
  });

  it('takes the name after “said his solicitor,” for the speaker', () => {
    const text = 'Dean Harlow, 34, admitted harassing a neighbour. “The last months have been hard on him,” said his solicitor, Tom Lloyd.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Tom Lloyd', 'Tom Lloyd']);
  });

  it('takes the person, not the party or group after “of”, before the verb', () => {
    assert.deepEqual(speakers('Deputy leader Park Min-jae of the Unity Reform Party said on Monday, “We proposed a meeting.”')[0].slice(1, 3), ['Park Min-jae', 'Park Min-jae']);
    assert.deepEqual(speakers('Marta Kowalczyk of the Green Alliance said: “We will fight this.”')[0].slice(1, 3), ['Marta Kowalczyk', 'Marta Kowalczyk']);
  });

  it('takes the person in apposition, not the team before the role, as the subject', () => {
    const text = 'The Red Lions head coach, Emeka Obi, criticised the display, claiming that “they only woke up after the break”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Emeka Obi', 'Emeka Obi']);
    // …and a body named in full, with "of", before the role.
    const body = 'Department of Justice attorney Scott Stewart fought back at a hearing on Thursday, arguing that the government has gone “above and beyond” to help.';
    assert.deepEqual(speakers(body)[0].slice(1, 3), ['Scott Stewart', 'Scott Stewart']);
    // …and a body whose name has a slash in it.
    assert.equal(speakers('“The deal has collapsed,” said SPLM/IO deputy leader Oyet Nathaniel Pierino.')[0][1], 'Oyet Nathaniel Pierino');
  });

  it('takes the subject of the reporting verb over the source of the report', () => {
    const text = 'According to the Daily Courier, Governor Ann Whitby told the committee that “the budget is beyond repair”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Ann Whitby', 'Ann Whitby']);
  });

  it('does not take a country after “across” for the subject: “Anglican priests across Canada are calling …”', () => {
    const text = 'Anglican priests across Canada are calling for an amnesty, saying the families should be allowed to stay “and not be sent back”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Anglican priests', 'Anglican priests']);
  });

  it('takes the person after a body’s whole name and a role, inverted: “said Council on Aging Director Sue Hale”', () => {
    assert.deepEqual(speakers('“Hang up at once,” said Council on Aging Director Sue Hale.')[0].slice(1, 3), ['Sue Hale', 'Sue Hale']);
    assert.deepEqual(speakers('“It is bad,” said Department of Health spokesman Tom Reddy.')[0].slice(1, 3), ['Tom Reddy', 'Tom Reddy']);
    // (Lower-case words before the role: "San Diego Zoo lead animal keeper …".)
    assert.deepEqual(speakers('“They cradle them,” explained Harlow Zoo lead animal keeper Ann Hale.')[0].slice(1, 3), ['Ann Hale', 'Ann Hale']);
    // (A long name of a body: "State Board of Pardons and Parole spokesperson …".)
    assert.deepEqual(speakers('“It helps,” said State Board of Fisheries and Forests spokesperson Ann Hale.')[0].slice(1, 3), ['Ann Hale', 'Ann Hale']);
    // (A role before "for" still ends the search, and the apposition names the holder.)
    assert.deepEqual(speakers('“It is bad,” said the Minister for Health, Tom Reddy.')[0].slice(1, 3), ['Tom Reddy', 'Tom Reddy']);
  });

  it('gives a headline’s quoted words with no one to say them to whoever the story quotes saying them', () => {
    const text = 'Ferry crossing ‘a disgrace’\n\nPassengers waited for hours on Monday.\n\n“The whole thing was a disgrace,” said Olu Banjo, who waited nine hours.';
    assert.deepEqual(speakers(text).map((q) => q.slice(0, 2)), [['partial', 'Olu Banjo'], ['speech', 'Olu Banjo']]);
    // (Words no one says again keep no speaker.)
    const alone = 'Ferry crossing ‘a disgrace’\n\nPassengers waited for hours on Monday.\n\n“We were cold,” said Olu Banjo.';
    assert.equal(speakers(alone)[0][1], null);
    // Further on too: the copy picking up a speaker's words.
    const body = 'Passengers waited for hours.\n\n“The whole thing was a disgrace from start to finish,” said Olu Banjo.\n\nThe ferry left at noon.\n\nIt docked at six.\n\nBy any measure the delay was “a disgrace from start to finish”.';
    assert.deepEqual(speakers(body).map((q) => q[1]), ['Olu Banjo', 'Olu Banjo']);
  });

  it('takes the antecedent of “who said” past where it is: “Judge Ann Lowe in Leeds, who said”', () => {
    const text = 'He was sentenced by Judge Ann Lowe in Leeds, who said the scheme had been “cruel and greedy” from the start.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Ann Lowe', 'Ann Lowe']);
    // "who says" is a verb too (a plural noun after "who" would be no subject's).
    const says = 'The appeal is led by Jane Orr, who says she hopes to “galvanise” the village.';
    assert.deepEqual(speakers(says)[0].slice(1, 4), ['Jane Orr', 'Jane Orr', 'says']);
  });

  it('takes the person of a body whose name runs past “for”: “Ana Lind of the Council for Fair Media said”', () => {
    const text = 'Ana Lind of the Council for Fair Media, a watchdog, said his handling of the case “looked bad”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Ana Lind', 'Ana Lind']);
  });

  it('takes the person of a body described in common nouns, not the body: “X of the … agency told”', () => {
    const text = '“The camp is full,” Lena Varga of the UN refugee agency told reporters.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Lena Varga', 'Lena Varga']);
    const body = '“The camp is full,” the UN refugee agency told reporters.';
    assert.equal(speakers(body)[0][1], 'UN refugee agency');
  });

  it('takes the person of a described body past an abbreviation in brackets: “of the Western Cape (WC) high court said”', () => {
    const text = 'Justice Mira Okafor of the Western Cape (WC) high court said the plot was “the worst of its kind”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Mira Okafor', 'Mira Okafor']);
  });

  it('takes the agent of a passive reporting verb: “was described by X as”', () => {
    const text = 'Mr Corrie was described by the school’s headteacher, Helen Grant, as “a true gentleman”.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Helen Grant', 'Helen Grant']);
    const after = 'Mr Obi ruled the province for a decade and was called a “tyrant” by the opposition leader, Ama Boateng.';
    assert.deepEqual(speakers(after)[0].slice(1, 3), ['Ama Boateng', 'Ama Boateng']);
    // A word the subject is branded right after the verb, the agent after it: someone's word, not a name given.
    assert.deepEqual(speakers('The plan was branded “devastating” by campaigners.')[0].slice(0, 2), ['partial', 'campaigners']);
    assert.deepEqual(speakers('It was approved in a decision branded “devastating” by opponents.')[0].slice(0, 2), ['partial', 'opponents']);
    assert.deepEqual(speakers('The dish is called “pelmeni”.')[0].slice(0, 2), ['scare', null]);
    // Past a time, and with the auxiliary left out after a comma.
    const time = 'The cells were described last week by the prisons inspector Tom Reddy as “grim and airless”.';
    assert.deepEqual(speakers(time)[0].slice(1, 3), ['Tom Reddy', 'Tom Reddy']);
    const reduced = 'Ministers were told to act on the hostel, described by the inspector Jo Kerr as “unfit”.';
    assert.deepEqual(speakers(reduced)[0].slice(1, 3), ['Jo Kerr', 'Jo Kerr']);
  });

  it('does not resolve “he” to someone named only inside the quotation', () => {
    const text = 'Arjun Mehta, the party spokesman, spoke after the vote.\n“They now see a Vikram Rao behind every tree,” he added.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Arjun Mehta', 'he']);
  });

  it('takes the subject of “told … that” after “According to X,” for a few words quoted', () => {
    const text = 'According to Channel 9, Ostrowski told the minister that “a strike is now almost certain by spring.”';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Ostrowski', 'Ostrowski']);
  });

  it('does not take a place or body after a preposition for the clause subject', () => {
    const text = 'Deputy leader Lee Soo-min spoke on Monday. Lee held a briefing at the National Council that day and said, “We will convene within a month to sort out the agenda,” adding, “We are ready.”';
    assert.deepEqual(speakers(text).map((q) => q[1]), ['Lee Soo-min', 'Lee Soo-min']);
  });

  it('gives the quote before “X remarked, “…”” the same speaker', () => {
    const text = 'Coach Didier Maret praised his players. “I am glad we got the points.” Maret remarked, “The first half was our best this year.”';
    assert.deepEqual(speakers(text).map((q) => q[1]), ['Didier Maret', 'Didier Maret']);
  });

  it('reads past an apposition opened by “known as”', () => {
    const text = 'President Tomas Varga toured the site. “We have ordered an immediate response,” the president, known as Tomi, stated in broadcast remarks.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Tomas Varga', 'the president']);
  });

  it('takes “Mendez’s relatives” for the speaker, but the owner of a document that speaks', () => {
    const relatives = 'Carla Mendez died in June. Mendez’s relatives watched the footage on Thursday and said they came away with “more questions than answers.”';
    assert.deepEqual(speakers(relatives)[0].slice(1, 3), ['Mendez’s relatives', 'Mendez’s relatives']);
    const analysis = 'Browser share is slipping. Tech Monthly’s recent analysis of its traffic concluded, “Firefox has fallen to third place this month, behind Safari.”';
    assert.deepEqual(speakers(analysis)[0].slice(1, 3), ['Tech Monthly', 'Tech Monthly']);
  });

  it('gives the quotation paragraphs above a sign-off line (“NAME speaking to …”) that person', () => {
    const text = 'Dublin beat Kildare on Sunday.\n\n"It is a fair achievement for the players," he said. "We will celebrate tonight."\n\n"Early goals are always significant."\n\nJim Gavin speaking to the Sunday Game\n\nTyrone retained the title.\n\n"We fall too often in a quarter-final."\n\nMickey Harte, talking to BBC Sport';
    assert.deepEqual(speakers(text).map((q) => q[1]), ['Jim Gavin', 'Jim Gavin', 'Jim Gavin', 'Mickey Harte']);
  });

  it('reads “a judge ruled that …” as the judge’s words, not those of the story the ruling names', () => {
    const text = 'The editor was found guilty after a judge ruled that a report published last year ‘made the complainant identifiable to the public’.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['judge', 'a judge']);
  });

  it('takes the sender of “a statement from X” for the speaker, the whole phrase for its mention', () => {
    const text = 'Trading in the shares was halted. “We have paused trading while we finalise the document,” said a statement from Norvale Holdings.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Norvale Holdings', 'a statement from Norvale Holdings']);
    const post = '“A tool is being used to crash the site,” said the post by an anonymous author.';
    assert.deepEqual(speakers(post)[0].slice(1, 3), ['anonymous author', 'an anonymous author']);
  });

  it('reads past a relative clause left open before the verb (“X, who was in Tuscany, Italy explained”)', () => {
    const text = 'Marco Bellini, who was in Tuscany, Italy explained, “We wrote the song in two days.”';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Marco Bellini', 'Marco Bellini']);
  });

  it('takes the name after a headline quotation and its colon', () => {
    const text = '“We Hope We Got It Right”: Dana Whitfield Talks Her New Film\n\nThe actor spent a year on the role.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Dana Whitfield', 'Dana Whitfield']);
  });

  it('reads an inverted verb and speaker before a colon after an opening phrase (“On Gaza, says Netanyahu: ‘…’”)', () => {
    const text = 'On the budget, says Halvorsen: ‘We have a clear plan’\n\nThe minister spoke in Oslo.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Halvorsen', 'Halvorsen']);
  });

  it('reads speech inside a quotation after a spoken “going,” or a verb of saying with no comma', () => {
    const going = '“She calls up going, ‘What is going on? I just read this about you,’ ” the actor tells the magazine.';
    assert.equal(speakers(going)[1][0], 'speech');
    const saying = '“They will get a letter from him saying ‘Okay, I did it but I live abroad’ and that will be that,” he said.';
    assert.equal(speakers(saying)[1][0], 'speech');
  });

  it('reads “forecast” as a verb of saying: a few words quoted in its clause are partial', () => {
    const text = 'Executives forecast that sales would rise by a “low-to-mid single-digit” percentage this year.';
    assert.deepEqual(speakers(text)[0].slice(0, 2), ['partial', 'Executives']);
  });

  it('reads an affiliation left open before the verb, and “According to X, …” before a quote of its own', () => {
    const open = 'Deputy Lena Ortiz, with the Pima County Sheriff’s Office explains, “A father called to say his son had been shot.”';
    assert.deepEqual(speakers(open)[0].slice(1, 3), ['Lena Ortiz', 'Lena Ortiz']);
    const acc = 'According to Kofi Mensah, he was at a meeting across town at the time. “These are officers I have worked with for years.”';
    assert.deepEqual(speakers(acc)[0].slice(1, 3), ['Kofi Mensah', 'Kofi Mensah']);
  });

  it('takes a surname ending in -ly before the verb for the speaker, not an adverb (“Mr Donnelly said”)', () => {
    assert.deepEqual(speakers('Speaking to reporters, Mr Donnelly said: “It is one of the biggest challenges we face.”')[0].slice(1, 3), ['Donnelly', 'Mr Donnelly']);
    assert.deepEqual(speakers('Taking questions on waiting lists, Siobhan Kelly admitted: “It is a top priority.”')[0].slice(1, 3), ['Siobhan Kelly', 'Siobhan Kelly']);
  });

  it('takes the one quoted for the speaker (“the Nation quoted X as saying”), and the subject of a coordinated verb in the sentence before a quote', () => {
    assert.deepEqual(speakers('“I cannot know that,” the Standard quoted Amina Wekesa as saying.')[0].slice(1, 3), ['Amina Wekesa', 'Amina Wekesa']);
    const before = 'Coach Steve Rigg was a happy man after the match and said that his team deserved to win. "We have been close three times."';
    assert.deepEqual(speakers(before)[0].slice(1, 2), ['Steve Rigg']);
  });

  it('reads a dateline town in capitals as a place, never an organisation a “they” or “it” stands for', () => {
    const text = 'DOUALA, Cameroon\nDelegates from several states met on Thursday.\n“The violence must stop,” they said.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['they', 'they']);
    const wire = 'LONDON (Reuters) - Shares in the drugmaker rose on Monday after the report.\n“We do not comment on rumours,” the company said.';
    assert.notEqual(speakers(wire)[0][1], 'LONDON');
  });

  it('continues the speaker of a reported sentence that ends “…, said Xi.” in the quote after it', () => {
    const text = 'President Ana Sorel met the envoy on Monday.\n\nRelations should rest on mutual respect, said Sorel. "I hope this visit will help."';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Ana Sorel', 'Sorel', 'said']);
    // The person after the inverted verb, not a noun phrase before its comma.
    const court = 'Reid became angry while discussing a family matter, said prosecutor Nadia Khan.\n\n“He grabbed her throat, and she fell.”';
    assert.deepEqual(speakers(court)[0].slice(1, 3), ['Nadia Khan', 'Nadia Khan']);
  });

  it('gives a participle after “as he …,” to that clause’s pronoun, not to a broadcaster named before it', () => {
    const text = 'Party leader Omar Haddad spoke on Tuesday.\n\nThis came during a speech broadcast by Nile TV as he addressed the crowd, asserting: “We will not be moved.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Omar Haddad', 'he', 'asserting']);
  });

  it('gives “he” the person named with the role of the description that opened the sentence before', () => {
    const text = 'The opposition leader in Parliament Tariq Hamid on Friday accused the government of pushing the opposition against the wall.\n"This is not the first time we have suffered these injustices," he said.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Tariq Hamid', 'he']);
    assert.equal(analyze(text).people[0].role, 'opposition leader in Parliament');
  });

  it('reads “he” from the text around names the lexicon does not know: a later “his”, a pronoun subject, an opening phrase', () => {
    // "his testimony" makes Adeyemi a man; the counsel named in the opening phrase is not the sentence's subject.
    const witness = 'A second prosecution witness, Rotimi Adeyemi, on Tuesday gave his testimony in the case.\n\n' +
      'Led in evidence by the prosecution counsel, John Okonkwo, Adeyemi described the phone as a sophisticated device.\n\n' +
      '“It is the SIM card that identifies users,” he told the court.';
    assert.deepEqual(speakers(witness)[0].slice(1, 3), ['Rotimi Adeyemi', 'he']);
    // "He further spoke on Tomasz Kowal": a name after a pronoun subject does not take the next "he".
    const coach = 'Coach Steve Rigg was a happy man and said that his team deserved to win.\n\n"We have been close three times," he said.\n\n' +
      'He further spoke on Tomasz Kowal not being given the start due to his fitness issue.\n\n"It is a very different side," he said.';
    assert.deepEqual(speakers(coach).map((s) => s[1]), ['Steve Rigg', 'Steve Rigg']);
  });

  it('reads “the Sherwood MP” after a sentence whose subject was named as the person it describes, whatever their other role', () => {
    const text = 'Commons leader Mark Spencer spoke on Tuesday.\nMr Spencer said the prime minister had apologised, after a report by civil servant Sue Gray.\n' +
      '“Clearly people were having a drink,” said the Sherwood MP.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Mark Spencer', 'the Sherwood MP']);
  });

  it('does not give “he” to someone named only in a photo caption between the paragraphs', () => {
    const text = 'Stuart Anderson, Conservative MP for Wolverhampton South West, also highlighted Russian aggression.\n\n' +
      'Prime Minister Boris Johnson delivers a statement on Ukraine (House of Commons/PA)\n\n' +
      'He claimed: “Every call for the Prime Minister to resign only strengthens Moscow’s hand.”';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Stuart Anderson', 'He']);
    // …nor to the byline's writer, whose name stops before the date.
    const byline = 'Judge Orders Halt To Separations\n\nBy Alfonso Serrano Jun 27, 2018\n\nA federal judge ruled on Tuesday that separations must stop. He said the situation “has reached a crisis level.”';
    assert.deepEqual(speakers(byline)[0].slice(1, 3), ['federal judge', 'He']);
    assert.deepEqual(analyze(byline).people.map((p) => p.name), ['Alfonso Serrano']);
  });

  it('reads “has also been urging” back to its subject, and “Justice Department” as an organisation, not a judge’s title', () => {
    const text = 'The Justice Department has also been urging prosecutors to “be bold” in its pursuit of frauds. Justice Ann Obi said: “No.”';
    assert.deepEqual(analyze(text).quotes.map((q) => [q.speaker?.text, q.speaker?.type]), [['Justice Department', 'organisation'], ['Ann Obi', 'person']]);
  });

  it('reads “the Ghanaian leader” after a quote of two sentences as the president named before the quote', () => {
    const text = 'President Kofi Mensah has said he does not know if there are militants in the country.\n\n' +
      '"The presence of militants here? I don’t know," the Ghanaian leader said at a press conference.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Kofi Mensah', 'the Ghanaian leader']);
  });

  it('gives “she” to a spokesperson whose second given name is a woman’s (a spokesperson has no gender)', () => {
    const text = '“The opposition leader should be questioned,” FO spokesperson Mumtaz Zehra Baloch said. “These claims are baseless,” she said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Mumtaz Zehra Baloch', 'Mumtaz Zehra Baloch']);
  });

  it('gives a quote with no cue to the speaker who introduces the next one right after it (“…” Chelle remarked, “…”)', () => {
    const text = 'Eric Chelle, the coach, was thrilled.\n“I’m glad we got the three points.” Chelle remarked, “I’m happy with how the team played.”';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 4)), [['Eric Chelle', 'Chelle', 'remarked'], ['Eric Chelle', 'Chelle', 'remarked']]);
  });

  it('reads a contrasting clause with its own subject for the words quoted in it (“…, though a spokesman for the band told …”)', () => {
    const text = 'Keith Richards told the BBC about the album, though a spokesman for the band told the New York Times that the band was “purely at the demo stage” of recording.';
    assert.deepEqual(speakers(text)[0].slice(0, 4), ['partial', 'spokesman', 'a spokesman for the band', 'told']);
  });

  it('passes over an abbreviation in brackets inside an office, before or after the verb', () => {
    const after = '“We have started an investigation,” said sub divisional police officer (SDPO) Dilip Kumar.';
    assert.deepEqual(speakers(after)[0].slice(1, 3), ['Dilip Kumar', 'Dilip Kumar']);
    const before = 'Aileen Nieuwenhuizen, the Democratic Alliance (DA) constituency chair for Merafong, said: “I think we’ve got the wrong mayor.”';
    assert.deepEqual(speakers(before)[0].slice(1, 3), ['Aileen Nieuwenhuizen', 'Aileen Nieuwenhuizen']);
    assert.equal(analyze(before).people[0].role, 'the Democratic Alliance (DA) constituency chair for Merafong');
  });


  it('gives words quoted after “claimed that” in an opening “When …” clause to that clause’s subject, not the speaker after it', () => {
    const text = 'Deputy Speaker Qasim Suri presided. When an opposition member claimed that a "term banned by the speaker was affecting him," Suri responded: "Nothing is affecting me."';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 4)), [['partial', 'opposition member', 'an opposition member', 'claimed'], ['speech', 'Qasim Suri', 'Suri', 'responded']]);
    // The same after “When asked,”: the one who said that is the speaker, not the one who reported it.
    assert.deepEqual(speakers('When asked, Ann Obi said that "it is fine," Tom Lee reported.').map((s) => s[1]), ['Ann Obi']);
  });

  it('gives a quotation nothing else attributes to the person a present-tense sentence right after it describes (round-ups)', () => {
    const text = 'The post-match interviews gave us some insights.\n' +
      '“I still won six matches, lost one. The ratio remains good.” Roger Federer speaks frankly following his final defeat.\n' +
      '“I was assured that it is gluten free.” Novak Djokovic, who follows a strict diet, jokes about eating the grass.';
    assert.deepEqual(speakers(text).map((s) => s.slice(1, 4)), [['Roger Federer', 'Roger Federer', 'speaks'], ['Novak Djokovic', 'Novak Djokovic', 'jokes']]);
    // Narrative in the past tense after a quote says nothing about who spoke.
    assert.deepEqual(speakers('“We won.” Tom Hale scored twice in the second half.').map((s) => s[1]), [null]);
  });

  it('takes one word quoted in a sentence that closes on its attribution as that speaker’s, not a term', () => {
    const text = 'Sheriff Ann Obi said the man died.\nThe suspect suffered "several" gunshot wounds and died in hospital, Obi said.';
    assert.deepEqual(speakers(text)[0], ['partial', 'Ann Obi', 'Obi', 'said']);
    // The subject of a main verb that merely follows is no speaker of the word.
    assert.equal(speakers('Over a lunch of “pelmeni” dumplings, Mr Lee on Friday toasted to the harvest.')[0][0], 'scare');
  });

  it('reads “and says it …” as a second verb of the sentence’s subject', () => {
    const text = 'Judge Tom Hale sits at Burnley Crown Court.\nJudge Hale took over from Judge Philip Clegg and says it has been an “interesting” year.';
    assert.deepEqual(speakers(text)[0], ['partial', 'Tom Hale', 'Hale', 'says']);
  });

  it('takes a headline’s few quoted words as someone’s, and finds whose by the headline’s conventions', () => {
    const story = (headline: string, body: string) => speakers(`${headline}\n\n${body}`)[0];
    // The subject the line opens with, a role resolved to the person who holds it.
    assert.deepEqual(story('Health secretary ‘stunned’ by hospital failings', 'Ian Marsh, the health secretary, said he was “genuinely stunned”.'), ['partial', 'Ian Marsh', 'Health secretary', null]);
    // A plural subject without an article is a group.
    assert.deepEqual(story("Teachers, unions 'shocked' at trustee's first move", 'The board met on Monday.'), ['partial', 'Teachers, unions', 'Teachers, unions', null]);
    // A tag after a closing colon or dash; a phrase before a colon; a description after the quotation's colon.
    assert.deepEqual(story('Flood crisis shows need for ‘tough conversation’: Littleproud', 'David Littleproud spoke in Sydney.').slice(0, 3), ['partial', 'David Littleproud', 'Littleproud']);
    assert.deepEqual(story('Power cuts a ‘high probability’ this winter – analyst', 'The grid is stretched.').slice(0, 3), ['partial', 'analyst', 'analyst']);
    assert.deepEqual(story("Acme's new CEO: Our stock fall is a 'concern'", 'Shares fell.').slice(0, 3), ['partial', "Acme's new CEO", "Acme's new CEO"]);
    assert.deepEqual(story('‘It’s sensitive’: city mayor silent on festival ban', 'Mayor Ali Rahman declined to explain.').slice(0, 3), ['partial', 'Ali Rahman', 'city mayor']);
    // A crosshead that is nothing but a few quoted words is someone’s too; "READ MORE:" names no one.
    assert.equal(story("'Remarkable job'", 'Tributes poured in.')[0], 'partial');
    assert.deepEqual(story("READ MORE: 'streamlined' asylum process to replace interviews", 'Officials met.').slice(0, 2), ['partial', null]);
  });

  it('keeps a cut-off quotation in a short line as speech, and a title in a headline as a title', () => {
    assert.deepEqual(speakers('“I am very concerned,” Ann Obi said.\n\n“That’s why our hospital and')[1].slice(0, 2), ['speech', 'Ann Obi']);
    assert.equal(speakers('Netflix renews ‘The Crown’ for a sixth season')[0][0], 'title');
  });

  it('gives a participle opening the sentence (after an adverb too) to the main clause’s subject, and both of two contrasted terms to it', () => {
    const text = 'Previously describing the LP as more of a “make-up album” than a “break-up album”, Tom Lee has now said it is about his son.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 3)), [['partial', 'Tom Lee', 'Tom Lee'], ['partial', 'Tom Lee', 'Tom Lee']]);
    // Two words cited as words stay terms, whatever follows them.
    const words = 'Critics have said that the words ‘Facebook’ and ‘privacy’ “look uncomfortable next to one another.”';
    assert.equal(speakers(words)[0][0], 'scare');
  });

  it('takes a title-case quotation after a kind of work or an owner for a title, after a cue or in a headline', () => {
    assert.equal(speakers('In the interview, Ann Lee describes new track ‘Call Me Home’ as a love song.')[0][0], 'title');
    assert.equal(speakers('Listen to The Band’s Stripped-Back Cover of Elton John’s ‘Rocket Man’')[0][0], 'title');
  });

  it('takes the one speaking, not the one spoken to or about, before a colon; a topic line keeps the speaker of a long quote', () => {
    const text = 'Liverpool manager Jurgen Klopp speaking to Sky Sports: “I saw two very good teams.\n“They deserved the goal.”\nOn Neco Williams: “The yellow card was the only reason.”\nMore from Klopp: “We have 92 points.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Jurgen Klopp', 'Jurgen Klopp', 'Jurgen Klopp']);
  });

  it('takes “the EA” for a body, and a name modifying the role in an apposition for no speaker', () => {
    assert.deepEqual(speakers('“Heavy rain may bring flooding on Saturday,” the EA warned.')[0].slice(0, 4), ['speech', 'EA', 'EA', 'warned']);
    const sponsor = 'The station opened late. Richard Dugdale, Network Rail project sponsor, said: “It is unfortunate.”';
    assert.equal(speakers(sponsor)[0][1], 'Richard Dugdale');
    // A name and an aside after it is the speaker named in the apposition.
    const aside = 'Speaking on Eyewitness News, Davies Opoku Ansah popularly known as OPK, denied it: “These are our officers.”';
    assert.equal(speakers(aside)[0][1], 'Davies Opoku Ansah');
  });

  it('reads “to accuse” as the clause subject’s verb, but not an infinitive whose object is made to speak', () => {
    assert.deepEqual(speakers('Donald Trump took to Twitter to accuse the campaign of being “duped” by others.')[0].slice(0, 4), ['partial', 'Donald Trump', 'Donald Trump', 'accuse']);
    const forced = 'Kwasi Kwarteng laid out his plans, forcing the Bank of England to signal a “significant” rate hike.';
    assert.notEqual(speakers(forced)[0][1], 'Kwasi Kwarteng');
  });

  it('keeps title-case words a name when the reporting verb is a clause away, not when a naming verb is close', () => {
    const far = 'Authorities refused today to explain the reason behind the council’s decision to axe the “Better Beer Festival 2017” next month.';
    assert.equal(speakers(far)[0][0], 'title');
    assert.equal(speakers('Donald Trump called the 1996 pageant winner “Miss Piggy” on air.')[0][0], 'partial');
  });

  it('gives the quote to the owner of a message “was clear:”, and to the one a “That was the verdict of …” sentence names', () => {
    assert.equal(speakers('Tom Hale played on Sunday. Hale’s message was clear: “We go again.”')[0][1], 'Tom Hale');
    assert.equal(speakers('Tom Hale played on Sunday.\n“We were awful.” That was the verdict of a furious Hale after the defeat.')[0][1], 'Tom Hale');
    // A verdict on the words is no introduction to them.
    assert.equal(speakers('Tom Hale played on Sunday. Hale’s statement was “true”, the panel found.').filter((s) => s[1] === 'Tom Hale').length, 0);
  });

  it('resolves “the broadcaster”, “the Dutchman” and a name with “ten”, and gives a quote to the person whose stance the line before gives', () => {
    assert.equal(speakers('The BBC apologised on Monday. “We got this wrong,” the broadcaster said.')[0][1], 'BBC');
    assert.equal(speakers('Erik ten Hag was delighted. “We were brilliant,” the Dutchman said.')[0][1], 'Erik ten Hag');
    assert.equal(speakers('Cristiano Ronaldo scored twice. “It was a good night,” the Portuguese said.')[0][1], 'Cristiano Ronaldo');
    assert.deepEqual(speakers('“We will win,” Ann Obi said.\nTom Hale, the rival candidate, was unimpressed.\n“They will lose.”').map((s) => s[1]), ['Ann Obi', 'Tom Hale']);
    // Something that befell someone is no stance: the next quotation is not theirs.
    assert.deepEqual(speakers('Tom Hale was arrested on Monday.\n“He is innocent.”').map((s) => s[1]), [null]);
  });

  it('gives a quote to the person the line before shows apologising, after a body’s name and their role', () => {
    const text = 'The insurer withdrew its outlook.\n\nKelmar chairman Tom Hale also apologised.\n\n“It has caused distress to many of our customers.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale']);
  });

  it('gives a quote to the person the line before shows judging, or feeling something about a thing, after their role', () => {
    assert.deepEqual(speakers('Rovers won 2-1.\n\nManager Tom Hale was disappointed to lose two goals to set plays.\n\n“In terms of the performance, it was poor.”').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('Rovers won 2-1.\n\nTom Hale credited a strong week’s training as the key to success.\n\n“I had a vision of how we would play.”').map((s) => s[1]), ['Tom Hale']);
    // Not someone who was merely there, nor a feeling another caused.
    assert.deepEqual(speakers('Rovers won 2-1.\n\nTom Hale scored twice in the second half.\n\n“It was a great day.”').map((s) => s[1]), [null]);
  });

  it('takes words after “so-called” for a scare quote, capitalised or not', () => {
    assert.equal(speakers('The so-called “Islamic State” claimed the attack.')[0][0], 'scare');
  });

  it('reads “Jane Doe’s family” after an opening phrase, and a bare spokesperson as speaking for the organisation named last', () => {
    assert.equal(speakers('In a statement, Jane Doe’s family said: “She was a lovely girl.”')[0][2], 'Jane Doe’s family');
    assert.equal(speakers('Acme Corp said profits fell. “We are disappointed,” a spokesperson said.')[0][1], 'Acme Corp spokesperson');
    // What a name owns that cannot speak is no speaker.
    assert.notEqual(speakers('The group responded to John’s praise saying: “It was mind-blowing.”')[0][2], 'John’s praise');
  });

  it('ends the sentence before a quotation at a quotation closed by its own full stop', () => {
    assert.deepEqual(speakers('Ann Obi said: “We will win.” Tom Hale disagreed. “They will lose.”').map((s) => s[1]), ['Ann Obi', 'Tom Hale']);
    assert.deepEqual(speakers('Ann Obi said: “We will win.” “The voters are with us.”').map((s) => s[1]), ['Ann Obi', 'Ann Obi']);
  });

  it('takes a bare plural of people where they work for the subject of a second verb (“analysts at Morgan Stanley said … and added …”)', () => {
    const text = 'HTC launched a phone. In a research note, analysts at Morgan Stanley said HTC’s sales fell short, and added that whether the company "can live up to expectations remains to be seen."';
    assert.equal(speakers(text)[0][1], 'analysts');
  });

  it('gives words quoted in a verbless fragment to the speaker of the sentence before', () => {
    const text = 'D.J. Koh opened the event by admitting the company had faced a “challenging” year. One filled with “valuable lessons and hard decisions.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['D.J. Koh', 'D.J. Koh']);
  });

  it('gives words quoted in the next paragraph, with no verb of saying and no one else named, to the speaker before', () => {
    const text = 'Judge Ada Price described the gang as having a “truly cruel vision”.\n\nWithout Kerr’s drive the gang would have “faded away without a trace”.\n\nThe gang would have “faded away without a trace”, Tom Bell argued.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ada Price', 'Ada Price', 'Tom Bell']);
    const other = 'Judge Ada Price described the gang as having a “truly cruel vision”.\n\nUnder Tom Bell the gang would have “faded away without a trace”.';
    assert.deepEqual(speakers(other).map((s) => s[1]), ['Ada Price', null]);
  });

  it('takes “says” after someone’s age as a verb, and “reports” after a number as a noun', () => {
    assert.deepEqual(speakers('Lee Jewell, 70, crosses children daily. Now the 70-year-old says: “The winter is too cold for me.”').map((s) => s[1]), ['Lee Jewell']);
    assert.deepEqual(speakers('The audit found 20 reports: “Most were filed late.”').map((s) => s[1]), [null]);
  });

  it('gives words quoted after a sentence reporting a speaker, with no verb of saying and no one else named, to that speaker', () => {
    const text = 'Dr Ann Reyes said a rodent team had been formed.\nThe team helps farms where the “numbers are pretty high”.\n\nTom Hale said the firm works on thin margins. The rise did not “fully reflect what we pay”.\n\n“It is not about speech,” Jo Kerr said. It is “about using the transmitter”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ann Reyes', 'Tom Hale', 'Jo Kerr', 'Jo Kerr']);
    // (Not with someone else named in the quoting sentence.)
    assert.deepEqual(speakers('Tom Hale said the firm works on thin margins. Under Ann Lee it was a “quiet success”.').map((s) => s[1]), [null]);
  });

  it('takes no plural thing for a speaker (“defended the suspensions, said …”), while plural people speak', () => {
    assert.equal(speakers('Jess Phillips, a Home Office Minister, defended the suspensions, said she would have used "much more sweary" language.')[0][1], 'Jess Phillips');
    assert.equal(speakers('“It is wrong,” the protesters said.')[0][1], 'protesters');
  });

  it('reads a bare verb after people in the plural as a verb (“Plaintiff lawyers call the motion a “house of cards””)', () => {
    assert.equal(speakers('TCP filed a motion. The plaintiffs call the motion a "house of cards."')[0][1], 'plaintiffs');
  });
});

describe('credentials after a name', () => {
  it('gives “Evie Merritt, RN, said” to the nurse, not to “RN”', () => {
    assert.deepEqual(speakers('“Experienced nurses are essential,” Evie Merritt, RN, said in the union release.').map((s) => s[1]), ['Evie Merritt']);
  });
});

describe('one name for a body named in full and by its initials or without its suffix', () => {
  it('gives “The FFA said” the full name Farmers For Action, and “IAC added” IAC Group', () => {
    const text = 'Farming lobby group Farmers For Action claimed the cuts were coming.\n\nThe FFA said in a statement: “As predicted, the cuts keep coming.”\n\nShares of IAC Group rose.\n\n“We are pleased,” IAC added.';
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]), [['Farmers For Action', 'FFA'], ['IAC Group', 'IAC']]);
  });

  it('leaves initials two bodies share, and people, alone', () => {
    const text = 'The Football Association and the Forestry Authority met.\n\n“No deal,” the FA said.\n\nFrank Adams spoke too.\n\n“Fine,” FA said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['FA', 'FA']);
  });
});

describe('the one told', () => {
  it('gives “X told Y: “…”” to X, not to Y named before the colon', () => {
    const text = 'Vanessa Yurkevich of CNN visited the ranch.\n\nDavid Anderson, a professor at the university, told Yurkevich: “We have not had this kind of movement.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['David Anderson']);
  });
});

describe('a verb of saying after a comma, with a name after it', () => {
  it('gives “…, said its Vice-Chairman Pritam Singh, who described the comments as “belated”” to Singh', () => {
    const text = 'The council is always prepared to cooperate for the benefit of its residents, said its Vice-Chairman Pritam Singh, who described the comments as “belated” and “uncalled for”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Pritam Singh', 'Pritam Singh']);
  });

  it('gives “X, president of St. Bernard Parish, which is east of the city, told …” to X', () => {
    const text = 'The threat had passed.\n\n“We have major damage,” Guy McInnis, president of St. Bernard Parish, which is east of New Orleans, told a local station.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Guy McInnis']);
  });
});

describe('quote round-ups headed by a name', () => {
  it('gives the quotations under a line that is only a name to that person', () => {
    const text = 'Notable quotes from the first week.\n\nRoger Federer\n\nWhen asked about his cold, at his age. “It is a scary time for me right now.”\n\nCaroline Wozniacki\n\n“I played well today.”\n\n“It was hot.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Roger Federer', 'Caroline Wozniacki', 'Caroline Wozniacki']);
  });

  it('does not take a name line after a quotation left without a speaker as the heading of the next', () => {
    const text = 'Reactions from the ground.\n\n“The pitch was poor.”\n\nJim Gavin\n\n“We knew that coming in.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), [null, null]);
  });
});

describe('verbs of judging as cues', () => {
  it('takes a word quoted after “rejected as” or “deeming … ” as the subject’s', () => {
    assert.deepEqual(speakers('The opposition candidate, John Mahama, has rejected as “fraudulent” the results of the election.').map((s) => s.slice(0, 2)), [['partial', 'John Mahama']]);
    assert.equal(speakers('Commuters were unhappy, with Jane Doe deeming the decision “ridiculous”.')[0][0], 'partial');
  });
});


describe('a participle in a relative clause', () => {
  it('gives the words to the one before “, who”, and a participle after the clause’s comma to the main subject', () => {
    assert.deepEqual(speakers('She starred in The Orchard, alongside Ken Adeyemi and Ruth Gale, who wrote today hailing her as “a giant”.').map((s) => s.slice(0, 2)), [['partial', 'Ruth Gale']]);
    assert.deepEqual(speakers('Mr Okafor met Jones, who chairs the committee, telling him it was “a disgrace”.').map((s) => s[1]), ['Okafor']);
  });
});

describe('sign-offs and headlines that end on a name', () => {
  it('gives a quotation to a name the lexicon cannot place after a dash, and a headline’s word to the name that ends it', () => {
    assert.deepEqual(speakers('"His friendship was the light of my life." — Ziggy Stone, on Twitter\n\nOthers agreed.').map((s) => s.slice(0, 2)), [['speech', 'Ziggy Stone']]);
    assert.deepEqual(speakers("Trial data 'encouraging': Veltrix\n\nThe company said more.").map((s) => s.slice(0, 2)), [['partial', 'Veltrix']]);
    // Not a name in the middle of a line that goes on.
    assert.deepEqual(speakers("The data was 'encouraging': Veltrix shares rose by a fifth on the news.").map((s) => s[1]), [null]);
  });
});

describe('a second verb in the sentence before a quotation', () => {
  it('gives the quotation to the clause’s subject, not to the first verb’s object', () => {
    const text = 'Minister Ana Tuilagi spoke next. Tuilagi refused to say the exact number of houses that have been built but admitted the party had under-delivered.\n\n“We’re not building enough homes, we understand that.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ana Tuilagi']);
    // "… and continues to hold meetings": no second verb of saying.
    const acc = 'According to Dr. Eke, the NCDC activated its Incident Management System ahead of the peak season and continues to hold weekly meetings.\n\n“The agency has also sent testing kits to the states.”';
    assert.deepEqual(speakers(acc).map((s) => s[1]), ['Eke']);
  });
});

describe('a short attribution after a quotation at the paragraph’s end, its full stop dropped', () => {
  it('gives the quotation to the name before the verb', () => {
    const text = '“We cannot do our work because we have not been sworn in.” Kamau Njoroge lamented\n\nThe delay goes on.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['speech', 'Kamau Njoroge']]);
  });
});

describe('a passive verb of telling', () => {
  it('does not make the one told the speaker', () => {
    const text = 'A DAUGHTER has urged the coroner to ensure people with an industrial disease are warned that a "distressing" inquest would follow.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'DAUGHTER']]);
  });
});

describe('a participle opening its sentence before a quotation', () => {
  it('has the sentence before’s subject', () => {
    assert.deepEqual(speakers('Cllr Tom Aird noted the deadline had passed. Adding, “If there are no objections the permission stands.”').map((s) => s[1]), ['Tom Aird']);
  });
});

describe('a document its owner’s words open', () => {
  it('gives the words to “his handmade note” or “his obituary” that reads them', () => {
    assert.deepEqual(speakers('He took matters into his own hands. His handmade note reads: ‘Please ask for assistance.’').map((s) => s[1]), ['His handmade note']);
    assert.deepEqual(speakers('"At his table everyone was welcome," his obituary reads.').map((s) => s[1]), ['his obituary']);
  });
});

describe('one of a group, after “with”', () => {
  it('gives “with one writing: …” to one of the group named before', () => {
    assert.deepEqual(speakers('Customers on Facebook were sad to hear the news, with one writing: "I am so gutted."').map((s) => s[1]), ['one of Customers']);
  });
});

describe('“it” with nothing named to stand for', () => {
  it('keeps “It said:” as the speaker, unresolved, as “they” is', () => {
    const text = 'The police made a submission about a girl. It said: “There have also been under-age sales in this shop.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['It']);
  });
});

describe('a court’s officer after the one in the dock', () => {
  it('does not give “the judge said” to the defendant named in the sentence before', () => {
    assert.deepEqual(speakers('Michael Oduya, 40, appeared in court. The judge said intimidation was a "serious matter".').map((s) => s[1]), ['judge']);
    assert.deepEqual(speakers('Judge Christopher Rose heard the case. The judge said intimidation was a "serious matter".').map((s) => s[1]), ['Christopher Rose']);
  });
});

describe('a straight opening mark typed with a space after it', () => {
  it('still opens a quotation after a colon or a space, when a closing mark follows — not inches after a number', () => {
    const text = 'The spokesman did not confirm the wait, adding: " A&E times are forever changing." The trust says it has made " huge improvements" since.';
    assert.deepEqual(analyze(text).quotes.map((q) => q.text), ['" A&E times are forever changing."', '" huge improvements"']);
    assert.deepEqual(analyze('The board measured 5 " wide and 3" tall.').quotes, []);
  });
});

describe('a statement from its sender', () => {
  it('takes the whole phrase as the speaker’s mention and the sender as its name', () => {
    const sp = analyze('"The club is making the payments," said a statement from the Catalans, who are third from bottom.').quotes[0].speaker;
    assert.deepEqual([sp?.text, sp?.name], ['a statement from the Catalans', 'Catalans']);
    const reus = analyze('"The club is making the payments," said a statement from Reus.').quotes[0].speaker;
    assert.deepEqual([reus?.text, reus?.name], ['a statement from Reus', 'Reus']);
  });

  it('reads the sender before the verb too: “…,” a statement from the Health Ministry said', () => {
    const sp = analyze('“Twenty bodies were brought in,” a statement from the Kyrgyz Health Ministry said.').quotes[0].speaker;
    assert.deepEqual([sp?.text, sp?.name], ['a statement from the Kyrgyz Health Ministry', 'Kyrgyz Health Ministry']);
  });

  it('reads past the participle of its issuing: “read a statement released by Acme Holdings”', () => {
    const sp = analyze('“This action is wrong,” read a statement released by Acme Holdings.').quotes[0].speaker;
    assert.deepEqual([sp?.text, sp?.name], ['a statement released by Acme Holdings', 'Acme Holdings']);
  });
});

describe('a judge named as “Mr Justice”', () => {
  it('records “Justice” as the role after the form of address, and gives “a High Court judge” the judge named next', () => {
    const text = 'A High Court judge has suggested the two sides "hammer something out" over the action. Mr Justice Richard Hume said the case could take weeks.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Richard Hume']);
    assert.equal(analyze(text).people[0].role, 'Justice');
  });
});

describe('police ranks abbreviated with full stops', () => {
  it('keeps “Sen. Const.” and “Cst.” in the sentence and before the name they title', () => {
    const text = 'In a scathing judgment, magistrate Mia Redley described the actions of Sen. Const. Grant Gorley as “forceful”, “aggressive” and “harmful”. Cst. Jana Dole said: “We arrested him.”';
    assert.deepEqual(speakers(text).map((s) => [s[0], s[1]]), [['partial', 'Mia Redley'], ['partial', 'Mia Redley'], ['partial', 'Mia Redley'], ['speech', 'Jana Dole']]);
  });

  it('keeps “Comr.”, “Brig.” and “Pvt.” in the sentence and before the name they title', () => {
    const text = '“Their roles are still being investigated,” said Jakarta Police bureau chief Sr. Comr. Marsudianto. Brig. Gen. Tom Hale and Pvt. Ann Lee agreed.';
    assert.equal(speakers(text)[0][1], 'Marsudianto');
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Marsudianto', 'Tom Hale', 'Ann Lee']);
  });
});

describe('a straight single mark closing a quotation after an s', () => {
  it('is no plural possessive before “says”: the words are the speaker’s after it', () => {
    assert.deepEqual(speakers("Rates plan is 'smoke and mirrors' says opposition leader\n\nThe council met.")[0].slice(0, 2), ['partial', 'opposition leader']);
    assert.deepEqual(speakers("Intro.\n\nThe budget is 'a shambles' says councillor Tom Hale, who was angry.")[0].slice(0, 2), ['partial', 'Tom Hale']);
  });
});

describe('where a speaker is from', () => {
  it('is not the speaker: the person or the described group before “of” or “from” is', () => {
    const text = 'The group from Woodward Close and Dell Road said changes would create “danger” to walkers.\n\nBrendan Brennan, 46, of Dell Road said: “No-one listened to us.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['group', 'Brendan Brennan']);
  });

  it('is not the speaker when it is described: the body in it is', () => {
    const text = 'The council in the picturesque Devonshire town of Budleigh Salterton said it ‘could not take on the cost’.';
    assert.equal(speakers(text)[0][1], 'council');
  });
});

describe('a statement that speaks', () => {
  it('speaks for whoever issued the paper mentioned before: its owner, its sender, the one who said something in it', () => {
    const sent = speakers('"In a massacre, the Kelmar Brigade killed civilians," the Sudan Medics Network said in a statement on X.\n\nThe network said dozens were killed.\n\n"It remains difficult to reach the areas," the statement added.');
    assert.deepEqual(sent.map((s) => s[1]), ['Sudan Medics Network', 'Sudan Medics Network']);
    assert.deepEqual(speakers('Tarek Salem\'s statement was read out in court.\n\n"I am innocent," the statement said.').map((s) => [s[1], s[2]]), [['Tarek Salem', 'the statement']]);
    assert.equal(speakers('The two leaders spoke, according to a statement from the Delmora Foundation.\n\n"Both leaders want a deal," the statement said.')[0][1], 'Delmora Foundation');
    // Another paper's word for it, and a statement whose issuer the copy never gives.
    assert.equal(speakers('The bloc supports the plan, Kelmar Union leaders said in a declaration on Thursday.\n\n"We extend our support," the document said.')[0][1], 'Kelmar Union');
    assert.equal(speakers('"We will respond," the statement said.')[0][1], 'statement');
  });

  it('finds the issuer past an abbreviation, an apposition\'s comma, a participle of posting, an opening “In a statement”, a name before the paper, and the copy\'s own “said the statement”', () => {
    assert.equal(speakers('The ferry\'s insurer, the U.K. Harbour Club, said in a statement that a claim was made.\n\n“The claim was unsupported,” the statement said.')[0][1], 'U.K. Harbour Club');
    assert.equal(speakers('A statement posted on the Kelmar State Police department\'s Facebook page said the pair escaped.\n\n"Call the police if you saw them," the statement said.')[0][1], 'Kelmar State Police');
    assert.equal(speakers('In a statement the Delmora Press Union said "at least eight reporters" were held.\n\nThe statement, released late Friday, said six faced "allegations of incitement".')[1][1], 'Delmora Press Union');
    assert.equal(speakers('Tom Hale read out the Kelmar Foundation statement.\n\n"We regret the delay," the statement said.')[0][1], 'Kelmar Foundation');
    const mission = speakers('“All parties must stop,” the Delmora Mission said in a statement.\n\n“We remind them of their duty,” said the statement.\n\n“Aims must not be pursued through violence,” the statement said.');
    assert.deepEqual(mission.map((s) => s[1]), ['Delmora Mission', 'Delmora Mission', 'Delmora Mission']);
  });

  it('gives “the club’s statement” to the body “the club” stands for', () => {
    assert.equal(speakers('Kelmar Town FC shared the news on its website.\n\n"All at the club are mourning," the club\'s statement read.')[0][1], 'Kelmar Town FC');
  });
});

describe('a group opening the sentence, with two verbs', () => {
  it('speaks through the second verb: “Campaigners welcomed the fines but said …”', () => {
    assert.deepEqual(speakers('Campaigners welcomed the fines but said they were “too low”.').map((s) => s[1]), ['Campaigners']);
  });
});

describe('words on signs', () => {
  it('are theirs who hold them, each of a list after “signs reading:”, and “a placard that read”', () => {
    const signs = speakers('Protesters gathered around bonfires, holding flags and signs reading: “Free speech now”, “Let him go”.');
    assert.deepEqual(signs.map((s) => [s[1], s[3]]), [['Protesters', 'reading'], ['Protesters', 'reading']]);
    assert.deepEqual(speakers('One woman carried a placard that read "sack the minister".').map((s) => s[1]), ['One woman']);
  });
});

describe('“that’s how …” after a quotation and a dash', () => {
  it('gives the words to whoever “that’s how” names', () => {
    const said = speakers("'Devastating and harsh' - that's how workers at the Kelmar factory summed up the closure.");
    assert.deepEqual(said.map((s) => [s[1], s[2]]), [['workers', 'workers']]);
  });
});

describe('a quotation in the first person after a sentence about “he”', () => {
  it('is his, with no cue anywhere; one not in the first person is left to no one', () => {
    const text = 'Tom Hale, 62, lost his savings to a scam.\n\nHe was about to take out a loan when he got a call from an agent. “They said this is a major fraud, and I’m not the only one.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale']);
    const third = 'Tom Hale, 62, lost his savings to a scam.\n\nHe was about to take out a loan when he got a call from an agent. “This is a major fraud.”';
    assert.deepEqual(speakers(third).map((s) => s[1]), [null]);
  });

  it('is his past a conjunction opening the sentence (“But he has no intention …”)', () => {
    const text = 'Tom Hale won the lottery.\n\nBut he has no intention of changing his ways. “I’m still the stubborn old man I always was.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale']);
  });
});

describe('speaking for someone', () => {
  it('is standing for them, not saying the quoted words: the outer speaker says them', () => {
    const said = speakers('Tom Hale said his party spoke for "people who believe division is a threat".');
    assert.deepEqual(said.map((s) => s[1]), ['Tom Hale']);
  });
});

describe('a name inside the phrase that opens the sentence', () => {
  it('is not the subject: the phrase\'s head is, but a body right after the head\'s preposition, or a participle\'s agent, is read as before', () => {
    assert.equal(speakers('The sales manager for the makers of the panels used on Kelmar Tower has told the inquiry he was “unaware” of it.')[0][2], 'The sales manager');
    assert.equal(speakers('A spokeswoman for Kelmar City Council said: "We explored alternatives."')[0][1], 'Kelmar City Council');
    assert.equal(speakers('A statement issued by Kelmar spokesman Tom Hale said the chef “is very upset”.')[0][1], 'Tom Hale');
  });
});

describe('a speaker described, then named', () => {
  it('gives the words to the name “identified as” or “named as” gives the one described', () => {
    const said = speakers('“We have to leave,” said a resident identified by WKLM-TV as Maya Ostrander.\n\n“It is sad,” said a woman named only as Ilse.');
    assert.deepEqual(said.map((s) => s[1]), ['Maya Ostrander', 'Ilse']);
  });
});

describe('an alderman and an officer “with” a force', () => {
  it('keeps “Ald.” before the name it titles, and gives the words to the officer, not the department he is with', () => {
    const text = '"We need to know about it," Ald. Mara Hedden said. "They were ambushed," Sgt. Dan Grubbe with the Fort Kelmar Police Department said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Mara Hedden', 'Dan Grubbe']);
  });
});

describe('a headline’s bare role quoting a word', () => {
  it('gives the word to the one with that role quoted below it, past a byline', () => {
    const unsafe = speakers('Councillor sounds the alarm over ‘unsafe’ Kelmar Hospital\n\nCllr Harry Barlow said: “It is a disgrace.”');
    assert.deepEqual(unsafe.map((s) => [s[1], s[2]]), [['Harry Barlow', 'Councillor'], ['Harry Barlow', 'Cllr Harry Barlow']]);
    const voids = speakers('Kelmar News\n\nFormer Mayor laments ‘huge void’ since abolition of town councils\n\nDeclan Tierney\n\nA former Mayor of Tuam, Martin Ward, has called for action.\n\n“It is a huge void,” Mr Ward said.');
    assert.deepEqual(voids.map((s) => s[1]), ['Martin Ward', 'Martin Ward']);
    // Not an indefinite resident in the lede's prose.
    assert.equal(speakers('“We have had no water,” said a resident of Kelmar.\n\nCouncillor Jo Dane said: “We will fix it.”')[0][1], 'resident');
  });
});

describe('“she said” after the role that opened the sentence before', () => {
  it('looks past an opening phrase to the described subject (“In her ruling, the magistrate said …”)', () => {
    const text = 'In a judgment, magistrate Mia Redley described the actions of Sen. Const. Grant George as “forceful”.\n\nShe said the case showed “a deeper cultural issue”.\n\nDuring a trial this year the boy, who cannot be named, was accused of spitting at Sen. Const. George, at the office of the Department of Communities.\n\nCrucially, there was CCTV of the incidents.\n\nIn her ruling, the magistrate said the footage showed the boy was pushed.\n\n“The accused was pushed with such force,” she said.';
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]).slice(2), [['Mia Redley', 'she']]);
  });
});

describe('“she said” after “the governor” named as “Gov.”', () => {
  it('reads the office an abbreviated honorific stands for as her role', () => {
    const text = 'Gov. Jenna Ruiz said officials were waiting for answers. The governor announced two new committees. “There have been multiple incidents,” she said.';
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]), [['Jenna Ruiz', 'she']]);
  });
});

describe('a pronoun of the other gender than a given name suggests', () => {
  it('is the previous speaker’s when no one of that gender is named or described since', () => {
    const text = 'Cllr Sam Hollis told cabinet that the pool was “creaking through each repair”. She added that “grand master planning” must not delay it.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Sam Hollis', 'Sam Hollis']);
    const wife = 'Cllr Sam Hollis told cabinet that the pool was “creaking through each repair”. His wife was there too. She added that “grand master planning” must not delay it.';
    assert.equal(speakers(wife)[1][1], 'wife');
  });
});

describe('“the teenager”, “the father-of-three” after a quotation', () => {
  it('is the one quoted last: a stage of life or kin names no office', () => {
    const text = 'Keelan Kay won both his matches. “I was nervous at first,” Kay said.\n\nThe Eggbuckland youngster has played for two seasons.\n\n“I would like to become world champion,” said the teenager.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Keelan Kay', 'Keelan Kay']);
  });
});

describe('“state” between a place and a title', () => {
  it('is a noun, not a verb of saying: “New York state Governor Andrew Cuomo told”', () => {
    assert.deepEqual(speakers('“The lights are back on,” Ohio state Governor Mike Delray told reporters.').map((s) => [s[1], s[3]]), [['Mike Delray', 'told']]);
  });
});

describe('a subject owned by a place', () => {
  it('speaks as a described subject does: “Guinea’s political opposition …, saying … “massive fraud.””', () => {
    assert.deepEqual(speakers('Guinea\'s political opposition has called for the annulment of the elections, saying the voting was marred by "massive fraud."').map((s) => [s[0], s[2]]), [['partial', "Guinea's political opposition"]]);
  });
});

describe('“the judge” after a recorder or a magistrate named', () => {
  it('is the recorder or the magistrate, as it is a justice', () => {
    const text = 'Nicholas, 24, admitted intimidation. Recorder Christopher Rowe sentenced him to seven months.\n\nThe judge said intimidation was a "serious matter".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Christopher Rowe']);
    assert.equal(analyze(text).people.find((p) => p.name === 'Christopher Rowe')?.role, 'Recorder');
    assert.deepEqual(speakers('Magistrate Mia Redley heard the case. The judge said the boy was a "victim".').map((s) => s[1]), ['Mia Redley']);
  });
});

describe('a coach’s quotations around lines of narrative', () => {
  it('keeps the speaker over a short line naming no one, and gives a quotation-only paragraph to the person who speaks next', () => {
    const text = 'The Kelmars beat the Blues on Friday.\n"That\'s what we\'ve got to be like."\nRobertsen said there were several reasons why the win was important.\n"We wanted to own the position we were in."\nThe win turned around their loss from the previous week.\n"We felt we were a catch away last week."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Robertsen', 'Robertsen', 'Robertsen']);
    // A line that names someone else breaks the run.
    const broken = 'Robertsen said the win mattered.\n"We wanted it."\nJones scored twice in the second half.\n"We felt close."';
    assert.deepEqual(speakers(broken).map((s) => s[1]), ['Robertsen', null]);
  });
});

describe('an attribution with its verb left out', () => {
  it('gives the quotation to the name closing the sentence after its comma (“…,” Deadra Thompson a friend.)', () => {
    assert.deepEqual(speakers('“His casket is outstanding. The roses are everywhere,” Deadra Thompsen a friend.').map((s) => [s[1], s[3]]), [['Deadra Thompsen', null]]);
  });
});

describe('a lede’s indefinite role', () => {
  it('is the person named after it who is quoted, when the role opens the sentence (“A shopkeeper has been left stunned …”)', () => {
    const text = 'A shopkeeper has been left stunned after police told him to change his sign calling shoplifters ‘scumbags’.\n\nRob Daviss, who runs a vintage shop, put up the sign in May.\n\nMr Daviss said: ‘I just wonder if they have anything better to do.’';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Rob Daviss', 'Rob Daviss']);
  });
});

describe('advising and professing', () => {
  it('are verbs of saying: the words quoted after them are the subject’s', () => {
    assert.deepEqual(speakers('The council advised parents “to remain calm and assured”.').map((s) => [s[0], s[2]]), [['partial', 'The council']]);
    assert.deepEqual(speakers('The party was professing that the mainland had "suppressed and dwarfed" the island.').map((s) => [s[0], s[2]]), [['partial', 'The party']]);
  });
});

describe('a headline’s role and a colon', () => {
  it('label the quotation after them, resolved to the person named with that role below', () => {
    const text = 'Iranian Minister: “Consultations are underway to arrange nuclear talks”\n\nIranian Minister of Foreign Affairs Ali Akbar Salehy said so on Friday.';
    assert.deepEqual(speakers(text).map((s) => [s[1], s[2]]), [['Ali Akbar Salehy', 'Iranian Minister']]);
  });
});

describe('an apposition holding a list’s commas', () => {
  it('gives the words to the person before the role, not to a body in the list', () => {
    assert.deepEqual(speakers('Andrew Fester, chief executive of Wrightington, Wigan and Leigh NHS trust, said: “We are full.”').map((s) => s[1]), ['Andrew Fester']);
    // (Opened by "of" alone, or by a South African MEC's title.)
    assert.deepEqual(speakers('Inspector Allan Lown, of the Adur, Worthing and Horsham Prevention Team, said: “We have seen an increase.”').map((s) => s[1]), ['Allan Lown']);
    assert.deepEqual(speakers('Anton Bredel, MEC of Local Government, Environmental Affairs and Development Planning in the Western Cape, said: “We must save.”').map((s) => s[1]), ['Anton Bredel']);
    // A plain apposition is read as before.
    assert.deepEqual(speakers('Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said: “No.”').map((s) => s[1]), ['Scott Pruitt']);
  });

  it('reads a body owning the role in an apposition as describing the person, “in the words of X” as a source, and a participle after a capitalised office before its colon as a verb', () => {
    assert.deepEqual(speakers('Chief Superintendent Jane Doe, Kelmar Police’s Head of Road Policing, said: “The warning means disruption.”').map((s) => s[1]), ['Jane Doe']);
    assert.deepEqual(analyze('Chief Superintendent Jane Doe, Kelmar Police’s Head of Road Policing, said so.').people.map((p) => p.name), ['Jane Doe']);
    assert.deepEqual(speakers('The focus is on new films, not in the words of co-director Tom Hale “everyone queuing for the same blockbuster.”').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('Taoiseach Ann Obi was angry.\n\nThe row went on in the chamber, with the Taoiseach saying:\n\n“I learned something about you yesterday.”').map((s) => s[1]), ['Ann Obi']);
    // A noun in -ing after a capitalised word is no verb: "In a Facebook posting he wrote".
    assert.deepEqual(speakers('In a Facebook posting he wrote: “We go on.”').length, 1);
  });

  it('takes neither the words a possessive owns after a verb (“repeated his call”) nor the target of a passive verb of judging for the speaker', () => {
    assert.deepEqual(speakers('Tom Hale, who last week urged the MPs "to do what is right," repeated his call for an inquiry.').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('Ann Obi was angry. In a statement the committee is accused of resorting to “baseless smear”.').map((s) => s[1]), [null]);
    // Accused of saying something, the subject did say it.
    assert.deepEqual(speakers('Taoiseach Tom Hale spoke. The Taoiseach has been accused of claiming Ann Obi was “telling lies” in the debate.').map((s) => s[1]), ['Tom Hale']);
  });

  it('takes the one served or written to after “to” for no speaker: “an adviser to Donald Trump said”, “the letter to Commissioner Paul Brereton said”', () => {
    assert.deepEqual(speakers('“We will win,” an adviser to President Donald Trump said.').map((s) => s[2]), ['an adviser']);
    assert.deepEqual(speakers('“We will win,” a source close to Donald Trump said.').map((s) => s[2]), ['a source']);
    assert.deepEqual(speakers('Ann Obi was referred.\n“If this is accurate, there was a misuse,” the letter to Commissioner Tom Hale said.').map((s) => s[2]), ['the letter']);
  });

  it('reads a shouting match: a comma after the quotation’s “!”, “roared”, a participle after a relative clause’s comma, and a passive verb’s agent with the auxiliary dropped', () => {
    assert.deepEqual(speakers('Tom Hale stood up.\n\n"You are a disgrace!", Hale snapped back.').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('Kelmar TD Tom Hale stood up.\n\n"You are a disgrace!", the Kelmar TD roared.').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('The minister spoke. She was interrupted by a furious Tom Hale, who stood up from his seat, shouting "You should take that back!"').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers("Ann Obi leads.\n\n'Take that back!' Minister blasted by furious TD in clash\n\nTom Hale, the TD, spoke.").map((s) => s[1]), ['Tom Hale']);
    // An outlet that quotes passes the words on.
    assert.deepEqual(speakers('“We ordered a response,” President Ann Obi was quoted by Kelmar News as saying.').map((s) => s[1]), ['Ann Obi']);
  });

  it('carries a run on from a quotation given its speaker by the line before, over a short line that names no one taken for a person', () => {
    const text = 'Rovers boss Tom Hale was happy.\n\nHale credited a strong week’s training as the key to success.\n\n“I had a vision of how we would play.”\n\nKelmarton nearly had a late equaliser from a goalmouth scramble.\n\n“We did cause them problems.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale', 'Tom Hale']);
  });

  it('reads “state” before a role as a noun, not a verb of saying: “said Kerala state disaster manager Tom Hale.', () => {
    assert.deepEqual(speakers('“We have taken a zero-casualty approach,” said Kerala state disaster manager Tom Hale.').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('“We have taken a new approach,” said Punjab state minister Ann Obi.').map((s) => s[1]), ['Ann Obi']);
    assert.deepEqual(speakers('“We have taken a new approach,” the Kelmar Agency stated.').map((s) => s[1]), ['Kelmar Agency']);
    // …and the quotation after that sentence is still the manager's.
    const run = '“We have taken a zero-casualty approach,” said Kerala state disaster manager Tom Hale. “If people do not move, force will be used.”';
    assert.deepEqual(speakers(run).map((s) => s[1]), ['Tom Hale', 'Tom Hale']);
  });

  it('reads a body’s abbreviation in brackets closing an apposition as part of it: “Tom Hale, the secretary general of the … Union (KWU) told AFP”', () => {
    assert.deepEqual(speakers('“The talks are going ahead,” Tom Hale, the secretary general of the Association of Miners and Kelmar Union (AMKU) told AFP.').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('“The talks are going ahead,” the Kelmar Workers Union (KWU) told AFP.').map((s) => s[1]), ['Kelmar Workers Union']);
  });

  it('takes an alert, a bulletin or a day’s warning for the document that speaks (“the alert said”, “Saturday’s alert said”)', () => {
    assert.deepEqual(speakers('Residents “are being impacted by smoke,” the alert said.').map((s) => s[1]), ['alert']);
    assert.deepEqual(speakers('Residents “are being impacted by smoke,” Saturday’s alert said.').map((s) => s[1]), ['Saturday’s alert']);
    assert.deepEqual(speakers('Smoke is causing “very poor air quality” in parts of the north, according to the bulletin.').map((s) => s[1]), ['bulletin']);
  });

  it('reads “Tom Hale, Kelmar’s lawyer said, “…”” as Tom Hale speaking: the comma after the verb introduces the quotation', () => {
    assert.deepEqual(speakers('Speaking to reporters, Tom Hale, Kelmar’s lawyer said, “We are trying to move the bail application.”').map((s) => s[1]), ['Tom Hale']);
    // An aside's commas still make it one: the union speaks.
    assert.deepEqual(speakers('Smith, the union said, was sacked after “gross misconduct”.').map((s) => s[1]), ['union']);
  });

  it('steps over “at one point” between a subject and its verb of saying', () => {
    assert.deepEqual(speakers('Tom Hale spoke, and at one stage said: “I’ll have to do it myself.”').map((s) => s[1]), ['Tom Hale']);
    assert.deepEqual(speakers('Ann Obi at one point said: “I’ll do it.”').map((s) => s[1]), ['Ann Obi']);
  });
});

describe('a sentence’s closing attribution', () => {
  it('gives words quoted in the writer’s sentence to the attribution that closes it, past a later quotation', () => {
    const text = 'Tom Hale inspected the launch of “a new-type of guided rocket” as a “solemn warning to rivals,” the state news agency KTNA said Friday.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['KTNA', 'KTNA']);
    // …and with the attribution inside the sentence followed by an apposition.
    const aside = 'It was a test. Tom Hale “personally organised and guided” the drill on Thursday, the Kelmar Agency said, a reference to two rockets.';
    assert.equal(speakers(aside)[0][1], 'Kelmar Agency');
  });
});

describe('a role word that modifies a name', () => {
  it('takes no one for “he” from a role word before a capitalised word (“A UK General Election is expected”)', () => {
    const text = 'Tom Hale spoke in Cardiff.\n\nA Kelmar General Election is expected this year.\n\nThey point to Sir Tom’s comments in 2022 when he said: “A Labour government is the proof.”';
    assert.equal(speakers(text)[0][1], 'Tom Hale');
    // …nor a country's abbreviation and the role word before it: no title of anyone.
    assert.equal(speakers(text.replace('Kelmar General', 'UK General'))[0][1], 'Tom Hale');
  });
});

describe('the antecedent of “who said”', () => {
  it('gives the words to the one a relative clause speaks for, named or described, not to the outlet that cites them', () => {
    assert.equal(speakers('The Kelmar Times also cited an unnamed palace official, who said: “We are entering a phase of reflection.”')[0][1], 'unnamed palace official');
    assert.equal(speakers('The paper quoted Tom Hale, who later said: “It went well.”')[0][1], 'Tom Hale');
  });
});

describe('a subject expected to speak', () => {
  it('gives “He’s expected to say that “…”” to him: the verb right before “to” has no object, and the contraction is a subject', () => {
    const text = 'Tom Hale spoke in Cardiff.\n\nHe’s expected to say that “At the next election, our country has a clear choice.”';
    assert.deepEqual(speakers(text)[0].slice(1, 4), ['Tom Hale', 'He', 'say']);
    // An object between them still makes the object the one to speak: no speaker here.
    assert.equal(speakers('The crisis forced the Kelmar Bank to signal “a change of course” on Monday.')[0][1], null);
  });
});

describe('a phrasal verb before a colon', () => {
  it('gives “Sir Tom hit back: “…”” to him, over the attribution of a later paragraph', () => {
    const text = 'Tom Hale spoke.\n\nSir Tom hit back: "It is perfectly possible.\n\n"They would like a leader who stands up.”\n\nMr Obi defended the plan, adding: "One day he says it is safe."';
    assert.equal(speakers(text)[0][1], 'Tom Hale');
  });
});

describe('words a subject issued', () => {
  it('gives words in “issued a request that …” to the subject that issued it, not to “the search” going on', () => {
    assert.deepEqual(speakers('Newton police had issued a new request that residents "remain alert and vigilant" before noon on Monday, as the search continued.').map((s) => s[1]), ['police']);
    assert.deepEqual(speakers('The council made an appeal that drivers "stay off the roads" on Friday.').map((s) => s[1]), ['council']);
  });
});

describe('someone’s relation named after the role', () => {
  it('gives “said Floyd’s daughter Gianna” to Gianna, with or without a comma before the name', () => {
    const text = 'Tom Kelmar died last year.\n\n"I miss him and I love him," said Kelmar’s daughter Gianna.';
    assert.deepEqual(speakers(text)[0].slice(1, 3), ['Gianna', 'Gianna']);
    assert.equal(speakers(text.replace('daughter Gianna', 'daughter, Gianna'))[0][1], 'Gianna');
  });
});

describe('a sentence about someone’s words before a quotation', () => {
  it('gives a quotation with no cue to the named person the sentence before has delivering words', () => {
    const text = 'Judge Tom Hale took a brief recess before delivering the final words in this case.\n\n"I sentence you to 270 months."';
    assert.equal(speakers(text)[0][1], 'Tom Hale');
    // A sentence of what someone did, with no words in it, gives them none.
    assert.equal(speakers('Judge Tom Hale took a brief recess before returning to the bench.\n\n"I sentence you to 270 months."')[0][1], null);
  });
});

describe('bodies in the plural', () => {
  it('gives words to “United Nations agencies” or “aid agencies” after the quotation', () => {
    assert.equal(speakers('The people are at "imminent risk of famine," United Nations agencies said on Friday.')[0][1], 'United Nations agencies');
    assert.equal(speakers('The people are at "imminent risk of famine," aid agencies said on Friday.')[0][1], 'aid agencies');
  });
});

describe('a reduced passive with its agent after the quotation', () => {
  it('gives “a figure rejected as “speculative” by the government” to the government', () => {
    assert.equal(speakers('Amnesty said 100 people had been killed, a figure rejected as “speculative” by the government.')[0][1], 'government');
  });
});

describe('participles coordinated, each with its own named subject', () => {
  it('gives each participle’s quotation to the name before it', () => {
    const text = 'Tributes poured in, with frontman Tom Hale hailing him as a "great person and an amazing musician" and punk rocker Ann Obi describing the news as "tragic".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tom Hale', 'Ann Obi']);
  });
});

describe('a paragraph closing on a colon', () => {
  it('gives the quotation opening the next paragraph to the person the colon’s clause names, with no verb of saying', () => {
    const text = 'Tom Hale hosted the show.\n\nBefore actress Ann Obi delivered the punchline:\n\n"The actor that plays its wife is still only 32."';
    assert.equal(speakers(text)[0][1], 'Ann Obi');
  });
});

describe('a description after a preposition', () => {
  it('names “with detectives saying” the detectives, not “with detectives”, and keeps “a source familiar with …” whole', () => {
    assert.deepEqual(speakers('Neighbours have been urged to speak out, with detectives saying the answers "lie in the community".')[0].slice(1, 3), ['detectives', 'detectives']);
    assert.equal(speakers('Another source familiar with Hale’s thinking said, “He will try to be friendlier.”')[0][2], 'Another source familiar with Hale’s thinking');
  });
});

describe('letters after a name', () => {
  it('gives “Tom Hale KC, counsel to the inquiry, said that “…”” to Tom Hale, not to the inquiry', () => {
    assert.equal(speakers('Tom Hale KC, counsel to the inquiry, said that “out of fairness to” the witness he had to ask.')[0][1], 'Tom Hale');
    assert.equal(speakers('Ann Obi MP, chair of the committee, said it was “a scandal”.')[0][1], 'Ann Obi');
  });
});

describe('the subject of an infinitive of saying', () => {
  it('takes the subject of the last coordinated clause, and reads past “Even as …,”', () => {
    assert.equal(speakers('Mr Hale sat down, and Ann Obi was using it to accuse him of “flat out lying” in the box.')[0][1], 'Ann Obi');
    assert.equal(speakers('Even as Mr Hale was speaking, Ann Obi was using social media to accuse him of “flat out lying” in the box.')[0][1], 'Ann Obi');
  });
});

describe('a passive verb of asking after the quotation', () => {
  it('gives “…, yet Mr Lawlor was not questioned” no say: the one questioned is not the speaker', () => {
    assert.equal(speakers('Tom Hale was alleging a senator was getting “blackmail money”, yet Mr Lawlor was not questioned.')[0][1], 'Tom Hale');
  });
});

describe('a party and a state after a lawmaker’s name', () => {
  it('reads “R-Tennessee” as no one, and steps over it to the name before a role apposition', () => {
    const text = 'Rep. Ann Obi, D-Florida, chairwoman of the Democratic National Committee, tweeted that Hale “changed millions of lives.”';
    assert.equal(speakers(text)[0][1], 'Ann Obi');
    assert.ok(!analyze('Sen. Tom Hale, R-Tennessee, called him “a friend.”').people.some((p) => /R-Tennessee/.test(p.name)));
  });
});

describe('a numbered district before the office', () => {
  it('gives “…,” said District 4 Councilman Tom Hale” to Tom Hale, not the district', () => {
    assert.equal(speakers('“He is one step ahead of us,” said District 4 Councilman Tom Hale.')[0][1], 'Tom Hale');
  });
});

describe('the medium between a subject and its verb', () => {
  it('gives “Tom Hale in his tweet wrote: “…”” to Tom Hale, not the tweet, and “the minister in a statement said” to the minister', () => {
    assert.equal(speakers('Tom Hale in his tweet wrote: “Before 2014, the word was unheard of.”')[0][1], 'Tom Hale');
    assert.equal(speakers('Ann Obi in her letter to the council wrote that it was “a disgrace”.')[0][1], 'Ann Obi');
  });
});

describe('nicknames listed or set before the name', () => {
  it('takes “goes by the nicknames “the Little Guy” and “Napoleon”” and “champion ‘Marvellous’ Tom Hale” for terms', () => {
    assert.deepEqual(speakers('Tom Hale, who goes by the nicknames "the Little Guy" and "Napoleon," has been accused by critics of nepotism.').map((s) => s[0]), ['scare', 'scare']);
    assert.deepEqual(speakers('Friends described former world champion \'Marvellous\' Tom Hale after his death.').map((s) => s[0]), ['scare']);
  });
});

describe('a law by its name', () => {
  it('takes “the Peaceful Assembly and Public Order Act, 2024” for a title, and “a bad law” for someone’s words', () => {
    assert.deepEqual(speakers('The authorities have enforced “the Peaceful Assembly and Public Order Act, 2024”, regulating assemblies.').map((s) => s[0]), ['title']);
    assert.deepEqual(speakers('Tom Hale said the bill was “a bad law”.').map((s) => s[0]), ['partial']);
  });
});

describe('an aside opened by a preposition between a subject and its verb', () => {
  it('steps over “…, despite a warrant for his arrest, said” to the one who speaks', () => {
    const text = 'Catalan leader Carles Puigdemont, who entered Spain this week in a whirlwind visit to Barcelona, despite a warrant for his arrest, said on Saturday that he had “never intended” to surrender.';
    assert.equal(speakers(text)[0][1], 'Carles Puigdemont');
    assert.equal(speakers('The mayor, after a long meeting with residents, said the plan was “dead”.')[0][1], 'mayor');
  });
});

describe('an opening phrase before a subject with a hyphenated modifier', () => {
  it('ends at its comma when a role follows the modifier: “…, right-wing politician Alain Juppe, …, dismissed … and said”', () => {
    const text = 'Writing on his Twitter account ahead of Wednesday’s vote, right-wing politician Alain Juppe, a former prime minister, dismissed the reforms as "pointless" and said they "divide all the groups".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Alain Juppe', 'Alain Juppe']);
  });
});

describe('one of a group after the verb', () => {
  it('gives “said one of his lawyers, Le Dinh Viet” to the lawyer named, and “said one of the protesters” to that one', () => {
    assert.equal(speakers('“He did nothing wrong,” said one of his lawyers, Le Dinh Viet, adding that he will appeal.')[0][1], 'Le Dinh Viet');
    const [q] = analyze('“It was terrible,” said one of the protesters.').quotes;
    assert.equal(q.speaker?.text, 'one of the protesters');
  });
});

describe('a capital after a comma that closes a place', () => {
  it('speaks for its government: “… an island in the South China Sea, Manila said …, telling Beijing to “back off””', () => {
    const text = 'Ships fired water cannons at boats delivering food to a Philippine-controlled island in the South China Sea, Manila said in a statement on Thursday, telling Beijing to "back off."';
    assert.equal(speakers(text)[0][1], 'Manila');
    assert.equal(speakers('Eyewitnesses in Nauru and Fiji said it was "a disaster".')[0][1], 'Eyewitnesses');
  });
});

describe('a body’s wing or arm', () => {
  it('speaks for it: “Hamas’s military wing said”, “Daesh’s Amaq propaganda arm said”', () => {
    assert.equal(speakers('Hamas’s military wing said "the attack was a success".')[0][1], 'Hamas’s military wing');
    assert.equal(speakers('In a statement on Telegram, Daesh’s Amaq propaganda arm said "the attacker was a soldier".')[0][1], 'Daesh’s Amaq propaganda arm');
  });
});

describe('a caption’s role after a quotation and a colon', () => {
  it('gives “‘…’: The Medibank CEO discusses his decision” to the chief executive described', () => {
    const text = '‘You just can’t trust a criminal’: The Medibank CEO discusses his decision not to pay a ransom.\n\nThe boss said the firm would not pay.';
    assert.equal(speakers(text)[0][1], 'Medibank CEO');
  });
});

describe('a body closing the holder’s role, then an apposition on the body', () => {
  it('gives “…,” Arnaud Rousseau, the head of the FNSEA, France’s largest farmers union, told …” to the head', () => {
    assert.equal(speakers('“We will keep up the movement,” Arnaud Rousseau, the head of the FNSEA, France’s largest farmers union, told reporters.')[0][1], 'Arnaud Rousseau');
  });
});

describe('the subject of a passive verb of saying with no agent', () => {
  it('does not speak: “bosses said that although the presence of mould has been confirmed, a “common cause” had not”', () => {
    const a = analyze('Council bosses said that although the presence of mould has been confirmed in the flats, a “common cause of illness” had not.');
    assert.equal(a.quotes[0].speaker?.name, 'Council');
  });
  it('still speaks when quoted as saying or heard shouting', () => {
    const a = analyze('Ms Obi was quoted as saying the ward was “a scandal”. Mr Hale was heard shouting “get out now” at the crowd.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Obi', 'Hale']);
  });
});

describe('a person of a place’s numbered district', () => {
  it('speaks, not the district: “Rep. Ann Vail of Ohio’s 3rd District called it “terrible news””', () => {
    assert.deepEqual(speakers('Rep. Ann Vail of Ohio’s 3rd District called the closure “terrible news” on Monday.').map((s) => s[1]), ['Ann Vail']);
    assert.deepEqual(speakers('Councillor Tom Hale of the 2nd Ward said: “We were not told.”').map((s) => s[1]), ['Tom Hale']);
  });
});

describe('a description by the body its holder heads', () => {
  it('“the WHO boss” is the one whose role names the WHO: “The MD of the World Health Organization (WHO), Ana Lind,”', () => {
    const a = analyze('The MD of the World Health Organization (WHO), Ana Lind, had said a deal was close.\n\nAfter meeting President Tom Okafor, the WHO boss told reporters that “we understand the urgency”.');
    assert.equal(a.people.find((p) => p.name === 'Ana Lind')?.role, 'MD of the World Health Organization (WHO)');
    assert.equal(a.quotes[0].speaker?.name, 'Ana Lind');
  });
  it('takes no name inside an opening phrase for an apposition left open: “After meeting Tom Okafor, the fund’s chief said”', () => {
    assert.deepEqual(speakers('After meeting President Tom Okafor, the fund chief said “we understand the urgency.”').map((s) => s[1]), ['fund chief']);
  });
});

describe('an inverted verb of saying with a described speaker after it', () => {
  it('gives the next quotation to “one employee”, not the noun before the comma', () => {
    assert.deepEqual(speakers('“No one got paid on Friday” on the regular payday, said one employee, who asked to remain anonymous. “Nobody knows who is in charge.”').map((s) => s[1]), ['one employee', 'one employee']);
  });
});

describe('a day between the subject and its verb', () => {
  it('is passed over like other times: “Witnesses on the day said they saw two soldiers “clearly in distress””', () => {
    assert.deepEqual(speakers('Witnesses on the day said they saw two soldiers “clearly in distress” on the hill.').map((s) => s[1]), ['Witnesses']);
  });
});

describe('a described subject with an adjective before its role', () => {
  it('speaks for the next quotation: “The former finance minister refused … and said that …”', () => {
    const a = analyze('Ann Hale, a former finance minister, spoke on Monday.\n\nThe former finance minister refused to accept the narrative of early elections and said that the government had failed.\n\n“Khan is responsible for this.”');
    assert.equal(a.quotes[0].speaker?.name, 'Ann Hale');
  });
});

describe('a social-media handle', () => {
  it('speaks under its handle, before or after the quotation, and is no person', () => {
    const a = analyze('On social media, @WilsonDaka stated that “the queues are the worst I have seen”.\n\n“Rats are wild,” @WashProbs tweeted.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.text ?? null]), [['@WilsonDaka', '@WilsonDaka'], ['@WashProbs', '@WashProbs']]);
    assert.deepEqual(a.people, []);
  });
});

describe('people in the plural by the form of their noun', () => {
  it('gives the words to “commuters”, “motorists” and “Pensioners”, but not to “Sanders”, a name', () => {
    const a = analyze('“We are fed up,” commuters said.\n\n“It is a scandal,” said angry motorists.\n\nPensioners have accused Mr Lister of “messing it all up”.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['commuters', 'angry motorists', 'Pensioners']);
    assert.equal(analyze('Mr Lister met Ann Sanders. Sanders has accused Mr Lister of “messing it all up”.').quotes[0].speaker?.name, 'Ann Sanders');
  });
});

describe('bodies whose names are words, and a given name no lexicon knows', () => {
  it('gives the words to “BA” and “Unite” opening a sentence before a verb of saying, but reads “Report says” as a headline', () => {
    const a = analyze('The carrier apologised. BA said: “We fully apologise.”\n\nThe strike began. Unite warned of “severe delays and disruption to passengers”.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['BA', 'Unite']);
    assert.deepEqual(analyze('Report says bus cuts hit the poorest hardest').people, []);
  });

  it('gives the words to “Shellie Bill”, though a bill is a law', () => {
    const a = analyze('"They were going row by row," passenger Shellie Bill told reporters.');
    assert.equal(a.quotes[0].speaker?.name, 'Shellie Bill');
    assert.deepEqual(a.people.map((p) => p.name), ['Shellie Bill']);
  });
});

describe('a person of a body whose name holds “of”', () => {
  it('gives the words to “Iain Shepherd of the Chichester Chamber of Commerce (and Industry)”, not the body', () => {
    const a = analyze('Iain Shepherd of the Bath Chamber of Commerce said it would be a ‘penalty on the elderly’.\n\nAnn Lee of the Bath Chamber of Commerce and Industry said: “It is wrong.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Iain Shepherd', 'Ann Lee']);
  });
});

describe('a body named by a place’s word before a title and a name', () => {
  it('gives the words to the titled name after the cue, not the body (“said Parks and Recreation Commission Chairperson John Sharkey”)', () => {
    const a = analyze('“We need to keep them secure,” said Parks and Recreation Commission Chairperson John Sharkey at a meeting.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['John Sharkey']);
  });
});

describe('where someone works, named like a person', () => {
  it('gives the words to “Steve Harrison, from Simply Flowers, who has traded …, said”, not the shop', () => {
    const a = analyze('Steve Harrison, from Simply Flowers, who has been trading at the market for 21 years, said: “It is a desperate move.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Steve Harrison']);
  });
});

describe('a titled name after a long office in capitals', () => {
  it('gives the words to “said Coast Guard Station Portsmouth Harbor Petty Officer Matthew Merical”', () => {
    const a = analyze('"We are going to assess it in the morning," said Coast Guard Station Portsmouth Harbor Petty Officer Matthew Merical.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Matthew Merical']);
  });
});

describe('“according to” after the words go on', () => {
  it('leaves the words to the nearer verb’s subject, and gives them to the source when there is none', () => {
    const a = analyze('At the meeting, campaigners told the council its decision rested on "seriously flawed" information, according to the Local Democracy Reporting Service.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text ?? null, q.cue?.text ?? null]), [['campaigners', 'told']]);
    const b = analyze('The crackdown can have a “really huge” impact, according to Tom Hale.');
    assert.deepEqual(b.quotes.map((q) => q.speaker?.name ?? null), ['Tom Hale']);
  });
});

describe('a relative clause holding a list', () => {
  it('gives the words to the one the clause is about, not the list’s last item', () => {
    const a = analyze('Councillor Amy Cole, who chairs the Environment, Transport and Sustainability Committee, said: “We can reopen.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Amy Cole']);
  });
});

describe('a town after a name and “from”', () => {
  it('gives the words to “Marilyn King from Balloch” and “Ms O’Brien, 64, from Spennymoor”, not the town', () => {
    const a = analyze('Bus forum member Marilyn King from Balloch added: “We are resolved.”\n\nMs O’Brien, 64, from Spennymoor said: “We had no notice at all.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Marilyn King', 'O’Brien']);
  });

  it('gives the words to the person before a place of two words (“Michael Streat of Compass Close said”)', () => {
    const a = analyze('Professor Michael Streat of Compass Close said: "I do not oppose the golf course."');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Michael Streat']);
  });

  it('gives the words to the person, not the letters after the name (“Judge Geoffrey Rivlin, QC, said”)', () => {
    const a = analyze('Judge Geoffrey Rivlin, QC, said the kitchen was "disgraceful".\n\nAnn Lee, OBE, the chair of the trust, said: "We will win."\n\nSir Tom Hale, KC, MP, said: "We will see."');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Geoffrey Rivlin', 'Ann Lee', 'Tom Hale']);
  });

  it('gives the words to the person before a relative clause, not the town (“David Brown from Kingswood who said”)', () => {
    const a = analyze('One of them was David Brown from Kingswood who said: “I have waited for a space.”\n\nShe met Ann Cole from Ossett, who said: “We had no notice.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['David Brown', 'Ann Cole']);
  });
});

describe('a name under its own title after a description, an apposition to an opening description, where a post was put', () => {
  it('gives the words to the titled name closing a description, not the description', () => {
    const a = analyze('The national lead for policing knife crime Commander Stephen Clayman said officers are tackling the “symptoms” of crime.\n\nThe wife of Commander Stephen Clayman said: “He is fine.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['Stephen Clayman', 'The wife']);
  });

  it('gives the words to a name right after the thing a description closes on, not after a word for a person', () => {
    const a = analyze('The district council’s portfolio holder for business Salih Gaygusuz said: “The lights are a fantastic family event.”\n\nThe mother of teenager Jack Hale said: “It is sad.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['Salih Gaygusuz', 'The mother']);
  });

  it('gives the words to the name in apposition to an opening description, across a second verb', () => {
    const a = analyze('The council’s portfolio holder for transport, councillor Wallace Redford, responded and said that "the council takes safety seriously".');
    assert.equal(a.quotes[0].speaker?.name, 'Wallace Redford');
  });

  it('takes no speaker from where words were posted or from a place after “around”', () => {
    const a = analyze('One tribute posted on Snapchat read: “RIP Maz. I am gonna miss you.”\n\nPolice stepped up patrols around Nightingale Park as they sought to assure locals they are doing: “all that we can following this tragic incident”.');
    assert.equal(a.quotes[0].speaker?.text, 'One tribute');
    assert.notEqual(a.quotes[1].speaker?.name, 'Nightingale Park');
  });
});

describe('words quoted inside a quotation without a comma', () => {
  it('takes “said ‘I’m sorry’” as speech by the subject, past a second verb and an editor’s bracket, but not “called it ‘Disgust’”', () => {
    const a = analyze('She added: “He [the defendant] said ‘I’m sorry’ and left the park.”\n\n“He came up and said ‘I am sorry’ and then left,” she said.\n\n“They called it ‘Disgust’ on the poster,” she said.');
    const inner = a.quotes.filter((q) => /^‘/.test(q.text));
    assert.deepEqual(inner.map((q) => [q.kind, q.speaker?.text ?? null]), [['speech', 'He'], ['speech', 'He'], ['scare', null]]);
  });
});

describe('verbs of saying that double their consonant, and a paper named with “and”', () => {
  it('takes “slammed” as a cue (“Jane Smith slammed the firm as “despicable””), and Ingram of The Globe and Mail as the one who dubbed', () => {
    assert.deepEqual(speakers('Jane Smith slammed the firm as “despicable”.'), [['partial', 'Jane Smith', 'Jane Smith', 'slammed']]);
    const a = analyze('Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict: "Scientology vs. the Internet, part XVII".');
    assert.equal(a.quotes[0].speaker?.name, 'Matthew Ingram');
  });
});

describe('what the subject has, after “with”', () => {
  it('gives the words to “A mum with four-month-old twins” and “The man with the dog”, but “with a spokesperson saying” to the spokesperson', () => {
    const a = analyze('A mum with four-month-old twins says she is “terrified” by the increase.\n\nThe man with the dog said: “Stay away.”\n\nThe tally goes on with airline partners with a spokesperson saying the number is already "well over" 1,000.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['A mum', 'The man', 'a spokesperson']);
  });
});

describe('two appositions, the first naming where the speaker works', () => {
  it('gives the words to “David Delaney, from solicitors Aaron and Partners LLP, on behalf of the chain,”', () => {
    const a = analyze('David Delaney, from solicitors Aaron and Partners LLP, on behalf of the budget chain, warned of a “costs award” against the council.');
    assert.equal(a.quotes[0].speaker?.name, 'David Delaney');
  });
});

describe('agreeing to something', () => {
  it('takes “agreed to “a scrutiny meeting”” as no cue: the words are the one who reports it', () => {
    const a = analyze('Ann Yang said after the meeting that the company had agreed to “a scrutiny meeting” with MPs.');
    assert.equal(a.quotes[0].speaker?.name, 'Ann Yang');
  });
});

describe('“and another”', () => {
  it('gives the second words to “another”, not to the first of them', () => {
    const a = analyze('Hayne’s supporters gathered outside. One shouted “guilty” and another yelled “you’re innocent”.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['One', 'another']);
  });
});

describe('a time opening the clause', () => {
  it('leaves “Yesterday” and “On Monday” out of the speaker, but keeps “the morning paper”', () => {
    const a = analyze('Yesterday pensioners accused Mr Lister of “messing it all up”.\n\nOn Monday residents said the plan was “a disgrace”.\n\nThe morning paper said the plan was “a disgrace”.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text ?? null), ['pensioners', 'residents', 'The morning paper']);
  });
});

describe('a description named in apposition with a title', () => {
  it('resolves “he” after “The Conservative transport spokesman, Councillor Nick Cook,” to the councillor', () => {
    const a = analyze('The Conservative transport spokesman, Councillor Nick Cook, raised his concerns about buses.\n\nHe claimed the operator faced “significant disruption”.');
    assert.equal(a.quotes[0].speaker?.name, 'Nick Cook');
  });
});

describe('a hyphenated given name after an office and its place', () => {
  it('finds Ann-Marie Steel in “county commissioner for Cumbria Ann-Marie Steel said”', () => {
    const a = analyze('In an email, the county commissioner for Cumbria Ann-Marie Steel said: “We have come to a decision.”');
    assert.equal(a.quotes[0].speaker?.name, 'Ann-Marie Steel');
    assert.deepEqual(a.people.map((p) => p.name), ['Ann-Marie Steel']);
  });
});

describe('a description past a sentence that “he” or “she” opens', () => {
  it('gives “The former Scotland player said” and “said the 54-year-old” to the one the pronoun stands for, not “the victim”', () => {
    const a = analyze('Head coach Gregor Townsend is launching the appeal.\n\nHe’s been getting a tour of the Poppy Factory in Edinburgh.\n\nThe former Scotland player said it is a “real privilege”.');
    assert.equal(a.quotes[0].speaker?.name, 'Gregor Townsend');
    const b = analyze('Among those stranded was Jackie Hughes, who was staying at the park with her daughter.\n\nShe said it was too dangerous to get away.\n\n“The water was coming in,” said the 54-year-old, of Grove Vale Avenue.');
    assert.equal(b.quotes[0].speaker?.name, 'Jackie Hughes');
    const c = analyze('Tom Stevenson waded in to help.\n\nHe thumped the woman in the face, his solicitor said.\n\nIn a statement, the victim said: “I am scarred for life.”');
    assert.notEqual(c.quotes[0].speaker?.name, 'Tom Stevenson');
  });
});

describe('a person, a role and a body, each in commas', () => {
  it('gives “Gemma Antrobus, managing director, Haslemere Travel, Surrey, said” to her, not to the firm', () => {
    const a = analyze('Gemma Antrobus, managing director, Haslemere Travel, Surrey, said: “I am run off my feet.”');
    assert.equal(a.quotes[0].speaker?.name, 'Gemma Antrobus');
  });
});

describe('an apposition opened by any office word', () => {
  it('gives “Iain Nixon, team leader for Northumberland team said:” to him, not to the last person named', () => {
    const a = analyze('Keith Briggs went missing on the hills on Sunday.\n\nRescuers were called out late in the evening. Anna Holt, team leader for the county rescue team said: “It was past 9pm and he was officially overdue.”');
    assert.equal(a.quotes[0].speaker?.name, 'Anna Holt');
  });
});

describe('an unclosed apposition whose role word comes second', () => {
  it('gives “Councillor Julie Ward, cabinet member for civic amenities said:” to her, not to “cabinet member”', () => {
    const a = analyze('Councillor Julie Ward, cabinet member for civic amenities said: “I’m shocked and saddened by this mindless vandalism.”');
    assert.equal(a.quotes[0].speaker?.name, 'Julie Ward');
  });
});

describe('a word in -ing before a colon', () => {
  it('reads “… was video calling:” as no cue, so the quotation after it is the subject’s, “he”', () => {
    const a = analyze('Robert Lee is a lecturer in deaf studies. He thinks the main reason for the fall of the club was video calling:\n\n“Unfortunately, habits have changed.”');
    assert.equal(a.quotes[0].speaker?.name, 'Robert Lee');
  });
});

describe('a round-up that labels each quotation with a line naming the speaker and their role', () => {
  it('gives a quotation to the person named with a role after a comma on the line before it', () => {
    const a = analyze('Reaction to the cull\n\nBill Harper, National Beef Association representative and beef farmer\n\n“For the first time there is no doubt.”\n\nEvan Thomas, dairy farmer\n\n“Politicians need to wake up.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Bill Harper', 'Evan Thomas']);
  });
});

describe('an open apposition with a participle in its role', () => {
  it('gives “Anna Price, a volunteer helping at the shelter has said:” to her, not to “a volunteer”', () => {
    const a = analyze('Anna Price, a volunteer helping at the shelter has said: “We are full every night now.”');
    assert.equal(a.quotes[0].speaker?.name, 'Anna Price');
  });
  it('reads past a dash inside the role: “Omar Haddad, Head of Services- Parks and Leisure told the paper:”', () => {
    const a = analyze('Omar Haddad, Head of Services- Parks and Leisure told the Gazette: “The gates will reopen in spring.”');
    assert.equal(a.quotes[0].speaker?.name, 'Omar Haddad');
  });
});

describe('people after a preposition ending in “of”', () => {
  it('gives “… comes on the back of many lower-level umpires saying they felt “…”” to the umpires', () => {
    const a = analyze('The change comes on the back of many lower-level umpires saying they felt “ignored and abused”.');
    assert.equal(a.quotes[0].speaker?.name, 'many lower-level umpires');
  });
  it('still gives “A group of residents said” to the group', () => {
    const a = analyze('A group of residents said: “We were never asked.”');
    assert.match(a.quotes[0].speaker?.text ?? '', /group of residents/);
  });
});

describe('roles the lexicon knows by their form or trade', () => {
  it('reads “ecologist” (two letters before -ologist) and “referee” as roles, so an open apposition gives the person', () => {
    assert.equal(analyze('Tom Reed, an ecologist said: “The hedges are the last corridors left.”').quotes[0].speaker?.name, 'Tom Reed');
    assert.equal(analyze('Sara Lund, a referee said: “I was pushed twice last season.”').quotes[0].speaker?.name, 'Sara Lund');
  });
});

describe('a name that a participle or preposition governs is no apposition’s head', () => {
  it('gives “Convicting Okafor, Chairwoman of the bench Celia Jenkins said …” to the chairwoman', () => {
    const a = analyze('Ms Okafor denied the charge. Convicting Okafor, Chairwoman of the bench Celia Jenkins said the evidence was "clear and concise".');
    assert.equal(a.quotes[0].speaker?.name, 'Celia Jenkins');
  });
});

describe('a description opening the clause ends before a verb in the present', () => {
  it('reads “The new festival director believes …, saying “…”” as the director, not “director believes”', () => {
    const a = analyze('Rosa Vance, the festival director, took over in May. The new festival director believes the event will grow, saying "change can be good".');
    assert.equal(a.quotes[0].speaker?.name, 'Rosa Vance');
  });
});

describe('where the people who speak are', () => {
  it('gives “A man at the scene told …” and “Residents in the village said …” to the people, not the place', () => {
    assert.equal(analyze('A man at the scene told reporters: “The smoke was everywhere.”').quotes[0].speaker?.name, 'man');
    assert.equal(analyze('Residents in the village said: “Nobody asked us.”').quotes[0].speaker?.name, 'Residents');
    assert.equal(analyze('The sister at the inquest told the coroner: “She was happy that week.”').quotes[0].speaker?.name, 'sister');
  });
  it('still gives “A spokesman at the council” to the council named before', () => {
    const a = analyze('Haringey Council closed the library. A spokesman at the council said: “The building is unsafe.”');
    assert.equal(a.quotes[0].speaker?.name, 'Haringey Council');
  });
});

describe('a body owning the person in an apposition', () => {
  it('gives “Author of the study, University of Leeds’s Dr Ann Hale, said …” to Dr Hale', () => {
    const a = analyze('Author of the study, University of Leeds’s Dr Ann Hale, said: "The warnings went unheeded."');
    assert.equal(a.quotes[0].speaker?.name, 'Ann Hale');
  });
});

describe('an infinitive of saying after “for”', () => {
  it('does not make “… mandatory for agencies to respond” a cue for the quotation after it', () => {
    const a = analyze('Delays were a frustration, he said. The change would be making it mandatory for agencies to respond. "The thing is that we can be assured of feedback."');
    assert.doesNotMatch(a.quotes[0].speaker?.text ?? '', /would be/);
  });
});

describe('a theme or a campaign named in capitals', () => {
  it('reads “announced the theme, “Flower Power” on …” and “said the campaign “Keep Leeds Tidy” had …” as names', () => {
    assert.equal(analyze('Ann Bell announced the theme, "Flower Power" on Monday.').quotes[0].kind, 'title');
    assert.equal(analyze('Ann Bell said the campaign "Keep Leeds Tidy" had worked.').quotes[0].kind, 'title');
  });
});

describe('a town “nearby”, and an editor’s square brackets after a name', () => {
  it('gives “Dan Ure of nearby Stapleford said …” to Dan Ure, and Stapleford is no person', () => {
    const a = analyze('Dan Ure of nearby Stapleford said: "I could not believe what I was seeing."');
    assert.equal(a.quotes[0].speaker?.name, 'Dan Ure');
    assert.deepEqual(a.people.map((p) => p.name), ['Dan Ure']);
  });
  it('steps over “[who represents …]” to the name before it, past an apposition naming a ward', () => {
    const a = analyze('Councillor for Tenby’s North ward, Mike Rees [who represents Plaid Cymru] commented: “I had started to believe this had passed.”');
    assert.equal(a.quotes[0].speaker?.name, 'Mike Rees');
  });
});

describe('open appositions with the role third, or opening on “from”, and a web address named as an outlet', () => {
  it('gives “Tom Dale, anti-social behaviour officer for the council said” and “Ann Roe, from the planning group said” to the person', () => {
    assert.equal(analyze('Tom Dale, anti-social behaviour officer for the council said: “Fly-grazing causes problems.”').quotes[0].speaker?.name, 'Tom Dale');
    assert.equal(analyze('Ann Roe, from the Heacham neighbourhood planning group said: "We want them to go home."').quotes[0].speaker?.name, 'Ann Roe');
  });
  it('keeps “He told Nation.Cymru: “…”” one sentence, so “he” speaks', () => {
    const a = analyze('John Hughes represents the ward. He told Nation.Cymru: “There should be no premium at all.”');
    assert.equal(a.quotes[0].speaker?.name, 'John Hughes');
  });
  it('still gives “Barefoot, whose lead youth worker said” to the worker', () => {
    const a = analyze('The club was run by a charity called Barefoot, whose lead youth worker said: "We had lots of funders."');
    assert.notEqual(a.quotes[0].speaker?.name, 'Barefoot');
  });
});

describe('a person “of” a body described by its trade', () => {
  it('gives “Helen Shaw of tourism and heritage consultants Rowan Tree Consulting said” to Helen Shaw', () => {
    const a = analyze('Helen Shaw of tourism and heritage consultants Rowan Tree Consulting said: “Every moor has special sites.”');
    assert.equal(a.quotes[0].speaker?.name, 'Helen Shaw');
  });
});

describe('a later clause’s speaker before a quotation', () => {
  it('gives “A promised …, but Mr Higgins said …. “…”” to Mr Higgins', () => {
    const a = analyze('Aidan Cole promised him they would not be rowdy neighbours, but Mr Higgins said the festival heralded summer. “I see it in the same way as one season follows another.”');
    assert.equal(a.quotes[0].speaker?.name, 'Higgins');
  });
});

describe('a headline closed by its speaker and a verb of saying after a comma', () => {
  it('gives “Woman had ‘severe’ stress disorder, psychiatrist tells court” to the psychiatrist', () => {
    const a = analyze('Woman had ‘severe’ stress disorder, psychiatrist tells court\n\nThe trial continues.');
    assert.equal(a.quotes[0].speaker?.name, 'psychiatrist');
    const b = analyze('Flood plan ‘not fit for purpose’, Dr Ann Wyatt says\n\nThe council disagrees.');
    assert.equal(b.quotes[0].speaker?.name, 'Ann Wyatt');
  });
});

describe('an apposition left open before the verb, and a body’s kind after “from the”', () => {
  it('gives the quote to the person before “, 23, another resident, said”', () => {
    const a = analyze('Amrik Singh, 23, another Coniston Road resident, said: “I can’t believe it.”');
    assert.equal(a.quotes[0].speaker?.name, 'Amrik Singh');
  });

  it('gives it to the person before an open role “from” or a role noun “of” the lexicon does not know', () => {
    const a = analyze('Nicholas Truelove, a barrister from Kings Chambers said: “This was a good result.”');
    assert.equal(a.quotes[0].speaker?.name, 'Nicholas Truelove');
    const b = analyze('Martin Jaggs, coxswain of the RNLI Lytham Lifeboat said: “Somebody could have died.”');
    assert.equal(b.quotes[0].speaker?.name, 'Martin Jaggs');
  });

  it('gives it to the person “from the community group X”, and to the chairman named after “Chairman of the group”', () => {
    const a = analyze('Luella Bartlett from the community group Protect Piha Rockpools said the pools would be stripped bare.\n\n“I’m so happy for them.”');
    assert.equal(a.quotes[0].speaker?.name, 'Luella Bartlett');
    const b = analyze('Chairman of the group Tony Lendon said: “The council was brilliant.”');
    assert.equal(b.quotes[0].speaker?.name, 'Tony Lendon');
  });
});

describe('a span of time is no speaker', () => {
  it('gives “…” to the one named after “according to”, not to “the last few years reported”', () => {
    const a = analyze('There has been a rise in thefts the last few years reported to the Sheriff’s Office as they have “really boomed up” across the state, according to Detective Ken Booth.');
    assert.equal(a.quotes[0].speaker?.name, 'Ken Booth');
  });

  it('gives a quotation to the girl, not to “two years” before her verb', () => {
    const a = analyze('Megan Riley (12) who has been at the youth club for two years, said: “When we heard it was going to close we cried.”');
    assert.equal(a.quotes[0].speaker?.name, 'Megan Riley');
  });
});

describe('a quotation paragraph after narrative about someone', () => {
  it('is the words of the person the paragraph before ended on: “Until, that is, Mr Horne had a call … ¶ “…”', () => {
    const text =
      '“We think he was scared off,” said Bob Horne.\n\nThe couple gave up hope.\n\n' +
      'Until, that is, Mr Horne had a call last week from the vet.\n\n“They had a cat brought in and it was Austin.”\n\n' +
      'He had been fed by a resident for months.\n\n“Other than that, we don’t know where he’s been.”\n\n' +
      'Noel Dunne thinks the lockdown will boost interest.\n\n“It is bringing people back down to reality.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Bob Horne', 'Bob Horne', 'Bob Horne', 'Noel Dunne']);
  });

  it('is also the words of the person the sentence before it in its own paragraph opens on: “This year Kalpoun expected …”', () => {
    const text =
      'Mario Kalpoun said, “The event is free.”\n\n' +
      'The festival drew 50,000 last year. This year Kalpoun expected 60,000 as new acts were on the bill. “I love the region. We will be back.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Mario Kalpoun', 'Mario Kalpoun']);
  });

  it('is the words of someone that sentence brings in, named there first, past where they are from', () => {
    const text =
      'Many residents say the gate is poorly signed.\n\nMelita Karntze from Windmill Hill has received five fines.\n\n' +
      '“It’s atrocious. We weren’t driving down there on purpose.”\n\nThe council did not respond.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Melita Karntze']);
  });

  it('is no one’s when that sentence does not open on the name, or no verb follows it', () => {
    const text =
      'On Monday the council fined Ann Lee for the fence.\n\n“It was a miracle for the whole street.”\n\n' +
      'The garden is run by Tom Hale.\n\n“Cats wander, it is what they do.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), [null, null]);
  });
});

describe('a quotation run over pasted links', () => {
  it('keeps its speaker past “Read more” and its bulleted headlines', () => {
    const text =
      'A spokesperson for Admiral Taverns told the BBC: "We had engaged with a resident to keep the site as a pub.\n' +
      '"We believe in community pubs.\nREAD MORE\n- Tributes paid to kind Herts police officer\n- Complaints preceded Hitchin blaze\n' +
      '"After careful consideration, we felt the Plough did not have a future."\nCampaigners disagree.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Admiral Taverns', 'Admiral Taverns']);
  });
});

describe('a quotation after a short crosshead in sentence case, or captions crediting their picture', () => {
  it('is the words of the one who spoke before them', () => {
    const text =
      'Simon Measures, chairman of the parish council, said two homes had been evacuated so far.\n\nCoastal erosion\n\n' +
      '“There’s been people evacuated from their homes.”\n\nMr Dunn said the council would help.\n\n' +
      'Residents fear more homes will be lost to the sea (Picture: SWNS)\n\nThe winter could be hard (Picture: SWNS)\n\n' +
      '“If anyone is vulnerable we will do all we can.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Simon Measures', 'Dunn']);
  });

  it('reads a caption closing on its labelled credit (“Photo: …”, “Credit: …”) as a caption too', () => {
    const text =
      'Coach Dana Whitfield said the gym had been busy.\n\n“It has been very rewarding so far,” she said.\n\n' +
      'Young boxers at the gym. Credit: Sam Okoro/Northern Times\n\n“Forty children came through over the holidays.”\n\n' +
      'Mr Pell said the hall was full.\n\nThe hall on Friday. Photo: Lee Carver\n\nHe added: “We ran out of chairs.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dana Whitfield', 'Dana Whitfield', 'Pell']);
  });

  it('carries the run past two headline-shaped caption lines pasted between the paragraphs of a quotation', () => {
    const text =
      'Teacher Alys Morgan, who came from a school in Bangor, said: "The pupils are very excited about it.\n\n' +
      'The mascot with Corporal Rhys Evans\n\nIt was the first outing for the new mascot\n\n' +
      '"There has been a lot of polishing of shoes."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Alys Morgan', 'Alys Morgan']);
  });

  it('takes “gardaí”, Ireland’s police, as a speaker like “police”', () => {
    assert.deepEqual(speakers('“Anyone with footage should come forward,” gardaí added.').map((s) => s[1]), ['gardaí']);
  });
});

describe('an aside in brackets inside an apposition', () => {
  it('is part of the apposition: the person before it speaks', () => {
    const text = 'Chief Inspector Ann Todd, the leader of the Police Scotland (Grampian) Mountain Rescue Team, said: “It gave us grave cause for concern.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ann Todd']);
  });
});

describe('a body’s possessive and its abbreviation in brackets before a name', () => {
  it('give the person named after them: “said Save Our Libraries Essex’s (SOLE) Andy Abbott”', () => {
    const text = '“Community libraries are a closure plan by stealth,” said Save Our Libraries Essex’s (SOLE) Andy Abbott, who joined a march.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Andy Abbott']);
  });
});

describe('a description the dashes name', () => {
  it('gives the person named: “One trader - Ernie Cawley, who has clocked up 32 years - vowed”', () => {
    const text = 'Stallholders were told to shorten their stalls last week by the council.\n\nOne trader - Ernie Cawley, who has clocked up 32 years’ service - vowed to leave the market because it will be ‘too expensive’ to carry on selling there.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ernie Cawley']);
  });
});

describe('a passive verb of saying at the end of the paragraph before', () => {
  it('gives no speaker: “a month after the first lockdown was announced. ¶ “…””', () => {
    const text = 'The 2020 event was cancelled in April last year, a month after the first Covid lockdown was announced.\n\n“I’m delighted to confirm that the festival has been given approval to take place again this year.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), [null]);
  });
});

describe('a quotation standing as a paragraph of its own, its words quoted again later', () => {
  it('is the later speaker’s, not the one the paragraph before names', () => {
    const text =
      'The charity behind the uniform exchange said family finances were being stretched by the cost of living.\n\n' +
      '‘Little things like that just help massively’\n\n' +
      'Elisha Blick’s daughter is starting at the village school in September this year.\n\n' +
      '“We could get her new shoes, so now she has two pairs. Little things like that just help massively,” said Elisha Blick.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Elisha Blick', 'Elisha Blick']);
  });
});

describe('a body described by what it stands behind', () => {
  it('is the speaker, not what it runs: “The charity behind the scheme said”', () => {
    const text = 'The charity behind the scheme said: “Family finances are being stretched by the cost of living crisis.”';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['The charity behind the scheme']);
  });
});

describe('an outlet named with “according to” after a quotation in a person’s reported clause', () => {
  it('reports the sentence: the person whose verb brings the clause in speaks', () => {
    const text = 'The company’s chief executive, Dara Whitfield, said the chain was struggling amid “rapidly changing markets,” according to the Daily Courier.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Dara Whitfield']);
    // (Not a verb of talking with someone: the readout's words are quoted.)
    const readout = 'Defence Secretary Dara Whitfield spoke with her counterpart “to discuss the alliance’s response,” according to a ministry readout.';
    assert.notDeepEqual(speakers(readout).map((s) => s[1]), ['Dara Whitfield']);
  });
});

describe('a participle after its clause’s object', () => {
  it('is the clause subject’s: “A planning committee rejected the plan claiming …”', () => {
    const text = 'A planning committee in July rejected the plan claiming the applicant was “playing the system”.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['A planning committee']);
  });

  it('is the last coordinated clause’s subject’s after a comma', () => {
    const text = 'The plans had attracted 11 objections, and the town council was unable to support them, saying they were “harmful to the landscape”.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['the town council']);
  });
});

describe('a paper named between a speaker and the verb, or after a passive verb of naming', () => {
  it('is where the words were said, not who said them: “Inspector Ann Cole in her decision wrote:”', () => {
    const text = 'Inspector Ann Cole in her decision wrote: “The use of the building would be ancillary to the house.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ann Cole']);
  });

  it('speaks for a thing “described as” something in it: “… in an independent report”', () => {
    const text = 'The move was described as “high risk” in an independent report.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['an independent report']);
  });

  it('leaves a thing named in the passive no speaker: the clause that reports it speaks', () => {
    const text = 'Councillors said the developer should be “ashamed” of the estate, the plans for which were described as “absolutely ridiculous”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Councillors', 'Councillors']);
  });
});

describe('a person “of” or “from” a body the lexicon cannot class', () => {
  it('speaks for it: “Jane Hale of the Ramblers said”, “Maurice Terry of consumer body WaterVoice said”', () => {
    assert.deepEqual(speakers('Jane Hale of the Ramblers said the path was “a disgrace”.').map((s) => s[1]), ['Jane Hale']);
    assert.deepEqual(speakers('Maurice Terry of consumer body WaterVoice said customers would find the rises “neither affordable nor acceptable”.').map((s) => s[1]), ['Maurice Terry']);
    // (No person before "of": the body's members speak.)
    assert.notDeepEqual(speakers('Members of the Ramblers said the path was “a disgrace”.').map((s) => s[1]), ['Jane Hale']);
  });
  it('speaks for a body whose name holds an “of”: “Hugh Brandle from the Institute of Careful Motorists said:”', () => {
    assert.deepEqual(speakers('Hugh Brandle from the Institute of Careful Motorists said: “These cameras will prove easy pickings.”').map((s) => s[1]), ['Hugh Brandle']);
  });
  it('steps over a passive verb of perceiving to the subject: “A worker is heard shouting:”', () => {
    const q = analyze('A worker is heard shouting: “Come on, you horse!”').quotes[0];
    assert.equal(q.speaker?.text, 'A worker');
  });
  it('speaks for a body whose name ends in common nouns: “Andy Bennett from Stourbridge fire station said:”', () => {
    assert.deepEqual(speakers('Watch Commander Andy Bennett from Stourbridge fire station said: “It started in a plastic bin.”').map((s) => s[1]), ['Andy Bennett']);
    assert.deepEqual(speakers('Staff at Stourbridge fire station said: “It started in a plastic bin.”').map((s) => s[1]), ['Staff']);
  });
});

describe('a relative clause between the speaker and the verb', () => {
  it('leaves the thing closing it no speaker: “A head teacher who sent pupils home in the wrong uniform has said”', () => {
    const text = 'A head teacher who sent home 100 pupils for coming to school in the wrong uniform has said the policy had a “dramatic impact”.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['A head teacher']);
  });

  it('gives people described before “who” the words: “by others who have branded the decision “appalling””', () => {
    const text = 'These opinions have been outweighed by others who have branded the decision “appalling”.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['others']);
  });

  it('gives a participle after the object of an infinitive to the clause subject: “to demolish the properties saying”', () => {
    const text = 'The authority is using the funds to demolish the properties saying they represent an “urgent health and safety matter”.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['The authority']);
  });
});

describe('a person with the body they work for in commas', () => {
  it('speaks, not the body: “Paul Cleary, Garda National Roads Policing Bureau, said”', () => {
    const text = 'Chief Superintendent Ann Marsh, Garda National Roads Policing Bureau, said today: "This rise in road deaths is significant."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ann Marsh']);
    assert.deepEqual(speakers('The state news agency, KCNA, said the launch was “a success”.').map((s) => s[1]), ['KCNA']);
  });
});

describe('a full stop where the comma belongs, then a title and a name', () => {
  it('attributes the quote: “…” Premier Bligh said.', () => {
    const text = 'The premier blamed speeding drivers. Police said they were at “wits end”.\n\n“I will be talking with the police about what else we can do.” Premier Holt said.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Police', 'Holt']);
  });
});

describe('a stray line break inside a sentence', () => {
  it('does not part the speaker from the quote: “Reifschneider said the department’s⏎standards were “…””', () => {
    const text = 'Recruits often leave during training, Chief Ross said. Ross said the department’s\nstandards were “at least as high as anyone else in the region” and would not be lowered.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Ross']);
  });

  it('keeps a headline’s byline, file name and sub-headline apart from it', () => {
    const text = 'Council rangers still catching illegal shellfish pickers on the coast\nby Anna Field on 20 Dec 2011\n\nRangers said they had caught “dozens” of pickers.';
    assert.equal(analyze(text).quotes.length, 1);
    assert.deepEqual(analyze(text).people.map((p) => p.name), ['Anna Field']);
  });
});

describe('a semicolon typed for the colon', () => {
  it('introduces the quotation like a colon: “She said; “The council have been excellent.””', () => {
    const text = 'Councillor Kirsty Bell said; “I had a report sent through from a resident on Monday morning.”\n\nShe said; “The council have been excellent.”';
    assert.deepEqual(speakers(text).map((s) => [s[0], s[1]]), [['speech', 'Kirsty Bell'], ['speech', 'Kirsty Bell']]);
    // (Not any semicolon: one closing a clause before a quotation leaves it to its own cue.)
    assert.deepEqual(speakers('The council said the works were finished; “a relief” for residents, Bell added.').map((s) => s[1]), ['Bell']);
  });
});

describe('a name in apposition after “with”, and a thing’s reduced passive', () => {
  it('gives the participle to the name: “with one councillor, Derek Adamson, describing it as “…””', () => {
    const text = 'Councillors still expressed grave concerns about the plans, with one councillor, Derek Adamson, describing it as “a boil on the backside”.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Derek Adamson']);
  });

  it('reads “the funding plan, initially revealed before the pandemic,” as describing the plan, not speaking', () => {
    const text = 'Chancellor Rishi Sunak said the funding plan, initially revealed before the pandemic, would help towns to "bounce back".';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Rishi Sunak']);
    // (An agent after "by" still speaks: "rejected by Whitehorse Council as “excessive”".)
    assert.deepEqual(speakers('Plans for the block, rejected by Whitehorse Council as “excessive”, have been approved.').map((s) => s[1]), ['Whitehorse Council']);
  });
});

describe('subjects between a linking phrase and a town’s kind, and a name that is a word too', () => {
  it('passes over “on the other hand” and “for its part” to the subject before them', () => {
    assert.deepEqual(speakers('The council on the other hand says the rise is warranted.\n\n“We are getting good value.”').map((s) => s[1]), ['council']);
    assert.deepEqual(speakers('The union for its part said: “We are ready.”').map((s) => s[1]), ['union']);
  });

  it('gives the quote to the person “with the city of …” (“Sean Reilly with the city of Overland Park said”)', () => {
    assert.deepEqual(speakers('"The piece is about the mind," Sean Hale with the city of Overland Park said.').map((s) => s[1]), ['Sean Hale']);
  });

  it('reads one capitalised word after a quotation and its cue as the speaker, though it is a word too (“says Felicity”)', () => {
    const text = 'The president, Felicity-Ann Lewis, supports the move.\n\n“We are getting really good value,” says Felicity.';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Felicity-Ann Lewis']);
    assert.deepEqual(analyze(text).people.map((p) => p.aliases), [['Felicity']]);
    // (…a given name alone too, after a description in lower case: "says rate payer Jon".)
    assert.deepEqual(analyze('“It is not justified,” says rate payer Jon.').people.map((p) => p.name), ['Jon']);
  });
});

describe('one quoted word in a sentence closed by its described source', () => {
  it('is the source’s: “…“shocking” levels of abuse …, their union Unite said yesterday.”', () => {
    const text = 'Bus drivers are afraid of reporting “shocking” levels of abuse for fear of being disciplined, their union Unite said yesterday.';
    assert.deepEqual(speakers(text).map((s) => s.slice(0, 2)), [['partial', 'Unite']]);
  });
});

describe('a quotation heard, after it', () => {
  it('gives ““…?” he can be heard saying” to its subject, as it did “a worker is heard shouting” before a quotation', () => {
    assert.deepEqual(speakers('Natasha Hale filmed it.\n\n“Are you insane?” he can be heard saying.').map((s) => s.slice(2, 4)), [['he', 'saying']]);
    assert.deepEqual(speakers('“Stop it,” a worker is heard shouting.').map((s) => s[1]), ['worker']);
  });
});

describe('a councillor’s party in brackets before the apposition', () => {
  it('gives the words to “Tim Young (Lab), deputy leader of …, which …, said”, not the council or the role', () => {
    const text = 'Tim Hale (Lab), deputy leader of Colchester Council, which is pledging £1 million alongside Essex County Council, said: “It will help the town.”';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Tim Hale']);
    assert.deepEqual(speakers('Tim Hale (Lab), deputy leader of Colchester Council, said: “It will help.”').map((s) => s[1]), ['Tim Hale']);
  });
});

describe('a town’s bearing in the apposition', () => {
  it('carries the speaker past “…, from Yeoval, north of Orange, said” into the quotation after', () => {
    const text = 'Alf Hale, a volunteer bus driver from Yeoval, north of Orange, said his workload had increased.\n\n"They can\'t get casual drivers because they have all retired."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Alf Hale']);
  });
});

describe('a verb of saying in the progressive, before a quotation-only paragraph', () => {
  it('carries its subject on: “curator Len Pole is recommending they are returned. ¶ “I don’t think …””', () => {
    const text = 'The skulls are not on display, and museum curator Len Hale is recommending they are returned.\n\n"I don\'t think human remains can be owned by an institution."';
    assert.deepEqual(speakers(text).map((s) => s[1]), ['Len Hale']);
  });

  it('gives a reduced passive’s quoted words to its agent, before the main clause’s verb (“described as “unstoppable” by his proud father has become”)', () => {
    const text = 'A 12-year-old boy described as “unstoppable” by his proud father has become a grandmaster.';
    assert.deepEqual(speakers(text).map((s) => s[2]), ['his proud father']);
  });
});
