import { describe, expect, it } from 'vitest';
import { sentenceCase, titleCase } from '../../src/lib/citation/index.ts';
import { PROPER_NOUNS } from '../support/citation.ts';

const title = (text: string) => titleCase(text, PROPER_NOUNS);
const sentence = (text: string) => sentenceCase(text, PROPER_NOUNS);

describe('titleCase', () => {
  it('capitalises the site’s titles headline-style, keeping names, acronyms and minor words', () => {
    const cases: [string, string][] = [
      ['Islamic State Khorasan (IS-K): A profile', 'Islamic State Khorasan (IS-K): A Profile'],
      ['Leaders killed and the Taliban’s campaign against IS-K', 'Leaders Killed and the Taliban’s Campaign against IS-K'],
      ['Sanaullah Ghafari killed by the Taliban’s forces', 'Sanaullah Ghafari Killed by the Taliban’s Forces'],
      ['IS-K versus the Taliban', 'IS-K versus the Taliban'],
      ['The Tehrik-e Taliban Pakistan (TTP)', 'The Tehrik-e Taliban Pakistan (TTP)'],
      ['Leaders killed in US strikes', 'Leaders Killed in US Strikes'],
      ['An IS affiliate since 2014', 'An IS Affiliate since 2014'],
      ['Where IS-K’s members came from', 'Where IS-K’s Members Came From'],
      ['Jihad in Khorasan and a caliphate beyond borders', 'Jihad in Khorasan and a Caliphate beyond Borders'],
      ['Attacks in Afghanistan and Pakistan, 2017–2018', 'Attacks in Afghanistan and Pakistan, 2017–2018'],
      ['Strategies, methods and targets', 'Strategies, Methods and Targets'],
    ];
    for (const [text, expected] of cases) expect(title(text)).toBe(expected);
  });

  it('lowercases a minor word in the middle, not the first, the last or the first after a colon', () => {
    expect(title('The Rise Of a group: an account to go by')).toBe('The Rise of a Group: An Account to Go By');
    expect(title('left vs. right')).toBe('Left vs. Right');
  });

  it('capitalises each part of a hyphenated word but keeps a listed name as it is written', () => {
    expect(title('a self-made up-to-date group')).toBe('A Self-Made Up-to-Date Group');
    expect(title('Lashkar-e Islam members')).toBe('Lashkar-e Islam Members');
    expect(titleCase('Lashkar-e Islam members', [])).toBe('Lashkar-E Islam Members');
  });

  it('capitalises names the old hard-coded list lacked, Haqqani, Russia, Doha and Soleimani, and keeps them as written', () => {
    expect(title('the Haqqani network, Russia and talks in Doha on Soleimani’s killing')).toBe(
      'The Haqqani Network, Russia and Talks in Doha on Soleimani’s Killing',
    );
    expect(title('Qassem Soleimani and the Russian embassy in Kabul')).toBe('Qassem Soleimani and the Russian Embassy in Kabul');
  });
});

describe('sentenceCase', () => {
  it('keeps the site’s titles as they are, since they are written in sentence case', () => {
    expect(sentence('IS-K versus the Taliban')).toBe('IS-K versus the Taliban');
    expect(sentence('Islamic State Khorasan (IS-K): A profile')).toBe('Islamic State Khorasan (IS-K): A profile');
  });

  it('lowercases common words of a title-case title, keeping names, acronyms and the first word after a colon', () => {
    expect(sentence('Leaders Killed And The Taliban’s Campaign Against IS-K')).toBe(
      'Leaders killed and the Taliban’s campaign against IS-K',
    );
    expect(sentence('The Moscow Attack Claim Of March 2024')).toBe('The Moscow attack claim of March 2024');
    expect(sentence('Islamic State Khorasan (IS-K): A Profile')).toBe('Islamic State Khorasan (IS-K): A profile');
    expect(sentence('Founding Leaders And The First Khorasan Shura')).toBe('Founding leaders and the first Khorasan Shura');
  });

  it('takes its list of names as a parameter', () => {
    expect(sentenceCase('Talks In Doha', ['Doha'])).toBe('Talks in Doha');
    expect(sentenceCase('Talks In Doha', [])).toBe('Talks in doha');
  });

  it('matches a name of several words only whole: "State" alone is a common word', () => {
    expect(sentence('The Islamic State And The State')).toBe('The Islamic State and the state');
  });

  it('keeps Haqqani, Russia, Doha and Soleimani, which the old hard-coded list lowercased', () => {
    expect(sentence('The Haqqani Network, Russia And Talks In Doha On Soleimani’s Killing')).toBe(
      'The Haqqani network, Russia and talks in Doha on Soleimani’s killing',
    );
    expect(sentence('Qassem Soleimani And The Russian Embassy In Kabul')).toBe('Qassem Soleimani and the Russian embassy in Kabul');
    expect(sentenceCase('The Haqqani Network, Russia And Talks In Doha On Soleimani’s Killing', [])).toBe(
      'The haqqani network, russia and talks in doha on soleimani’s killing',
    );
  });

  it('lowers a common noun the records capitalise only at the start of a sentence', () => {
    expect(sentence('A Caliphate Beyond Borders And The Islamic Caliphate')).toBe('A caliphate beyond borders and the Islamic Caliphate');
  });
});
