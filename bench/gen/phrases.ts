// The words around the facts: quotes, agreement sentences and the background paragraphs that make
// a generated article read like wire copy and reach its length. Background sentences carry no
// event trigger words, so every event in an article is one the generator meant to report.

import type { AgreementStatus } from '../../src/ingest/types.js';

export const TOPICS = [
  'energy', 'trade', 'military cooperation', 'nuclear energy', 'climate', 'security', 'tourism',
  'counter-terrorism', 'technology', 'migration', 'health', 'maritime security', 'investment',
] as const;

export const QUOTES = [
  'Our two countries share a long history of friendship and mutual respect',
  'This visit opens a new chapter in our relations',
  'We will not accept any interference in our internal affairs',
  'Dialogue remains the only path to lasting stability in the region',
  'The partnership between our nations has never been stronger',
  'We expect concrete steps, not only words',
  'Our position on this issue has not changed',
  'The door to dialogue remains open',
  'We have agreed on a clear road map for the coming years',
  'Security in the region is our shared responsibility',
  'The people of both countries will benefit from this decision',
  'We are ready to take every measure needed to protect our citizens',
  'Economic ties are the backbone of our relationship',
  'There is still a lot of work ahead of us',
  'Nobody gains from a new arms race',
  'We want predictable and transparent rules for everyone',
] as const;

export const SPEECH = ['told reporters', 'said', 'told a news conference', 'said in a statement', 'told state television'] as const;

/** An agreement sentence of each status; `a` and `b` name the two sides. */
export function agreementSentence(status: AgreementStatus, a: string, b: string, topic: string, when: string): string {
  const on = when ? ` ${when}` : '';
  switch (status) {
    case 'signed':
      return `${a} and ${b} signed an agreement on ${topic} cooperation${on}.`;
    case 'pledged':
      return `${a} and ${b} pledged to deepen cooperation on ${topic}${on}.`;
    case 'proposed':
      return `${a} proposed a treaty on ${topic} with ${b}${on}.`;
  }
}

// {X} and {Y} are the two countries' names, {P} the place.
export const BACKGROUND = [
  'The two sides discussed regional issues of mutual interest as well as the situation in neighbouring states.',
  'Officials from {X} described the atmosphere as constructive and businesslike.',
  'Trade between {X} and {Y} has grown steadily over the past decade, according to official figures.',
  'Analysts say the relationship between the two capitals has been shaped by shifting regional alliances.',
  'Several ministers and senior aides accompanied the delegation from {X}.',
  'The agenda also included energy supplies, transport links and the rights of citizens living abroad.',
  'Diplomats familiar with the preparations said the schedule had been agreed several weeks in advance.',
  'Relations between {X} and {Y} have gone through difficult periods in recent years.',
  'A joint statement is expected to be published later this week.',
  'Observers noted that the last contact at this level took place more than three years ago.',
  'Business leaders from both countries attended a forum alongside the official programme.',
  'The delegation from {Y} is due to travel on to other capitals in the region.',
  'Local media in {P} gave the event extensive coverage.',
  'Officials declined to give further details about the timetable.',
  'The issue of visas for students and workers was also on the agenda, officials said.',
  'Experts expect the outcome to influence talks at the next regional forum.',
  'Both governments face domestic pressure over the cost of living and public spending.',
  'The two countries have maintained diplomatic relations for several decades.',
  'Earlier this year, parliament in {Y} approved a new budget for foreign affairs.',
  'Officials in {X} said working groups would convene again before the end of the year.',
  'The weather in {P} was cold and rainy as the motorcade arrived.',
  'Cultural exchanges and university partnerships were mentioned as areas of future work.',
  'The foreign ministry in {Y} said the programme would be published on its website.',
  'Economists expect the figures for the next quarter to show moderate growth.',
  'Officials in {P} said preparations had involved several ministries and the office of the head of government.',
  'The two governments last issued a joint communique on their relations several years ago.',
  'Opposition parties in {Y} have questioned the cost and the priorities of the foreign policy programme.',
  'Commentators in {X} said the outcome would be judged by what happens over the coming months.',
  'The programme in {P} included a wreath-laying ceremony and a state dinner.',
  'Shipping, fisheries and port infrastructure featured in the discussions, according to a readout.',
  'Public opinion in {Y} remains divided on how close the ties with {X} should become.',
  'Officials said technical teams had worked late into the night on the final wording.',
  'A delegation of lawmakers from {X} is expected in {P} next month.',
  'Universities in both countries have expanded exchange programmes for students and researchers.',
  'The central bank of {Y} has kept interest rates unchanged this year.',
  'Newspapers in {X} carried the story on their front pages the following morning.',
  'Both sides said progress depended on continued contact between officials at every level.',
  'Regional organisations have followed the relationship closely since the last election in {Y}.',
] as const;

export const CONNECTORS = ['In a separate development,', 'Separately,', 'Elsewhere,', 'In other diplomatic news,', 'On the same day,'] as const;
