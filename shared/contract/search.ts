import { z } from 'zod';
import { call } from './define';
import type { MatchStage } from '../matching/record';

/** How many of each kind the header search shows; the heading gives the full count. */
export const SEARCH_GROUP_SIZE = 5;

export interface SearchGroup<T> {
  /** Everyone of this kind the words find. */
  total: number;
  /** The first SEARCH_GROUP_SIZE of them. */
  items: T[];
}

export interface VolunteerFound {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  postcode: string | null;
}

export interface YoungPersonFound {
  id: number;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  caseReference: string | null;
}

export interface MatchFound {
  id: number;
  volunteerName: string;
  youngPersonName: string;
  stage: MatchStage;
}

export interface ReferralFound {
  id: number;
  youngPersonId: number;
  youngPersonName: string;
  date: string;
  closed: boolean;
}

/**
 * The header search: people by name, email, phone, postcode or case reference, and the
 * matches and referrals of the people found. Never the safeguarding or complaints logs.
 */
export interface SearchResults {
  volunteers: SearchGroup<VolunteerFound>;
  youngPeople: SearchGroup<YoungPersonFound>;
  matches: SearchGroup<MatchFound>;
  referrals: SearchGroup<ReferralFound>;
}

export const searchCalls = {
  searchEverything: call<SearchResults>()(z.object({ text: z.string().max(100) }).strict()),
};
