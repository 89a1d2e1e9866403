/**
 * The 14 National Independent Visitor Standards, the ratings of the self-assessment, and the
 * annual report's own sections, which the coordinator writes each year.
 */
import { financialYearOf, type FinancialYear } from '../financialYear';

/** The self-assessment keys a financial year by its first calendar year: 2025 for 2025/26. */
export const assessmentYear = (fy: FinancialYear) => Number(fy.from.slice(0, 4));

/** The financial year a self-assessment year stands for. */
export const financialYearStarting = (year: number, startMonth: number) => financialYearOf(`${String(year).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`, startMonth);

export interface NationalStandard {
  number: number;
  title: string;
  /** The standard as the National IV Network words it. */
  statement: string;
}

export const NATIONAL_STANDARDS: readonly NationalStandard[] = [
  { number: 1, title: 'Rights promoted and accessible', statement: 'All looked after children understand their right to an independent visitor. Services are promoted, publicised and accessible. Local authorities promote independent visitor services in line with their duties as corporate parents.' },
  { number: 2, title: 'Child-led', statement: 'Independent visitor services are child-led. The needs and views of the child are at the centre of all work including referrals, matching, visits and endings.' },
  { number: 3, title: 'Confidentiality and record keeping', statement: "Independent visitor services work to a high level of confidentiality between the child, independent visitor and service coordinator. Children and volunteers understand the service's policy on safeguarding and record keeping, with a good understanding of why and when information needs to be shared." },
  { number: 4, title: 'Children participate in service development', statement: "Children are given the opportunity to participate and be actively involved in the development of services. Children's views, opinions and skills are used." },
  { number: 5, title: 'Safe recruitment and a one-year commitment', statement: 'There is a thorough recruitment and selection process for volunteer independent visitors, which is safe and transparent. Independent visitors understand the long-term requirement of the role, with an expectation to commit to a minimum of one year.' },
  { number: 6, title: 'Induction, training and ongoing support', statement: 'Independent visitors complete a thorough induction and training process specific to the role, and receive ongoing support to give them the skills and knowledge to confidently fulfil their role.' },
  { number: 7, title: 'Clear referral, matching and positive endings', statement: 'There is a clear and consistent process in place for referral, matching and positive endings.' },
  { number: 8, title: 'Regular visits build trust', statement: 'The independent visitor will seek to befriend the child and establish a relationship of trust through regular visits and contact with the child.' },
  { number: 9, title: 'Relationships monitored', statement: 'Independent visitor relationships are regularly monitored to make sure the child is safe, happy and developing a positive relationship with their independent visitor.' },
  { number: 10, title: 'Volunteers independent of social services', statement: "Independent visitors are volunteers independent of the child's social services department. Independence of the service is important, for the child's feeling of separateness from social services, and the important safeguards this provides." },
  { number: 11, title: 'Safety policies and procedures', statement: 'Independent visitor services are safe, with policies and procedures in place to ensure the safety of children, independent visitors and independent visitor coordinators.' },
  { number: 12, title: 'Adequate resources', statement: 'Local authorities allocate an appropriate level of resources to the independent visitor service to ensure sufficient funding, management and staff are in place to support a wider group of looked after children in line with current legislation.' },
  { number: 13, title: 'Equality and diversity', statement: 'Services have clear policies to promote equality and diversity, ensuring that no child or volunteer is discriminated against. The service promotes equality when meeting the diverse needs of the looked after population.' },
  { number: 14, title: 'A clear complaints procedure', statement: 'There is a clear and easy to use complaints procedure. Volunteers and children know how to complain, and their complaints are dealt with seriously and quickly.' },
];

export const STANDARD_COUNT = NATIONAL_STANDARDS.length;

export const RATINGS = ['met', 'partly_met', 'not_met'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = { met: 'Met', partly_met: 'Partly met', not_met: 'Not met' };

/** The longest self-assessment narrative, and the longest report section, in characters. */
export const NARRATIVE_MAX = 10_000;

/** The annual report's sections the coordinator writes, in the order the report gives them. */
export const NARRATIVE_SECTIONS = ['introduction', 'case_study', 'achievements', 'challenges', 'next_year'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export const NARRATIVE_SECTION_LABELS: Record<NarrativeSection, string> = {
  introduction: 'Introduction',
  case_study: 'Case study',
  achievements: 'Achievements',
  challenges: 'Challenges',
  next_year: "Next year's plans",
};

export const NARRATIVE_SECTION_HINTS: Record<NarrativeSection, string> = {
  introduction: 'Opens the report: the year in a few sentences, in your own words.',
  case_study: 'One young person’s story, with their agreement. Use no names or details that could identify them.',
  achievements: 'What went well this year.',
  challenges: 'What was hard, and what it meant for children waiting or matched.',
  next_year: 'What the scheme plans to do next year.',
};
