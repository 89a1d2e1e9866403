import { describe, expect, it } from 'vitest';
import { referralProblems, consentProblems, consentInForce, consentOnOlderForm, needsCareLeaverDecision } from './rules';
import type { ReferralRecord, ConsentRecord } from './record';

const TODAY = '2026-11-23';
const DOB = '2010-05-15';
const referral = (over: Partial<ReferralRecord> = {}): ReferralRecord => ({
  date: '2026-09-01',
  referrerName: null,
  referrerRole: null,
  reason: null,
  outcome: 'pending',
  outcomeDate: null,
  closedDate: null,
  closedReason: null,
  ...over,
});
const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({ signedDate: '2026-09-10', formVersion: '2026-1', explainedBy: 'Jo', complaintsProcedureExplained: true, withdrawnDate: null, ...over });

describe('referralProblems', () => {
  it('a sound referral has none', () => {
    expect(referralProblems(referral({ outcome: 'accepted', outcomeDate: '2026-09-02', closedDate: '2026-10-01', closedReason: 'moved_away' }), DOB, TODAY)).toEqual({});
  });

  it('refuses on or after the 25th birthday, allows the day before', () => {
    expect(referralProblems(referral({ date: '2026-11-23' }), '2001-11-23', TODAY).date).toMatch(/was 25 on the referral date/);
    expect(referralProblems(referral({ date: '2026-11-22' }), '2001-11-23', TODAY)).toEqual({});
  });

  it('refuses dates in an impossible order or in the future', () => {
    expect(referralProblems(referral({ outcome: 'accepted', outcomeDate: '2026-08-31' }), DOB, TODAY).outcomeDate).toMatch(/before the referral/);
    expect(referralProblems(referral({ date: '2026-11-24' }), DOB, TODAY).date).toMatch(/future/);
    expect(referralProblems(referral({ date: '2010-05-14' }), DOB, TODAY).date).toMatch(/before the young person was born/);
    expect(referralProblems(referral({ outcome: 'accepted', outcomeDate: '2026-09-05', closedDate: '2026-09-04', closedReason: 'x' }), DOB, TODAY).closedDate).toMatch(/before its outcome/);
    expect(referralProblems(referral({ closedReason: 'disengaged' }), DOB, TODAY).closedReason).toMatch(/Give the date/);
  });

  it('an outcome other than pending needs its date, and pending has none', () => {
    expect(referralProblems(referral({ outcome: 'not_eligible' }), DOB, TODAY).outcomeDate).toMatch(/Give the date/);
    expect(referralProblems(referral({ outcomeDate: '2026-09-02' }), DOB, TODAY).outcomeDate).toMatch(/only once there is an outcome/);
  });
});

describe('consentProblems and consentInForce', () => {
  it('refuses signing before birth or in the future, and withdrawal before signing', () => {
    expect(consentProblems(consent({ signedDate: '2010-05-14' }), DOB, TODAY).signedDate).toMatch(/before the young person was born \(15\/05\/2010\)/);
    expect(consentProblems(consent({ signedDate: '2026-11-24' }), DOB, TODAY).signedDate).toMatch(/future/);
    expect(consentProblems(consent({ withdrawnDate: '2026-09-09' }), DOB, TODAY).withdrawnDate).toMatch(/before it was given/);
    expect(consentProblems(consent(), DOB, TODAY)).toEqual({});
  });

  it('is in force from the day signed until the day withdrawn', () => {
    const c = consent({ withdrawnDate: '2026-10-01' });
    expect(consentInForce([c], '2026-09-09')).toBe(false);
    expect(consentInForce([c], '2026-09-10')).toBe(true);
    expect(consentInForce([c], '2026-10-01')).toBe(false);
  });
});

describe('consentOnOlderForm', () => {
  it('flags the agreement in force when it was signed on another form version', () => {
    const old = consent({ formVersion: '2025-2' });
    expect(consentOnOlderForm([old], '2026-1', TODAY)).toBe(old);
    expect(consentOnOlderForm([consent({ formVersion: ' 2026-1 ' })], '2026-1', TODAY)).toBeNull();
  });

  it('looks only at the latest agreement in force', () => {
    const old = consent({ signedDate: '2025-01-10', formVersion: '2024-1' });
    const renewed = consent({ signedDate: '2026-09-10', formVersion: '2026-1' });
    expect(consentOnOlderForm([renewed, old], '2026-1', TODAY)).toBeNull();
    expect(consentOnOlderForm([old, consent({ formVersion: '2026-1', withdrawnDate: '2026-10-01' })], '2026-1', TODAY)).toBe(old);
  });

  it('has nothing to flag when no agreement is in force', () => {
    expect(consentOnOlderForm([consent({ formVersion: '2024-1', withdrawnDate: '2026-10-01' })], '2026-1', TODAY)).toBeNull();
    expect(consentOnOlderForm([], '2026-1', TODAY)).toBeNull();
  });
});

describe('needsCareLeaverDecision', () => {
  it('is due from the 18th birthday', () => {
    expect(needsCareLeaverDecision('2008-11-24', TODAY)).toBe(false);
    expect(needsCareLeaverDecision('2008-11-23', TODAY)).toBe(true);
    expect(needsCareLeaverDecision('2002-01-01', TODAY)).toBe(true);
  });
});
