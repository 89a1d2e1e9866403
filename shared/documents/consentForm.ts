/**
 * The young person's confidentiality agreement: one page, in plain words a child can
 * follow, with the safeguarding exception and how to complain.
 */
import type { DocumentContent } from './blocks';
import { formatUkDate } from '../dates';

export const CONSENT_FORM_VERSION = '2026-1';

export interface ConsentFormDetails {
  schemeName: string;
  localAuthority: string | null;
  youngPersonName: string;
  /** The day it is printed, shown on the form. */
  date: string;
}

export function consentFormContent(d: ConsentFormDetails): DocumentContent {
  const council = d.localAuthority ?? 'the council';
  return {
    title: `Confidentiality agreement for ${d.youngPersonName}`,
    schemeName: d.schemeName,
    blocks: [
      { type: 'heading', level: 1, text: 'You and your Independent Visitor: keeping things private' },
      { type: 'paragraph', text: `This is for ${d.youngPersonName}. Your Independent Visitor is a volunteer who spends time with you because they want to. They do not work for social care.` },
      { type: 'heading', level: 2, text: 'What stays between you and your Independent Visitor' },
      {
        type: 'bullets',
        items: [
          'What you talk about stays between you and your Independent Visitor.',
          'They will not tell your carers, your social worker or your school what you say, unless you ask them to.',
          'They write down only short notes about your visits, like where you went. The notes are kept locked away.',
        ],
      },
      { type: 'heading', level: 2, text: 'When your Independent Visitor has to tell someone' },
      {
        type: 'paragraph',
        strong: true,
        text: 'If you tell them something that means you or someone else could be harmed, or is not safe, they must tell someone who can help. This is called safeguarding.',
      },
      {
        type: 'bullets',
        items: [
          `They will tell the Independent Visitor coordinator, who may tell ${council}'s safeguarding team.`,
          'They will try to tell you first what they are going to do and why.',
          'They will only tell the people who need to know to keep you safe.',
        ],
      },
      { type: 'heading', level: 2, text: 'If you are unhappy' },
      {
        type: 'bullets',
        items: [
          'You can stop seeing your Independent Visitor at any time. You do not have to give a reason.',
          'If you are unhappy about your Independent Visitor or the service, tell the coordinator, your social worker or your Independent Reviewing Officer.',
          `You can also make a complaint to ${council}'s complaints team, or ask an advocate to help you. Nobody will be cross with you for complaining.`,
        ],
      },
      { type: 'heading', level: 2, text: 'Signing this agreement' },
      { type: 'paragraph', text: 'Signing means this has been explained to you and you understand it. You can ask questions at any time.' },
      { type: 'signatures', lines: ['Young person', 'Explained by', 'Independent Visitor'] },
      {
        type: 'fields',
        rows: [
          { label: 'Form version', value: CONSENT_FORM_VERSION },
          { label: 'Printed', value: formatUkDate(d.date) },
        ],
      },
    ],
  };
}
