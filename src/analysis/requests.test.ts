import { describe, expect, it } from 'vitest';
import { pairRequests } from './requests.js';
import { deliveryKind, refusalKind, requestKind } from './request-kinds.js';
import { ev } from './test-helpers/index.js';

const dyad = { a: 'RUS', b: 'IRN' };

describe('request kinds', () => {
  it('reads the kind from the sub-code', () => {
    expect(requestKind('0232')).toEqual({ type: 'appeal', kind: 'military' });
    expect(requestKind('0331')).toEqual({ type: 'promise', kind: 'economic' });
    expect(requestKind('1033')).toEqual({ type: 'demand', kind: 'humanitarian' });
    expect(requestKind('020')).toEqual({ type: 'appeal', kind: 'general' });
    expect(requestKind('026')).toBeUndefined(); // appeal to meet: nothing material
    expect(deliveryKind('062')).toBe('military');
    expect(deliveryKind('073')).toBe('humanitarian');
    expect(deliveryKind('111')).toBeUndefined();
    expect(refusalKind('1222')).toBe('military');
    expect(refusalKind('125')).toBeUndefined();
  });
});

describe('requests vs deliveries', () => {
  const askArms = ev('2024-01-10', 'IRNGOV', 'RUSGOV', '0232', 3.4);
  const armsSent = ev('2024-05-02', 'RUSMIL', 'IRNMIL', '072', 8.3);
  const askMoney = ev('2024-02-01', 'IRN', 'RUS', '0231', 3.4);
  const askShield = ev('2024-03-01', 'IRN', 'RUS', '1034', -5);
  const refuseShield = ev('2024-03-15', 'RUS', 'IRN', '1224', -4);
  const promiseAid = ev('2024-04-01', 'RUS', 'IRN', '0333', 4.0);
  const aidSent = ev('2024-04-20', 'RUSGOV', 'IRN', '073', 7.4);
  const promiseS400 = ev('2024-06-01', 'RUS', 'IRN', '0332', 4.0);
  const notDelivered = ev('2024-09-01', 'RUS', 'IRN', '072', 8.3, { negated: true });
  const askLate = ev('2025-11-01', 'IRN', 'RUS', '0211', 3.4);
  const askTalks = ev('2024-01-02', 'IRN', 'RUS', '026', 4.0);
  const otherPair = ev('2024-01-05', 'SYR', 'RUS', '0232', 3.4);
  const events = [askArms, armsSent, askMoney, askShield, refuseShield, promiseAid, aidSent, promiseS400, notDelivered, askLate, askTalks, otherPair];
  const result = pairRequests(events, { dyad, asOf: '2025-12-31' });
  const byId = new Map(result.requests.map((r) => [r.id, r]));

  it('pairs a request with the later delivery of its kind', () => {
    expect(byId.get(askArms.id)).toMatchObject({
      status: 'fulfilled', kind: 'military', type: 'appeal', requester: 'IRNGOV', provider: 'RUSGOV',
      deliveries: [armsSent.id],
      nonDeliveries: [notDelivered.id], // listed, but a delivery happened
      daysToDelivery: 113, // 2024-01-10 → 2024-05-02: 21 + 29 + 31 + 30 + 2 days
    });
  });

  it('lists an unanswered request as unfulfilled once its window has passed', () => {
    // Humanitarian aid (2024-04-20) does not answer a request for economic aid.
    expect(byId.get(askMoney.id)).toMatchObject({ status: 'unfulfilled', deliveries: [], nonDeliveries: [], deadline: '2025-01-31' });
  });

  it('marks a request refused when the provider rejects it', () => {
    expect(byId.get(askShield.id)).toMatchObject({ status: 'refused', refusals: [refuseShield.id], type: 'demand', kind: 'protection' });
  });

  it('reads promises from the provider and counts explicit non-delivery', () => {
    expect(byId.get(promiseAid.id)).toMatchObject({ status: 'fulfilled', provider: 'RUS', requester: 'IRN', deliveries: [aidSent.id] });
    // The S-400 promise: the only later military delivery is negated ("did not deliver").
    expect(byId.get(promiseS400.id)).toMatchObject({ status: 'unfulfilled', nonDeliveries: [notDelivered.id], deliveries: [] });
  });

  it('keeps requests whose window runs past the data pending', () => {
    expect(byId.get(askLate.id)?.status).toBe('pending');
  });

  it('counts outcomes and reports what it skipped', () => {
    expect(result.requests).toHaveLength(6);
    expect(result.counts).toEqual({ fulfilled: 2, refused: 1, unfulfilled: 2, pending: 1 });
    expect(result.skipped).toEqual({ negated: 0, notMaterial: 1, unknownActor: 0 }); // the appeal for talks
    expect(byId.has(otherPair.id)).toBe(false); // Syria is outside the dyad
    expect(pairRequests(events).requests.map((r) => r.id)).toContain(otherPair.id);
  });

  it('counts a delivery even after a refusal, listing both', () => {
    const ask = ev('2024-01-10', 'IRN', 'RUS', '0232', 3.4);
    const no = ev('2024-02-01', 'RUS', 'IRN', '1222', -4);
    const yes = ev('2024-06-01', 'RUS', 'IRN', '062', 7.4);
    expect(pairRequests([ask, no, yes], { asOf: '2025-12-31' }).requests[0]).toMatchObject({
      status: 'fulfilled', refusals: [no.id], deliveries: [yes.id],
    });
  });

  it('honours a request flagged unfulfilled and a shorter window', () => {
    const flagged = ev('2024-01-10', 'IRN', 'RUS', '0232', 3.4, { unfulfilled: true });
    const r = pairRequests([flagged], { asOf: '2024-02-01' }).requests[0];
    expect(r).toMatchObject({ status: 'unfulfilled', nonDeliveries: [flagged.id] });
    const short = pairRequests(events, { dyad, windowDays: 30, asOf: '2025-12-31' });
    expect(short.requests.find((x) => x.id === askArms.id)?.status).toBe('unfulfilled');
  });
});
