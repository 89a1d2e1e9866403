import { describe, expect, it } from 'vitest';
import { computeFigures, type FigureCareReview, type FigureFeedback, type FigureSupervision } from './figures';

const YEAR = { from: '2025-04-01', to: '2026-03-31' };
const records = (over: { supervisions?: FigureSupervision[]; careReviews?: FigureCareReview[]; feedback?: FigureFeedback[] }) =>
  computeFigures({ volunteers: [], referrals: [], matches: [], visits: [], feedback: [], supervisions: [], careReviews: [], childrenInCareCount: null, ...over }, YEAR);

const review = (date: string, over: Partial<FigureCareReview> = {}): FigureCareReview => ({ date, ivAttended: null, coordinatorAttended: null, professionalFeedback: null, ...over });
const supervision = (date: string, over: Partial<FigureSupervision> = {}): FigureSupervision => ({ date, positiveImpact: null, enjoying: null, ...over });

describe('care review and supervision figures', () => {
  it('counts review meetings in the period that the IV or the coordinator attended', () => {
    const f = records({
      careReviews: [
        review('2025-04-01', { ivAttended: true }),
        review('2025-06-01', { coordinatorAttended: true, ivAttended: false }),
        review('2025-07-01', { ivAttended: false, coordinatorAttended: false }),
        review('2025-08-01'),
        review('2026-04-01', { ivAttended: true }),
      ],
    });
    expect(f.careReviewsAttended).toBe(2);
  });

  it('counts supervisions held in the period, the last day included', () => {
    expect(records({ supervisions: [supervision('2025-03-31'), supervision('2025-04-01'), supervision('2026-03-31')] }).supervisionsHeld).toBe(2);
  });

  it('professionals: of reviews with feedback recorded, the share positive; reviews without feedback are left out', () => {
    const f = records({ careReviews: [review('2025-05-01', { professionalFeedback: 'positive' }), review('2025-06-01', { professionalFeedback: 'neutral' }), review('2025-07-01', { professionalFeedback: 'positive' }), review('2025-08-01')] });
    expect(f.satisfaction.professionalsPct).toBe(66.7);
  });

  it('volunteers: impact and enjoying each over the supervisions that carry that answer', () => {
    const f = records({
      supervisions: [
        supervision('2025-05-01', { positiveImpact: 'yes', enjoying: 'yes' }),
        supervision('2025-06-01', { positiveImpact: 'unsure', enjoying: 'yes' }),
        supervision('2025-07-01', { positiveImpact: 'no' }),
        supervision('2025-08-01', { positiveImpact: 'yes', enjoying: 'no' }),
      ],
    });
    expect(f.satisfaction.volunteersImpactPct).toBe(50);
    expect(f.satisfaction.volunteersEnjoyingPct).toBe(66.7);
  });

  it('young people: feedback with no satisfaction answer is left out of both sides', () => {
    const f = records({
      feedback: [
        { date: '2025-05-01', source: 'young_person', satisfaction: 'satisfied' },
        { date: '2025-06-01', source: 'young_person', satisfaction: null },
        { date: '2025-07-01', source: 'young_person', satisfaction: 'neutral' },
        { date: '2025-08-01', source: 'carer', satisfaction: 'dissatisfied' },
      ],
    });
    expect(f.satisfaction.youngPeoplePct).toBe(50);
  });

  it('a share with nothing answered is null, not zero', () => {
    const f = records({ supervisions: [supervision('2025-05-01')], careReviews: [review('2025-05-01', { ivAttended: true })] });
    expect(f.satisfaction).toEqual({ youngPeoplePct: null, professionalsPct: null, volunteersImpactPct: null, volunteersEnjoyingPct: null });
  });
});
